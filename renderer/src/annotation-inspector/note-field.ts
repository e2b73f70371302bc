import type { ArticleAnnotation, AnnotationId } from '../../../shared/model/annotation';
import { h, uniqueId } from '../dom/element-builder';
import type { InspectorContext } from './inspector-context';
import { checkNote } from './note-text';

/**
 * The selected annotation's note. The textarea lives across redraws (unlike the rest of the tab),
 * so typing is never lost to an unrelated change; it is saved on leaving it and on Ctrl+Enter.
 */
export class NoteField {
  readonly element: HTMLElement;
  private readonly context: InspectorContext;
  private readonly textarea: HTMLTextAreaElement;
  private readonly error: HTMLElement;
  private shownId: AnnotationId | null = null;
  private stored: string | undefined;

  constructor(context: InspectorContext) {
    this.context = context;
    const id = uniqueId('annotation-note');
    const hintId = uniqueId('annotation-note-hint');
    const errorId = uniqueId('annotation-note-error');
    this.textarea = h('textarea', {
      className: 'field-input inspector-note',
      attrs: { id, dir: 'auto', rows: 4, 'aria-describedby': `${hintId} ${errorId}` },
    });
    this.error = h('p', { className: 'field-error', attrs: { id: errorId, role: 'alert', hidden: true } });
    this.element = h('div', { className: 'field inspector-field' }, [
      h('label', { className: 'field-label', attrs: { for: id }, text: 'Note' }),
      this.textarea,
      h('p', {
        className: 'field-hint',
        attrs: { id: hintId },
        text: 'Saved when you leave the field or press Ctrl+Enter; Esc goes back to the text.',
      }),
      this.error,
    ]);
    this.textarea.addEventListener('blur', () => this.save());
    this.textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.save();
        context.focusArticle();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        context.focusArticle();
      }
    });
  }

  /** Follows the selected annotation; what is being typed for it stays until it is saved. */
  show(annotation: ArticleAnnotation | null): void {
    if (annotation === null) {
      this.save();
      this.shownId = null;
      return;
    }
    if (annotation.id !== this.shownId) {
      this.save();
      this.shownId = annotation.id;
      this.setError('');
    } else if (document.activeElement === this.textarea) {
      this.stored = annotation.note;
      return;
    }
    this.stored = annotation.note;
    this.textarea.value = annotation.note ?? '';
  }

  focus(): void {
    this.textarea.focus();
  }

  private save(): void {
    const id = this.shownId;
    if (id === null) return;
    const check = checkNote(this.textarea.value, this.stored);
    if (check.kind === 'invalid') {
      this.setError(check.message);
      return;
    }
    this.setError('');
    if (check.kind === 'unchanged') return;
    this.stored = check.note ?? undefined;
    void this.context.session.update(id, { note: check.note });
  }

  private setError(message: string): void {
    this.error.hidden = message === '';
    this.error.textContent = message;
    this.textarea.setAttribute('aria-invalid', String(message !== ''));
  }
}
