import type { ArticleId } from '../../../shared/model/article';
import type { ImportReport } from '../../../shared/model/library';
import { h, uniqueId, type Child } from '../dom/element-builder';
import { icon } from '../dom/icons';

export interface ImportReportCallbacks {
  /** "Open" next to an imported article or a duplicate's existing article. */
  openArticle(id: ArticleId): void;
}

/** Imported articles listed by name; more are summarised, as a folder can hold thousands. */
const MAX_LISTED_IMPORTED = 50;

/**
 * The report after an import (modal dialog): counts, then every failed file with the reason, every
 * duplicate with the article it duplicates, and the imported articles. Reports that arrive while
 * one is open wait their turn, so none is lost when two imports finish together.
 */
export class ImportReportDialog {
  readonly element: HTMLDialogElement;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private readonly callbacks: ImportReportCallbacks;
  private readonly queue: ImportReport[] = [];
  private returnFocusTo: HTMLElement | null = null;

  constructor(callbacks: ImportReportCallbacks) {
    this.callbacks = callbacks;
    const headingId = uniqueId('import-report-heading');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.body = h('div', { className: 'dialog-body import-report' });
    const closeButton = h('button', { className: 'button button-primary', attrs: { type: 'button' }, text: 'Close' });
    this.element = h('dialog', { className: 'dialog import-report-dialog', attrs: { 'aria-labelledby': headingId } }, [
      h('header', { className: 'dialog-header' }, [this.heading]),
      this.body,
      h('footer', { className: 'dialog-actions' }, [closeButton]),
    ]);
    closeButton.addEventListener('click', () => this.element.close());
    this.element.addEventListener('close', () => {
      const next = this.queue.shift();
      if (next !== undefined) {
        this.render(next);
        this.element.showModal();
        return;
      }
      this.returnFocusTo?.focus();
      this.returnFocusTo = null;
    });
  }

  show(report: ImportReport): void {
    if (this.element.open) {
      this.queue.push(report);
      return;
    }
    this.returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.render(report);
    this.element.showModal();
  }

  private render(report: ImportReport): void {
    this.heading.textContent = report.cancelled ? 'Import cancelled' : 'Import finished';
    const stats = h('dl', { className: 'import-stats' }, [
      stat('Imported', report.imported.length, 'success', 'imported'),
      stat('Already in the project', report.duplicates.length, 'neutral', 'duplicates'),
      stat('Failed', report.failed.length, report.failed.length > 0 ? 'danger' : 'neutral', 'failed'),
      report.skipped > 0 ? stat('Not attempted', report.skipped, 'neutral', 'skipped') : null,
    ]);
    const sections: Node[] = [stats];
    if (report.cancelled) {
      sections.push(
        h('p', {
          className: 'import-note',
          text: `The import was stopped. ${report.skipped} ${report.skipped === 1 ? 'file was' : 'files were'} not attempted; everything imported before stays in the project.`,
        }),
      );
    }
    if (report.failed.length > 0) {
      sections.push(
        section(
          `Failed (${report.failed.length})`,
          'import-failed',
          report.failed.map((failure) =>
            row(icon('alert', 'icon import-row-icon import-row-icon-danger'), [
              fileName(failure.file),
              h('span', { className: 'import-row-detail', text: failure.message }),
            ]),
          ),
        ),
      );
    }
    if (report.duplicates.length > 0) {
      sections.push(
        section(
          `Already in the project (${report.duplicates.length})`,
          'import-duplicates',
          report.duplicates.map((duplicate) =>
            row(
              icon('document', 'icon import-row-icon'),
              [
                fileName(duplicate.file),
                h('span', { className: 'import-row-detail' }, [
                  'Same file as ',
                  h('q', { attrs: { dir: 'auto' }, text: duplicate.existingTitle || 'Untitled article' }),
                ]),
              ],
              this.openButton(duplicate.existingArticleId, duplicate.existingTitle),
            ),
          ),
        ),
      );
    }
    if (report.imported.length > 0) {
      const listed = report.imported.slice(0, MAX_LISTED_IMPORTED);
      const rest = report.imported.length - listed.length;
      sections.push(
        section(`Imported (${report.imported.length})`, 'import-imported', [
          ...listed.map((imported) =>
            row(
              icon('check', 'icon import-row-icon import-row-icon-success'),
              [
                h('span', {
                  className: 'import-row-title',
                  attrs: { dir: 'auto' },
                  text: imported.title || 'Untitled article',
                }),
                h('span', { className: 'import-row-detail', attrs: { dir: 'auto' }, text: imported.file }),
              ],
              this.openButton(imported.articleId, imported.title),
            ),
          ),
          rest > 0 ? h('li', { className: 'import-row import-row-more', text: `and ${rest} more` }) : null,
        ]),
      );
    }
    if (report.imported.length + report.duplicates.length + report.failed.length === 0 && !report.cancelled) {
      sections.push(h('p', { className: 'import-note', text: 'There was nothing to import.' }));
    }
    this.body.replaceChildren(...sections);
    this.body.scrollTop = 0;
  }

  private openButton(id: ArticleId, title: string): HTMLButtonElement {
    const button = h('button', {
      className: 'button button-small button-quiet import-open',
      attrs: { type: 'button', 'aria-label': `Open ${title || 'Untitled article'}` },
      text: 'Open',
    });
    button.addEventListener('click', () => {
      // Do not hand focus back to where it was before: the analyst is going to the article.
      this.returnFocusTo = null;
      this.element.close();
      this.callbacks.openArticle(id);
    });
    return button;
  }
}

function stat(label: string, value: number, tone: 'success' | 'danger' | 'neutral', id: string): HTMLElement {
  return h('div', { className: `import-stat import-stat-${tone}`, attrs: { 'data-testid': `import-${id}` } }, [
    h('dt', { className: 'import-stat-label', text: label }),
    h('dd', { className: 'import-stat-value', text: String(value) }),
  ]);
}

/** One file in a section: an icon for how it went, its name and what happened, maybe an Open button. */
function row(outcome: SVGSVGElement, text: readonly Child[], action?: HTMLButtonElement): HTMLElement {
  return h('li', { className: 'import-row' }, [outcome, h('div', { className: 'import-row-text' }, text), action]);
}

/** A file name as the user wrote it, in any script. */
function fileName(file: string): HTMLElement {
  return h('span', { className: 'import-row-file', attrs: { dir: 'auto' }, text: file });
}

function section(title: string, className: string, rows: readonly (Node | null)[]): HTMLElement {
  const headingId = uniqueId('import-section');
  return h('section', { className: `import-section ${className}`, attrs: { 'aria-labelledby': headingId } }, [
    h('h3', { className: 'section-label import-section-heading', attrs: { id: headingId }, text: title }),
    h('ul', { className: 'import-rows' }, rows),
  ]);
}
