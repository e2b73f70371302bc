import type { ArticleId, ArticleSummary } from '../../../shared/model/article';
import type { ExportFormatInfo, ExportOptions, ExportScope } from '../../../shared/model/interchange';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId } from '../dom/element-builder';
import {
  exportOptionsFor,
  exportScopeOf,
  formatHint,
  hasByteOrderMarkOption,
  type ScopeChoice,
} from './export-choices';

export interface ExportRequest {
  format: ExportFormatInfo;
  scope: ExportScope;
  options: ExportOptions | undefined;
  /** How many articles, for the progress card until main counts. */
  articles: number;
}

export interface ExportDialogCallbacks {
  formats(): Promise<readonly ExportFormatInfo[]>;
  articles(): Promise<readonly ArticleSummary[]>;
  /** The article on screen, for "This article". */
  openArticle(): { id: ArticleId; title: string } | null;
  /** Main then asks where to write; the dialog has closed by then. */
  start(request: ExportRequest): void;
  reportError(error: unknown): void;
}

/**
 * File › Export…: which format (with what its offsets count), which articles, and the format's
 * options. It remembers the last format and options while the window is open.
 */
export class ExportDialog {
  private readonly modal: ModalDialog<void>;
  private readonly callbacks: ExportDialogCallbacks;
  private readonly formatList: HTMLElement;
  private readonly articleChoice: HTMLInputElement;
  private readonly articleChoiceTitle: HTMLElement;
  private readonly projectChoice: HTMLInputElement;
  private readonly chosenChoice: HTMLInputElement;
  private readonly chosenList: HTMLElement;
  private readonly options: HTMLElement;
  private readonly byteOrderMark: HTMLInputElement;
  private readonly error: HTMLElement;
  private formats: readonly ExportFormatInfo[] = [];
  private articles: readonly ArticleSummary[] = [];
  private open: { id: ArticleId; title: string } | null = null;
  private formatId: string | null = null;

  constructor(callbacks: ExportDialogCallbacks) {
    this.callbacks = callbacks;
    const headingId = uniqueId('export-heading');
    const scopeName = uniqueId('export-scope');
    const errorId = uniqueId('export-error');
    const radio = (value: ScopeChoice) =>
      h('input', { attrs: { type: 'radio', name: scopeName, value, 'aria-describedby': errorId } });
    this.articleChoice = radio('article');
    this.projectChoice = radio('project');
    this.chosenChoice = radio('chosen');
    this.articleChoiceTitle = h('span', { className: 'export-choice-detail', attrs: { dir: 'auto' } });
    this.formatList = h('div', { className: 'export-formats' });
    this.chosenList = h('ul', { className: 'export-articles', attrs: { 'aria-label': 'Articles to export' } });
    this.byteOrderMark = h('input', { attrs: { type: 'checkbox', checked: true } });
    this.options = h('fieldset', { className: 'export-fieldset' }, [
      h('legend', { className: 'section-label', text: 'Options' }),
      h('label', { className: 'export-choice' }, [this.byteOrderMark, 'Byte-order mark for spreadsheet programs']),
    ]);
    this.error = h('p', { className: 'field-error', attrs: { id: errorId, role: 'alert' } });
    const exportButton = h('button', {
      className: 'button button-primary',
      attrs: { type: 'submit' },
      text: 'Export…',
    });
    const cancelButton = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel' });
    const form = h('form', { className: 'dialog-form', attrs: { novalidate: true } }, [
      h('header', { className: 'dialog-header' }, [
        h('h2', { className: 'dialog-heading', attrs: { id: headingId }, text: 'Export' }),
      ]),
      h('div', { className: 'dialog-body export-body' }, [
        h('fieldset', { className: 'export-fieldset' }, [
          h('legend', { className: 'section-label', text: 'Format' }),
          this.formatList,
        ]),
        h('fieldset', { className: 'export-fieldset' }, [
          h('legend', { className: 'section-label', text: 'Articles' }),
          h('label', { className: 'export-choice' }, [this.articleChoice, 'This article', this.articleChoiceTitle]),
          h('label', { className: 'export-choice' }, [this.projectChoice, 'All articles']),
          h('label', { className: 'export-choice' }, [this.chosenChoice, 'Choose articles…']),
          this.chosenList,
        ]),
        this.options,
        this.error,
      ]),
      h('footer', { className: 'dialog-actions' }, [cancelButton, exportButton]),
    ]);
    this.modal = new ModalDialog<void>([form], {
      className: 'export-dialog',
      labelledBy: headingId,
      dismissed: undefined,
    });

    for (const choice of [this.articleChoice, this.projectChoice, this.chosenChoice]) {
      choice.addEventListener('change', () => this.showChosenList());
    }
    form.addEventListener('change', () => (this.error.textContent = ''));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    cancelButton.addEventListener('click', () => this.modal.dismiss());
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  async show(): Promise<void> {
    if (this.modal.isOpen) return;
    try {
      [this.formats, this.articles] = await Promise.all([this.callbacks.formats(), this.callbacks.articles()]);
    } catch (error) {
      this.callbacks.reportError(error);
      return;
    }
    this.open = this.callbacks.openArticle();
    this.render();
    void this.modal.open(this.formatList.querySelector<HTMLInputElement>('input:checked'));
  }

  private render(): void {
    if (!this.formats.some((format) => format.id === this.formatId)) this.formatId = this.formats[0]?.id ?? null;
    const name = uniqueId('export-format');
    this.formatList.replaceChildren(
      ...this.formats.map((format) => {
        const input = h('input', {
          attrs: { type: 'radio', name, value: format.id, checked: format.id === this.formatId },
        });
        input.addEventListener('change', () => {
          this.formatId = format.id;
          this.showOptions();
        });
        return h('label', { className: 'export-choice export-format' }, [
          input,
          h('span', { className: 'export-format-text' }, [
            h('span', { className: 'export-format-name', text: format.name }),
            h('span', { className: 'export-choice-detail', text: formatHint(format) }),
          ]),
        ]);
      }),
    );
    this.articleChoice.disabled = this.open === null;
    this.articleChoiceTitle.textContent = this.open === null ? '(no article is open)' : `“${this.open.title}”`;
    // A hand-picked list is kept between openings; otherwise the open article is the natural default.
    if (!this.chosenChoice.checked) (this.open !== null ? this.articleChoice : this.projectChoice).checked = true;
    this.chosenList.replaceChildren(
      ...this.articles.map((article) =>
        h('li', {}, [
          h('label', { className: 'export-choice' }, [
            h('input', { attrs: { type: 'checkbox', value: String(article.id) } }),
            h('span', { attrs: { dir: 'auto' }, text: article.title || 'Untitled article' }),
          ]),
        ]),
      ),
    );
    this.error.textContent = '';
    this.showChosenList();
    this.showOptions();
  }

  private showChosenList(): void {
    this.chosenList.hidden = !this.chosenChoice.checked;
  }

  private showOptions(): void {
    this.options.hidden = this.formatId === null || !hasByteOrderMarkOption(this.formatId);
  }

  private scopeChoice(): ScopeChoice {
    if (this.articleChoice.checked) return 'article';
    return this.chosenChoice.checked ? 'chosen' : 'project';
  }

  private submit(): void {
    const format = this.formats.find((candidate) => candidate.id === this.formatId);
    if (format === undefined) {
      this.error.textContent = 'Choose a format.';
      return;
    }
    const chosen = Array.from(this.chosenList.querySelectorAll<HTMLInputElement>('input:checked'), (box) =>
      Number(box.value),
    );
    const result = exportScopeOf(this.scopeChoice(), this.open?.id ?? null, chosen, this.articles.length);
    if (!result.ok) {
      this.error.textContent = result.message;
      return;
    }
    this.modal.settle();
    this.callbacks.start({
      format,
      scope: result.scope,
      options: exportOptionsFor(format.id, this.byteOrderMark.checked),
      articles: result.articles,
    });
  }
}
