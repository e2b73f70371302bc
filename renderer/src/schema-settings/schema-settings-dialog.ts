import type {
  AnnotationSchemaDefinition,
  Label,
  LabelEdit,
  LabelKind,
  LabelRemoval,
} from '../../../shared/model/annotation';
import type { AnnotationSession } from '../annotation/annotation-session';
import { DialogStatusLine } from '../dialogs/dialog-status-line';
import { dialogHeader } from '../dialogs/dialog-header';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId, type Child } from '../dom/element-builder';
import { userMessageOf } from '../errors/user-message';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import { LabelRemovalDialog } from './label-removal-dialog';
import { labelRow } from './label-row';
import { isLabelUsed } from './label-usage-text';
import { downloadSchema, readSchemaFile } from './schema-file';
import { counted } from '../text/plural';

/** Colours new labels start with (Okabe–Ito, told apart with colour-blindness too), in turn. */
const NEW_LABEL_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#f0e442', '#7f7f7f'];

/**
 * "Annotation schema": the project's labels by kind, each with colour, name, key and Remove; adding
 * labels; exporting the schema to a file and importing one. Every change is saved at once, then the
 * session reloads the labels, so colours and keys in the article change while the dialog is open.
 */
export class SchemaSettingsDialog implements Disposable {
  private readonly modal: ModalDialog<void>;
  private readonly session: AnnotationSession;
  private readonly sections: HTMLElement;
  private readonly status: DialogStatusLine;
  private readonly fileInput: HTMLInputElement;
  private readonly removal = new LabelRemovalDialog();
  private readonly subscriptions = new DisposableStore();

  constructor(session: AnnotationSession) {
    this.session = session;
    const headingId = uniqueId('schema-heading');
    this.sections = h('div', { className: 'schema-sections' });
    this.status = new DialogStatusLine(session);
    this.fileInput = h('input', {
      className: 'visually-hidden',
      attrs: { type: 'file', accept: '.json,application/json', tabindex: '-1', 'aria-hidden': 'true' },
    });
    this.fileInput.addEventListener('change', () => void this.importFile());
    const exportButton = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Export schema…' });
    exportButton.addEventListener('click', () => void this.exportSchema());
    const importButton = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Import schema…' });
    importButton.addEventListener('click', () => this.fileInput.click());
    this.modal = new ModalDialog<void>(
      [
        dialogHeader(headingId, 'Annotation schema', () => this.modal.dismiss()),
        h('div', { className: 'dialog-body schema-body' }, [this.sections]),
        h('footer', { className: 'dialog-actions schema-actions' }, [
          importButton,
          exportButton,
          this.fileInput,
          // In the footer, so what a change did shows wherever the list is scrolled.
          this.status.element,
        ]),
        this.removal.element,
      ],
      { className: 'schema-dialog', labelledBy: headingId, dismissed: undefined },
    );
    this.subscriptions.addRelease(
      session.model.subscribe((change) => {
        if (change.kind === 'labels' && this.modal.isOpen) this.render();
      }),
    );
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  open(): void {
    if (this.modal.isOpen) return;
    this.status.say('');
    this.render();
    void this.modal.open();
  }

  dispose(): void {
    this.subscriptions.dispose();
  }

  private render(): void {
    const focused =
      document.activeElement instanceof HTMLElement ? document.activeElement.dataset['focusKey'] : undefined;
    // A name typed into an add field survives a redraw caused by another field's save.
    const typed = [...this.sections.querySelectorAll<HTMLInputElement>('input[data-focus-key^="add-"]')].map(
      (input) => [input.dataset['focusKey'] ?? '', input.value] as const,
    );
    const labels = this.session.model.labels;
    const ofKind = (kind: LabelKind) => labels.filter((label) => label.kind === kind && label.parentId === null);
    const attributes = ofKind('claim-attribute').map((attribute) =>
      h('li', { className: 'schema-attribute' }, [
        this.rows([attribute]),
        this.rows(
          labels.filter((label) => label.parentId === attribute.id),
          'schema-values',
        ),
        this.addControl('claim-attribute', attribute.id, `Add a value to ${attribute.name}`, 'Add value'),
      ]),
    );
    this.sections.replaceChildren(
      this.section('Entity types', [
        this.rows(ofKind('entity')),
        this.addControl('entity', null, 'New entity type', 'Add entity type'),
      ]),
      // The one claim label marks a span as a claim: it can be renamed, recoloured and re-keyed, not removed.
      this.section('Claim', [this.rows(ofKind('claim'), 'schema-rows', false)]),
      this.section('Claim attributes', [
        h('ul', { className: 'schema-attributes' }, attributes),
        this.addControl('claim-attribute', null, 'New claim attribute', 'Add attribute'),
      ]),
      this.section('Relation types', [
        this.rows(ofKind('relation')),
        this.addControl('relation', null, 'New relation type', 'Add relation type'),
      ]),
      this.section('Document labels', [
        this.rows(ofKind('document')),
        this.addControl('document', null, 'New document label', 'Add document label'),
      ]),
    );
    for (const [key, value] of typed) {
      const input = this.sections.querySelector<HTMLInputElement>(`input[data-focus-key="${key}"]`);
      if (input !== null) input.value = value;
    }
    if (focused !== undefined) this.sections.querySelector<HTMLElement>(`[data-focus-key="${focused}"]`)?.focus();
  }

  private section(title: string, content: readonly Child[]): HTMLElement {
    const headingId = uniqueId('schema-section');
    return h('section', { className: 'schema-section', attrs: { 'aria-labelledby': headingId } }, [
      h('h3', { className: 'section-label', attrs: { id: headingId }, text: title }),
      ...content,
    ]);
  }

  private rows(labels: readonly Label[], className = 'schema-rows', removable = true): HTMLElement {
    const callbacks = {
      edit: (label: Label, edit: LabelEdit) => void this.edit(label, edit),
      remove: (label: Label) => void this.remove(label),
    };
    return h(
      'ul',
      { className },
      labels.map((label) => labelRow(label, callbacks, removable)),
    );
  }

  /** A name field and a button that adds a label of a kind (or a value, with a parent). */
  private addControl(kind: LabelKind, parentId: number | null, placeholder: string, buttonText: string): HTMLElement {
    const key = `add-${kind}-${parentId ?? 'top'}`;
    const name = h('input', {
      className: 'field-input schema-name',
      attrs: { type: 'text', dir: 'auto', placeholder, 'aria-label': placeholder, 'data-focus-key': key },
    });
    const button = h('button', {
      className: 'button button-small',
      attrs: { type: 'button', 'data-focus-key': `${key}-button` },
      text: buttonText,
    });
    const add = () => {
      if (name.value.trim() === '') {
        name.focus();
        return;
      }
      void this.add(kind, parentId, name);
    };
    button.addEventListener('click', add);
    name.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      event.preventDefault();
      add();
    });
    return h('div', { className: 'schema-add' }, [name, button]);
  }

  private async add(kind: LabelKind, parentId: number | null, nameInput: HTMLInputElement): Promise<void> {
    const name = nameInput.value;
    const siblings = this.session.model.labels.filter((label) => label.kind === kind && label.parentId === parentId);
    const color = NEW_LABEL_COLOURS[siblings.length % NEW_LABEL_COLOURS.length] ?? '#7f7f7f';
    const added = await this.status.run(() =>
      this.session.api.invoke('schema.addLabel', {
        kind,
        name,
        color,
        hotkey: null,
        ...(parentId === null ? {} : { parentId }),
      }),
    );
    if (added !== null) {
      // The change set may have come first and drawn the dialog anew, keeping the typed name in a
      // new field: the field to empty is the one on screen now.
      const key = nameInput.dataset['focusKey'] ?? '';
      const shown = this.sections.querySelector<HTMLInputElement>(`input[data-focus-key="${key}"]`) ?? nameInput;
      shown.value = '';
      this.status.say(`Added “${added.name}”.`);
    }
  }

  private async edit(label: Label, edit: LabelEdit): Promise<void> {
    const updated = await this.status.run(() => this.session.api.invoke('schema.updateLabel', { id: label.id, edit }));
    // A refusal changes nothing stored: the redraw puts the stored values back into the fields.
    if (updated === null) this.render();
  }

  private async remove(label: Label): Promise<void> {
    const usage = await this.status.run(() => this.session.api.invoke('schema.labelUsage', { id: label.id }));
    if (usage === null) return;
    // An unused label takes nothing with it; a used one waits for the user's explicit choice.
    const decision: LabelRemoval | null = isLabelUsed(usage)
      ? await this.removal.ask({ label, usage, alternatives: this.alternativesTo(label) })
      : { kind: 'delete-annotations' };
    if (decision === null) return;
    // The call answers null on success, so the success is made explicit to tell it from a failure.
    const removed = await this.status.run(async () => {
      await this.session.api.invoke('schema.removeLabel', { id: label.id, decision });
      return true;
    });
    if (removed === null) return;
    this.status.say(`Removed “${label.name}”.`);
  }

  /** Where a label's uses may move: its kind's other labels; a value's siblings; nothing for an attribute. */
  private alternativesTo(label: Label): Label[] {
    if (label.kind === 'claim-attribute' && label.parentId === null) return [];
    return this.session.model.labels.filter(
      (other) => other.id !== label.id && other.kind === label.kind && other.parentId === label.parentId,
    );
  }

  private async exportSchema(): Promise<void> {
    this.status.say('');
    let schema: AnnotationSchemaDefinition;
    try {
      schema = await this.session.api.invoke('schema.export');
    } catch (error) {
      this.status.say(userMessageOf(error), true);
      return;
    }
    downloadSchema(schema);
    this.status.say('The schema was saved as annotation-schema.json in your downloads.');
  }

  private async importFile(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (file === undefined) return;
    const read = await readSchemaFile(file);
    if (!read.ok) {
      this.status.say(read.message, true);
      return;
    }
    // Main checks the file against the schema definition and answers with what is wrong.
    const schema = read.value as AnnotationSchemaDefinition;
    const added = await this.status.run(() => this.session.api.invoke('schema.import', { schema }));
    if (added === null) return;
    this.status.say(
      added.count === 0
        ? 'The project already has every label of that schema.'
        : `Added ${counted(added.count, 'label', 'labels')}.`,
    );
  }
}
