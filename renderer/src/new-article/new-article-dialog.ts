import { ARTICLE_LIMITS, type NewArticle } from '../../../shared/model/article';
import { deriveTitle } from '../../../shared/text/derive-title';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId } from '../dom/element-builder';
import { userMessageOf } from '../errors/user-message';

export interface NewArticleDialogCallbacks {
  /** Creates the article; rejects with the failure to show. */
  create(input: NewArticle): Promise<void>;
  /** Reports a failure that arrives after the dialog was closed. */
  reportError(error: unknown): void;
}

/** Enough of the first line to derive the same title as the full text would give (titles cut at 100). */
const TITLE_PREVIEW_WINDOW = 2_000;

/**
 * The "New article" dialog, with a Title and a Text field. An empty title is derived from the text's
 * first line by main (shared/text/derive-title.ts, the same function previewed in the placeholder),
 * so the stored title is derived from the normalised text the store actually keeps.
 */
export class NewArticleDialog {
  private readonly modal: ModalDialog<void>;
  private readonly form: HTMLFormElement;
  private readonly titleInput: HTMLInputElement;
  private readonly textInput: HTMLTextAreaElement;
  private readonly error: HTMLElement;
  private readonly createButton: HTMLButtonElement;
  private readonly callbacks: NewArticleDialogCallbacks;
  private busy = false;

  constructor(callbacks: NewArticleDialogCallbacks) {
    this.callbacks = callbacks;
    const headingId = uniqueId('new-article-heading');
    const titleId = uniqueId('new-article-title');
    const titleHintId = uniqueId('new-article-title-hint');
    const textId = uniqueId('new-article-text');
    const textHintId = uniqueId('new-article-text-hint');
    const errorId = uniqueId('new-article-error');

    this.titleInput = h('input', {
      className: 'field-input',
      attrs: {
        id: titleId,
        name: 'title',
        type: 'text',
        dir: 'auto',
        autocomplete: 'off',
        maxlength: ARTICLE_LIMITS.titleMaxChars,
        'aria-describedby': titleHintId,
      },
    });
    this.textInput = h('textarea', {
      className: 'field-input field-textarea',
      attrs: {
        id: textId,
        name: 'text',
        dir: 'auto',
        rows: 14,
        spellcheck: 'false',
        'aria-describedby': `${textHintId} ${errorId}`,
        'aria-required': 'true',
      },
    });
    this.error = h('p', { className: 'field-error', attrs: { id: errorId, role: 'alert' } });
    this.createButton = h('button', { className: 'button button-primary', attrs: { type: 'submit' }, text: 'Create' });
    const cancelButton = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel' });

    this.form = h('form', { className: 'dialog-form', attrs: { novalidate: true } }, [
      h('header', { className: 'dialog-header' }, [
        h('h2', { className: 'dialog-heading', attrs: { id: headingId }, text: 'New article' }),
      ]),
      h('div', { className: 'dialog-body' }, [
        h('div', { className: 'field' }, [
          h('label', { className: 'field-label', attrs: { for: titleId }, text: 'Title' }),
          this.titleInput,
          h('p', {
            className: 'field-hint',
            attrs: { id: titleHintId },
            text: 'Optional. Left empty, the first line of the text becomes the title.',
          }),
        ]),
        h('div', { className: 'field field-grow' }, [
          h('label', { className: 'field-label', attrs: { for: textId }, text: 'Text' }),
          this.textInput,
          h('p', {
            className: 'field-hint',
            attrs: { id: textHintId },
            text: 'Plain text; each line becomes a paragraph.',
          }),
        ]),
        this.error,
      ]),
      h('footer', { className: 'dialog-actions' }, [cancelButton, this.createButton]),
    ]);
    this.modal = new ModalDialog<void>([this.form], {
      className: 'new-article-dialog',
      labelledBy: headingId,
      dismissed: undefined,
    });

    // Handled in script rather than by method="dialog": the CSP has form-action 'none', and the
    // dialog must stay open (with the text) if creating fails.
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.form.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.submit();
      }
    });
    cancelButton.addEventListener('click', () => this.close());
    this.textInput.addEventListener('input', () => {
      this.setError('');
      this.updateTitlePlaceholder();
    });
    this.titleInput.addEventListener('paste', (event) => this.moveMultiLinePasteToText(event));
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  /** Opens an empty dialog; does nothing if it is already open (menu and shortcut may both fire). */
  open(): void {
    if (this.modal.isOpen) return;
    this.form.reset();
    this.setError('');
    this.updateTitlePlaceholder();
    this.setBusy(false);
    // The text is what every new article needs; the title is optional and derived when left empty.
    void this.modal.open(this.textInput);
  }

  close(): void {
    this.modal.dismiss();
  }

  private async submit(): Promise<void> {
    if (this.busy) return;
    const text = this.textInput.value;
    if (text.trim() === '') {
      this.setError('Paste or type the article text first.');
      this.textInput.focus();
      return;
    }
    if (text.length > ARTICLE_LIMITS.pastedTextMaxChars) {
      this.setError(
        `The text is too long to paste (${text.length.toLocaleString()} of at most ${ARTICLE_LIMITS.pastedTextMaxChars.toLocaleString()} characters).`,
      );
      this.textInput.focus();
      return;
    }
    this.setBusy(true);
    try {
      await this.callbacks.create({ title: this.titleInput.value.trim(), text });
      this.close();
    } catch (error) {
      if (this.modal.isOpen) {
        this.setError(userMessageOf(error));
        console.error('Creating the article failed', error);
      } else {
        this.callbacks.reportError(error);
      }
    } finally {
      this.setBusy(false);
    }
  }

  /**
   * A paste with line breaks into the one-line title is an article pasted into the wrong field: the
   * title would lose its line breaks. It goes to the text instead, and the title keeps what it had,
   * so an empty title is still derived from the pasted first line (the placeholder shows which).
   */
  private moveMultiLinePasteToText(event: ClipboardEvent): void {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\r\n]/u.test(pasted)) return;
    event.preventDefault();
    const text = this.textInput;
    text.focus();
    text.setRangeText(pasted, text.selectionStart, text.selectionEnd, 'end');
    text.dispatchEvent(new Event('input', { bubbles: true }));
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.form.setAttribute('aria-busy', String(busy));
    this.createButton.disabled = busy;
    this.createButton.textContent = busy ? 'Creating…' : 'Create';
  }

  private setError(message: string): void {
    this.error.textContent = message;
    this.error.hidden = message === '';
    this.textInput.setAttribute('aria-invalid', String(message !== ''));
  }

  private updateTitlePlaceholder(): void {
    const text = this.textInput.value;
    const firstVisible = text.search(/\S/);
    this.titleInput.placeholder =
      firstVisible < 0 ? '' : deriveTitle(text.slice(firstVisible, firstVisible + TITLE_PREVIEW_WINDOW));
  }
}
