import { h, uniqueId } from '../dom/element-builder';
import { icon } from '../dom/icons';
import type { ReportRow, ReportSection, ReportStat, ReportView } from './report-view';

/**
 * A modal report after a job (an export, an annotation import): numbers, notes, then sections of
 * lines. Reports that arrive while one is open wait their turn, so none is lost. It draws with the
 * import report's classes (import.css), so every report in the app looks the same.
 */
export class ReportDialog {
  readonly element: HTMLDialogElement;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private readonly queue: ReportView[] = [];
  private returnFocusTo: HTMLElement | null = null;

  constructor(className: string) {
    const headingId = uniqueId('report-heading');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.body = h('div', { className: 'dialog-body import-report' });
    const closeButton = h('button', { className: 'button button-primary', attrs: { type: 'button' }, text: 'Close' });
    this.element = h(
      'dialog',
      { className: `dialog import-report-dialog ${className}`, attrs: { 'aria-labelledby': headingId } },
      [
        h('header', { className: 'dialog-header' }, [this.heading]),
        this.body,
        h('footer', { className: 'dialog-actions' }, [closeButton]),
      ],
    );
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

  show(view: ReportView): void {
    if (this.element.open) {
      this.queue.push(view);
      return;
    }
    this.returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.render(view);
    this.element.showModal();
  }

  private render(view: ReportView): void {
    this.heading.textContent = view.heading;
    this.body.replaceChildren(
      view.stats.length > 0 ? h('dl', { className: 'import-stats' }, view.stats.map(stat)) : '',
      ...view.notes.map((note) => h('p', { className: 'import-note', attrs: { dir: 'auto' }, text: note })),
      ...view.sections.map(section),
    );
    this.body.scrollTop = 0;
  }
}

function stat(item: ReportStat): HTMLElement {
  return h(
    'div',
    { className: `import-stat import-stat-${item.tone}`, attrs: { 'data-testid': `report-${item.id}` } },
    [
      h('dt', { className: 'import-stat-label', text: item.label }),
      h('dd', { className: 'import-stat-value', text: String(item.value) }),
    ],
  );
}

function section(item: ReportSection): HTMLElement {
  const headingId = uniqueId('report-section');
  const danger = item.tone === 'danger';
  return h(
    'section',
    { className: `import-section${danger ? ' import-failed' : ''}`, attrs: { 'aria-labelledby': headingId } },
    [
      h('h3', { className: 'section-label import-section-heading', attrs: { id: headingId }, text: item.title }),
      h(
        'ul',
        { className: 'import-rows' },
        item.rows.map((line) => row(line, danger)),
      ),
    ],
  );
}

function row(line: ReportRow, danger: boolean): HTMLElement {
  return h('li', { className: 'import-row' }, [
    danger ? icon('alert', 'icon import-row-icon import-row-icon-danger') : null,
    h('div', { className: 'import-row-text' }, [
      h('span', { className: 'import-row-file report-row-primary', attrs: { dir: 'auto' }, text: line.primary }),
      line.detail === undefined
        ? null
        : h('span', { className: 'import-row-detail', attrs: { dir: 'auto' }, text: line.detail }),
    ]),
  ]);
}
