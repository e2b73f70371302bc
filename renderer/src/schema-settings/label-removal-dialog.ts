import type { Label, LabelRemoval, LabelUsage } from '../../../shared/model/annotation';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId } from '../dom/element-builder';
import { describeLabelUsage } from './label-usage-text';

export interface RemovalQuestion {
  readonly label: Label;
  readonly usage: LabelUsage;
  /** Labels the uses may move to (same kind; for an attribute value, the same attribute). */
  readonly alternatives: readonly Label[];
}

/**
 * Asks what becomes of a used label's annotations before it is removed: delete them, or move them
 * to another label. Nothing is chosen in advance, so a removal never happens by reflex.
 */
export class LabelRemovalDialog {
  private readonly modal: ModalDialog<LabelRemoval | null>;
  private readonly heading: HTMLElement;
  private readonly message: HTMLElement;
  private readonly deleteChoice: HTMLInputElement;
  private readonly deleteHint: HTMLElement;
  private readonly moveChoice: HTMLInputElement;
  private readonly target: HTMLSelectElement;
  private readonly removeButton: HTMLButtonElement;

  constructor() {
    const headingId = uniqueId('removal-heading');
    const messageId = uniqueId('removal-message');
    const name = uniqueId('removal-choice');
    const targetId = uniqueId('removal-target');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId, dir: 'auto' } });
    this.message = h('p', { className: 'dialog-message', attrs: { id: messageId, dir: 'auto' } });
    this.deleteChoice = h('input', { attrs: { type: 'radio', name, value: 'delete' } });
    this.deleteHint = h('p', { className: 'field-hint', attrs: { dir: 'auto' } });
    this.moveChoice = h('input', { attrs: { type: 'radio', name, value: 'move' } });
    this.target = h('select', {
      className: 'field-input field-select',
      attrs: { id: targetId, 'aria-label': 'Label to move them to' },
    });
    const cancel = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel' });
    this.removeButton = h('button', {
      className: 'button button-danger',
      attrs: { type: 'button' },
      text: 'Remove label',
    });
    this.modal = new ModalDialog<LabelRemoval | null>(
      [
        h('header', { className: 'dialog-header' }, [this.heading]),
        h('div', { className: 'dialog-body' }, [
          this.message,
          h('fieldset', { className: 'removal-choices' }, [
            h('legend', { className: 'visually-hidden', text: 'What to do with them' }),
            h('label', { className: 'removal-choice' }, [this.deleteChoice, h('span', { text: 'Delete them' })]),
            this.deleteHint,
            h('label', { className: 'removal-choice' }, [this.moveChoice, h('span', { text: 'Move them to' })]),
            this.target,
          ]),
        ]),
        h('footer', { className: 'dialog-actions' }, [cancel, this.removeButton]),
      ],
      {
        className: 'label-removal-dialog',
        labelledBy: headingId,
        describedBy: messageId,
        alert: true,
        dismissed: null,
      },
    );
    const update = () => this.update();
    this.deleteChoice.addEventListener('change', update);
    this.moveChoice.addEventListener('change', update);
    this.target.addEventListener('change', () => {
      this.moveChoice.checked = true;
      this.update();
    });
    cancel.addEventListener('click', () => this.modal.dismiss());
    this.removeButton.addEventListener('click', () => this.modal.settle(this.decision()));
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  /** Resolves with what to do with the label's uses, or null if the user cancelled. */
  ask(question: RemovalQuestion): Promise<LabelRemoval | null> {
    const { label, usage, alternatives } = question;
    this.heading.textContent = `Remove “${label.name}”?`;
    this.message.textContent = `“${label.name}” is used by ${describeLabelUsage(usage)}. What should happen to them?`;
    // The store refuses to delete entities with their type: their mentions may carry other labels.
    const entitiesBlock = usage.entities > 0;
    this.deleteChoice.checked = false;
    this.deleteChoice.disabled = entitiesBlock;
    this.deleteHint.hidden = !entitiesBlock;
    this.deleteHint.textContent = entitiesBlock
      ? 'Entities of this type cannot be deleted with it; move them instead.'
      : '';
    this.moveChoice.checked = false;
    this.moveChoice.disabled = alternatives.length === 0;
    this.target.replaceChildren(
      ...alternatives.map((alternative) =>
        h('option', { attrs: { value: String(alternative.id) }, text: alternative.name }),
      ),
    );
    this.target.disabled = alternatives.length === 0;
    this.update();
    return this.modal.open(this.deleteChoice.disabled ? this.moveChoice : this.deleteChoice);
  }

  private decision(): LabelRemoval | null {
    if (this.deleteChoice.checked) return { kind: 'delete-annotations' };
    const toLabelId = Number(this.target.value);
    if (this.moveChoice.checked && Number.isInteger(toLabelId) && toLabelId > 0) return { kind: 'reassign', toLabelId };
    return null;
  }

  private update(): void {
    this.removeButton.disabled = this.decision() === null;
  }
}
