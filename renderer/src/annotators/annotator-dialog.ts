import { ANNOTATOR_LIMITS, AnnotatorIdentityEdit, type AnnotatorIdentity } from '../../../shared/model/annotator';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId } from '../dom/element-builder';

/**
 * Asks who is annotating on this machine: a name and an optional e-mail, checked as the store
 * checks them. Asked once at first start and changeable from "Change who is annotating…".
 * Resolves with what to save, or null when dismissed.
 */
export class AnnotatorDialog {
  private readonly modal: ModalDialog<AnnotatorIdentityEdit | null>;
  private readonly heading: HTMLElement;
  private readonly intro: HTMLElement;
  private readonly name: HTMLInputElement;
  private readonly email: HTMLInputElement;
  private readonly error: HTMLElement;

  constructor() {
    const headingId = uniqueId('annotator-heading');
    const introId = uniqueId('annotator-intro');
    const nameId = uniqueId('annotator-name');
    const emailId = uniqueId('annotator-email');
    const errorId = uniqueId('annotator-error');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.intro = h('p', { className: 'dialog-message', attrs: { id: introId } });
    this.name = h('input', {
      className: 'field-input',
      attrs: {
        id: nameId,
        type: 'text',
        autocomplete: 'name',
        maxlength: ANNOTATOR_LIMITS.nameMaxChars,
        'aria-describedby': errorId,
      },
    });
    this.email = h('input', {
      className: 'field-input',
      attrs: {
        id: emailId,
        type: 'email',
        autocomplete: 'email',
        maxlength: ANNOTATOR_LIMITS.emailMaxChars,
        'aria-describedby': errorId,
      },
    });
    this.error = h('p', { className: 'field-error', attrs: { id: errorId, role: 'alert' } });
    const save = h('button', { className: 'button button-primary', attrs: { type: 'submit' }, text: 'Save' });
    const later = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel' });
    const form = h('form', { className: 'annotator-form', attrs: { novalidate: '' } }, [
      h('div', { className: 'dialog-body' }, [
        this.intro,
        h('label', { className: 'field-label', attrs: { for: nameId }, text: 'Your name' }),
        this.name,
        h('label', { className: 'field-label', attrs: { for: emailId }, text: 'E-mail (optional)' }),
        this.email,
        this.error,
      ]),
      h('footer', { className: 'dialog-actions' }, [later, save]),
    ]);
    this.modal = new ModalDialog<AnnotatorIdentityEdit | null>(
      [h('header', { className: 'dialog-header' }, [this.heading]), form],
      {
        className: 'annotator-dialog',
        labelledBy: headingId,
        describedBy: introId,
        dismissed: null,
      },
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    later.addEventListener('click', () => this.modal.settle(null));
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  /** Opens with the current identity filled in (none at first start). */
  ask(current: AnnotatorIdentity | null): Promise<AnnotatorIdentityEdit | null> {
    this.heading.textContent = current === null ? 'Who is annotating?' : 'Change who is annotating';
    this.intro.textContent =
      'Everything you add or change in a project is recorded with this name, so a team can see who did what. ' +
      'It is kept on this computer and shared only through the projects and exports you pass on.';
    this.name.value = current?.name ?? '';
    this.email.value = current?.email ?? '';
    this.showError('');
    return this.modal.open(this.name);
  }

  private submit(): void {
    const email = this.email.value.trim();
    const parsed = AnnotatorIdentityEdit.safeParse({ name: this.name.value, email: email === '' ? null : email });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0] === 'email' ? this.email : this.name;
      this.showError(issue?.message ?? 'Check your name and e-mail.', field);
      field.focus();
      return;
    }
    this.modal.settle(parsed.data);
  }

  /** Shows what is wrong with `field`, or clears the message and marks. */
  private showError(message: string, field?: HTMLInputElement): void {
    this.error.textContent = message;
    this.error.hidden = message === '';
    for (const input of [this.name, this.email]) input.setAttribute('aria-invalid', String(input === field));
  }
}
