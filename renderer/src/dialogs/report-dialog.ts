import { h, uniqueId } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { ModalDialog } from './modal-dialog';
import type { ReportAction, ReportRow, ReportRowIcon, ReportSection, ReportStat, ReportView } from './report-view';

const ROW_ICON_CLASS: Record<ReportRowIcon, string> = {
  alert: 'icon import-row-icon import-row-icon-danger',
  document: 'icon import-row-icon',
  check: 'icon import-row-icon import-row-icon-success',
};

/**
 * A modal report after a job (an article import, an export, an annotation import): numbers, notes,
 * then sections of lines. Reports that arrive while one is open wait their turn, so none is lost
 * when two jobs finish together. Every report draws with the same classes (import.css).
 */
export class ReportDialog {
  private readonly modal: ModalDialog<void>;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private readonly queue: ReportView[] = [];
  private readonly footerActions: HTMLElement;
  private readonly testIdPrefix: string;

  /** `testIdPrefix` names the numbers for tests: `data-testid="<prefix>-<stat id>"`. */
  constructor(className: string, testIdPrefix = 'report') {
    this.testIdPrefix = testIdPrefix;
    const headingId = uniqueId('report-heading');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.body = h('div', { className: 'dialog-body import-report' });
    const closeButton = h('button', { className: 'button button-primary', attrs: { type: 'button' }, text: 'Close' });
    this.footerActions = h('div', { className: 'report-actions' });
    this.modal = new ModalDialog<void>(
      [
        h('header', { className: 'dialog-header' }, [this.heading]),
        this.body,
        h('footer', { className: 'dialog-actions' }, [this.footerActions, closeButton]),
      ],
      {
        className: `import-report-dialog ${className}`,
        labelledBy: headingId,
        dismissed: undefined,
        onClosed: () => this.showNext(),
      },
    );
    closeButton.addEventListener('click', () => this.modal.dismiss());
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  show(view: ReportView): void {
    this.queue.push(view);
    if (!this.modal.isOpen) this.showNext();
  }

  private showNext(): void {
    const next = this.queue.shift();
    if (next === undefined) return;
    this.render(next);
    void this.modal.open();
  }

  private render(view: ReportView): void {
    this.heading.textContent = view.heading;
    this.body.replaceChildren(
      view.stats.length > 0
        ? h(
            'dl',
            { className: 'import-stats' },
            view.stats.map((item) => stat(item, this.testIdPrefix)),
          )
        : '',
      ...view.notes.map((note) => h('p', { className: 'import-note', attrs: { dir: 'auto' }, text: note })),
      ...view.sections.map((item) => this.section(item)),
    );
    this.body.scrollTop = 0;
    this.footerActions.replaceChildren(...(view.actions ?? []).map((action) => footerButton(action)));
  }

  private section(item: ReportSection): HTMLElement {
    const headingId = uniqueId('report-section');
    const danger = item.tone === 'danger';
    const more = item.more ?? 0;
    return h(
      'section',
      { className: `import-section${danger ? ' import-failed' : ''}`, attrs: { 'aria-labelledby': headingId } },
      [
        h('h3', { className: 'section-label import-section-heading', attrs: { id: headingId }, text: item.title }),
        h('ul', { className: 'import-rows' }, [
          ...item.rows.map((line) => this.row(line, danger)),
          more > 0 ? h('li', { className: 'import-row import-row-more', text: `and ${more} more` }) : null,
        ]),
      ],
    );
  }

  private row(line: ReportRow, danger: boolean): HTMLElement {
    const rowIcon = line.icon ?? (danger ? 'alert' : undefined);
    const primaryClass = line.primaryKind === 'title' ? 'import-row-title' : 'import-row-file';
    return h('li', { className: 'import-row' }, [
      rowIcon === undefined ? null : icon(rowIcon, ROW_ICON_CLASS[rowIcon]),
      h('div', { className: 'import-row-text' }, [
        h('span', { className: `${primaryClass} report-row-primary`, attrs: { dir: 'auto' }, text: line.primary }),
        line.detail === undefined
          ? null
          : h('span', { className: 'import-row-detail', attrs: { dir: 'auto' } }, [
              line.detail,
              line.quote === undefined ? null : h('q', { attrs: { dir: 'auto' }, text: line.quote }),
            ]),
      ]),
      line.action === undefined ? null : this.actionButton(line.action),
    ]);
  }

  private actionButton(action: ReportAction): HTMLButtonElement {
    const button = h('button', {
      className: 'button button-small button-quiet import-open',
      attrs: { type: 'button', 'aria-label': action.ariaLabel },
      text: action.label,
    });
    button.addEventListener('click', () => {
      // Focus does not go back to where it was: the action takes the analyst elsewhere.
      this.modal.forgetReturnFocus();
      this.modal.dismiss();
      action.run();
    });
    return button;
  }
}

function footerButton(action: ReportAction): HTMLButtonElement {
  const button = h('button', {
    className: 'button',
    attrs: { type: 'button', 'aria-label': action.ariaLabel },
    text: action.label,
  });
  button.addEventListener('click', () => action.run());
  return button;
}

function stat(item: ReportStat, testIdPrefix: string): HTMLElement {
  return h(
    'div',
    { className: `import-stat import-stat-${item.tone}`, attrs: { 'data-testid': `${testIdPrefix}-${item.id}` } },
    [
      h('dt', { className: 'import-stat-label', text: item.label }),
      h('dd', { className: 'import-stat-value', text: String(item.value) }),
    ],
  );
}
