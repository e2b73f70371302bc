import type * as z from 'zod';
import {
  Entity,
  EntityName,
  type EntityEdit,
  type EntityMention,
  type EntitySummary,
  ExternalId,
  ExternalIdScheme,
} from '../../../shared/model/annotation';
import type { AnnotationSession } from '../annotation/annotation-session';
import { labelColourClass } from '../annotation/label-colours';
import { h, uniqueId } from '../dom/element-builder';
import { EntityMentionList, type MentionActions } from './entity-mention-list';

export interface EntityDetailActions extends MentionActions {
  /** Saves a change; resolves false if it failed (the failure is reported already). */
  save(edit: EntityEdit): Promise<boolean>;
  mergeInto(): void;
  /** Reviews the entity's unannotated occurrences across the corpus, to annotate them all. */
  annotateAll(): void;
  back(): void;
}

const SCHEME_NAMES: Record<ExternalIdScheme, string> = {
  wikidata: 'Wikidata',
  geonames: 'GeoNames',
  url: 'Web address',
  other: 'Other',
};

/**
 * One entity: its name (renamed in place), type, aliases, external ids and note, each saved as it is
 * changed and checked with the same schema main checks; then its mentions across the corpus.
 */
export class EntityDetailView {
  readonly element: HTMLElement;
  private readonly session: AnnotationSession;
  private readonly actions: EntityDetailActions;
  private readonly fields: HTMLElement;
  private readonly mentions: EntityMentionList;
  private entity: EntitySummary | null = null;

  constructor(session: AnnotationSession, actions: EntityDetailActions) {
    this.session = session;
    this.actions = actions;
    this.fields = h('div', { className: 'details-form entity-fields' });
    this.mentions = new EntityMentionList(actions);
    const back = h('button', {
      className: 'button button-small button-quiet',
      attrs: { type: 'button' },
      text: '← All entities',
    });
    back.addEventListener('click', () => actions.back());
    const merge = h('button', { className: 'button button-small', attrs: { type: 'button' }, text: 'Merge into…' });
    merge.addEventListener('click', () => actions.mergeInto());
    const annotateAll = h('button', {
      className: 'button button-small',
      attrs: { type: 'button' },
      text: 'Annotate all in the corpus…',
    });
    annotateAll.addEventListener('click', () => actions.annotateAll());
    this.element = h('div', { className: 'entity-detail' }, [
      h('div', { className: 'entity-detail-bar' }, [back, merge, annotateAll]),
      h('div', { className: 'details-scroll' }, [this.fields, this.mentions.element]),
    ]);
    this.element.addEventListener('keydown', (event) => {
      if (
        event.key === 'Escape' &&
        !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)
      ) {
        event.preventDefault();
        actions.back();
      }
    });
  }

  get entityId(): number | null {
    return this.entity?.id ?? null;
  }

  /** Shows an entity; redraws its fields only if they changed, so a field being typed in is kept. */
  show(entity: EntitySummary): void {
    const previous = this.entity;
    this.entity = entity;
    if (previous !== null && previous.id === entity.id && sameFields(previous, entity)) return;
    const focusedName = this.fields.contains(document.activeElement)
      ? document.activeElement?.getAttribute('name')
      : null;
    this.renderFields(entity);
    if (focusedName) this.fields.querySelector<HTMLElement>(`[name="${focusedName}"]`)?.focus();
  }

  showMentions(mentions: readonly EntityMention[] | null): void {
    this.mentions.show(mentions);
  }

  focus(): void {
    this.fields.querySelector<HTMLElement>('[name="name"]')?.focus();
  }

  private renderFields(entity: EntitySummary): void {
    this.fields.replaceChildren(
      this.nameField(entity),
      this.typeField(entity),
      this.aliasField(entity),
      this.externalIdField(entity),
      this.noteField(entity),
    );
  }

  private nameField(entity: EntitySummary): HTMLElement {
    const input = h('input', {
      className: 'field-input entity-name-input',
      attrs: { type: 'text', name: 'name', dir: 'auto', autocomplete: 'off', value: entity.name },
    });
    const field = labelled('Name', input);
    const error = errorSlot(field, input);
    // Enter and the change event that follows it would otherwise save the same name twice.
    let saved = entity.name;
    const commit = async () => {
      const parsed = EntityName.safeParse(input.value);
      if (!error.check(parsed) || parsed.data === saved) return;
      saved = parsed.data;
      if (!(await this.actions.save({ name: parsed.data }))) saved = entity.name;
    };
    input.addEventListener('change', () => void commit());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void commit();
      } else if (event.key === 'Escape' && input.value !== entity.name) {
        event.preventDefault();
        event.stopPropagation();
        input.value = entity.name;
        error.clear();
      }
    });
    return field;
  }

  private typeField(entity: EntitySummary): HTMLElement {
    const select = h(
      'select',
      { className: 'field-input field-select', attrs: { name: 'type' } },
      this.session.model
        .labelsOfKind('entity')
        .map((type) => h('option', { attrs: { value: String(type.id) }, text: type.name })),
    );
    select.value = String(entity.typeLabelId);
    select.addEventListener('change', () => void this.actions.save({ typeLabelId: Number(select.value) }));
    const field = labelled('Type', select);
    field.querySelector('.field-label')?.prepend(
      h('span', {
        className: `label-swatch ${labelColourClass({ id: entity.typeLabelId })}`,
        attrs: { 'aria-hidden': 'true' },
      }),
    );
    return field;
  }

  private aliasField(entity: EntitySummary): HTMLElement {
    const input = h('input', {
      className: 'tag-input-field',
      attrs: { type: 'text', name: 'alias', dir: 'auto', autocomplete: 'off', placeholder: 'Add an alias' },
    });
    const chips = entity.aliases.map((alias) =>
      chip(
        alias,
        `Remove alias ${alias}`,
        () => void this.actions.save({ aliases: entity.aliases.filter((other) => other !== alias) }),
      ),
    );
    const box = h('div', { className: 'field-input tag-input' }, [h('ul', { className: 'tag-chips' }, chips), input]);
    const field = labelled('Aliases', box, input);
    const error = errorSlot(field, input);
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || input.value.trim() === '') return;
      event.preventDefault();
      const parsed = Entity.shape.aliases.safeParse([...entity.aliases, input.value.trim()]);
      if (error.check(parsed)) void this.actions.save({ aliases: parsed.data });
    });
    return field;
  }

  private externalIdField(entity: EntitySummary): HTMLElement {
    const scheme = h(
      'select',
      { className: 'field-input field-select', attrs: { name: 'scheme', 'aria-label': 'Where the id is from' } },
      ExternalIdScheme.options.map((value) => h('option', { attrs: { value }, text: SCHEME_NAMES[value] })),
    );
    const value = h('input', {
      className: 'field-input',
      attrs: {
        type: 'text',
        name: 'external-id',
        dir: 'ltr',
        autocomplete: 'off',
        placeholder: 'Q567',
        spellcheck: 'false',
      },
    });
    const add = h('button', { className: 'button button-small', attrs: { type: 'button' }, text: 'Add' });
    const list = h(
      'ul',
      { className: 'entity-external-ids' },
      entity.externalIds.map((id) =>
        h('li', { className: 'entity-external-id' }, [
          h('span', { className: 'entity-external-scheme', text: SCHEME_NAMES[id.scheme] }),
          h('span', { className: 'entity-external-value', attrs: { dir: 'ltr' }, text: id.value }),
          removeButton(
            `Remove ${SCHEME_NAMES[id.scheme]} id ${id.value}`,
            () => void this.actions.save({ externalIds: entity.externalIds.filter((other) => other !== id) }),
          ),
        ]),
      ),
    );
    const field = h('div', { className: 'field', attrs: { role: 'group', 'aria-label': 'External ids' } }, [
      h('span', { className: 'field-label', text: 'External ids' }),
      list,
      h('div', { className: 'entity-external-add' }, [scheme, value, add]),
    ]);
    value.setAttribute('aria-label', 'External id');
    const error = errorSlot(field, value);
    const commit = () => {
      const parsed = ExternalId.safeParse({ scheme: scheme.value, value: value.value.trim() });
      if (!error.check(parsed)) return;
      const all = Entity.shape.externalIds.safeParse([...entity.externalIds, parsed.data]);
      if (error.check(all)) void this.actions.save({ externalIds: all.data });
    };
    add.addEventListener('click', commit);
    value.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      commit();
    });
    return field;
  }

  private noteField(entity: EntitySummary): HTMLElement {
    const textarea = h('textarea', {
      className: 'field-input entity-note',
      attrs: { name: 'note', dir: 'auto', rows: 3 },
    });
    textarea.value = entity.note ?? '';
    const field = labelled('Note', textarea);
    const error = errorSlot(field, textarea);
    textarea.addEventListener('change', () => {
      if (textarea.value.trim() === '') {
        if (entity.note !== undefined) void this.actions.save({ note: null });
        return;
      }
      const parsed = Entity.shape.note.unwrap().safeParse(textarea.value);
      if (error.check(parsed) && parsed.data !== entity.note) void this.actions.save({ note: parsed.data });
    });
    return field;
  }
}

function labelled(text: string, control: HTMLElement, labelFor: HTMLElement = control): HTMLElement {
  const id = uniqueId('entity-field');
  labelFor.id = id;
  return h('div', { className: 'field' }, [
    h('label', { className: 'field-label', attrs: { for: id }, text }),
    control,
  ]);
}

/** A field's error line: shows the schema's message for bad input, so the user reads what main would say. */
function errorSlot(field: HTMLElement, input: HTMLElement) {
  const error = h('p', { className: 'field-error', attrs: { id: uniqueId('entity-error'), role: 'alert' } });
  error.hidden = true;
  field.append(error);
  const clear = () => {
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  };
  input.addEventListener('input', clear);
  return {
    clear,
    check<T>(result: z.ZodSafeParseResult<T>): result is z.ZodSafeParseSuccess<T> {
      if (result.success) {
        clear();
        return true;
      }
      error.textContent = result.error.issues[0]?.message ?? 'This value is not valid.';
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
      return false;
    },
  };
}

function chip(text: string, removeLabel: string, remove: () => void): HTMLLIElement {
  return h('li', { className: 'tag-chip' }, [
    h('span', { className: 'tag-chip-text', attrs: { dir: 'auto' }, text }),
    removeButton(removeLabel, remove),
  ]);
}

function removeButton(label: string, remove: () => void): HTMLButtonElement {
  const button = h('button', {
    className: 'tag-chip-remove',
    attrs: { type: 'button', 'aria-label': label, title: label },
    text: '×',
  });
  button.addEventListener('click', remove);
  return button;
}

function sameFields(a: EntitySummary, b: EntitySummary): boolean {
  const fields = (entity: EntitySummary) =>
    JSON.stringify([entity.name, entity.typeLabelId, entity.aliases, entity.externalIds, entity.note ?? null]);
  return fields(a) === fields(b);
}
