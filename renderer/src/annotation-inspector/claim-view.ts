import type { ArticleAnnotation, ClaimDetails, EntityId } from '../../../shared/model/annotation';
import { labelColourClass } from '../annotation/label-colours';
import { quoteText } from '../annotation/quote-text';
import { h, uniqueId } from '../dom/element-builder';
import {
  checkClaimDate,
  claimAttributesOf,
  emptyClaim,
  withAboutEntity,
  withAttribute,
  withDate,
  withoutAboutEntity,
  withoutClaimant,
  type ClaimAttribute,
} from './claim-form';
import type { InspectorContext } from './inspector-context';
import { actionButton, sectionHeading } from './inspector-dom';

/** Who makes the claim, about whom, how it is judged and when: each change is saved at once. */
export function renderClaim(annotation: ArticleAnnotation, context: InspectorContext): HTMLElement {
  const claim = annotation.claim ?? emptyClaim();
  const save = (next: ClaimDetails) => void context.session.update(annotation.id, { claim: next });
  return h('section', { className: 'inspector-section', attrs: { 'aria-label': 'Claim' } }, [
    sectionHeading('Claim'),
    claimantField(claim, context, save),
    aboutField(claim, context, save),
    ...claimAttributesOf(context.session.model.labelsOfKind('claim-attribute')).map((attribute) =>
      attributeField(attribute, claim, save),
    ),
    dateField(claim, save),
  ]);
}

function claimantField(
  claim: ClaimDetails,
  context: InspectorContext,
  save: (claim: ClaimDetails) => void,
): HTMLElement {
  const { session } = context;
  const entity = claim.claimantEntityId === undefined ? undefined : session.model.entity(claim.claimantEntityId);
  const mention =
    claim.claimantAnnotationId === undefined ? undefined : session.model.annotation(claim.claimantAnnotationId);
  const name = entity?.name ?? (mention === undefined ? null : quoteText(mention));
  const labelId = uniqueId('claimant');
  return h('div', { className: 'inspector-field', attrs: { role: 'group', 'aria-labelledby': labelId } }, [
    h('span', { className: 'field-label', attrs: { id: labelId }, text: 'Claimant' }),
    h('p', {
      className: name === null ? 'inspector-muted' : 'inspector-value',
      attrs: { dir: 'auto', 'data-testid': 'claimant' },
      text: name ?? 'Nobody yet',
    }),
    h('div', { className: 'inspector-buttons' }, [
      actionButton('Change…', () => void context.actions.linkClaimant(), {
        focusKey: 'claimant-change',
        attrs: { title: 'Say who makes this claim (C)' },
      }),
      name === null ? null : actionButton('Clear', () => save(withoutClaimant(claim)), { focusKey: 'claimant-clear' }),
    ]),
  ]);
}

function aboutField(claim: ClaimDetails, context: InspectorContext, save: (claim: ClaimDetails) => void): HTMLElement {
  const { session } = context;
  const labelId = uniqueId('about');
  const chips = claim.aboutEntityIds.map((id) => {
    const name = session.model.entity(id)?.name ?? `Entity ${id}`;
    return h('li', { className: 'tag-chip' }, [
      h('span', { className: 'tag-chip-text', attrs: { dir: 'auto' }, text: name }),
      actionButton('×', () => save(withoutAboutEntity(claim, id)), {
        className: 'tag-chip-remove',
        focusKey: `about-remove-${id}`,
        attrs: { 'aria-label': `Remove ${name}`, title: `Remove ${name}` },
      }),
    ]);
  });
  const add = async () => {
    const chosen = new Set(claim.aboutEntityIds);
    const entityId = await context.picker.pick<EntityId>({
      title: 'What is this claim about?',
      placeholder: 'Type to find an entity',
      items: session.model.entities
        .filter((entity) => !chosen.has(entity.id))
        .map((entity) => ({
          value: entity.id,
          label: entity.name,
          detail: session.model.label(entity.typeLabelId)?.name ?? '',
          keywords: entity.aliases.join(' '),
          swatchClass: labelColourClass({ id: entity.typeLabelId }),
        })),
      emptyText: 'No other entities yet: annotate a person, organisation or place first.',
    });
    if (entityId !== null) save(withAboutEntity(claim, entityId));
  };
  return h('div', { className: 'inspector-field', attrs: { role: 'group', 'aria-labelledby': labelId } }, [
    h('span', { className: 'field-label', attrs: { id: labelId }, text: 'About' }),
    chips.length === 0
      ? h('p', { className: 'inspector-muted', text: 'No entities' })
      : h('ul', { className: 'inspector-chips', attrs: { 'aria-labelledby': labelId } }, chips),
    h('div', { className: 'inspector-buttons' }, [actionButton('Add…', () => void add(), { focusKey: 'about-add' })]),
  ]);
}

function attributeField(
  { attribute, values }: ClaimAttribute,
  claim: ClaimDetails,
  save: (claim: ClaimDetails) => void,
): HTMLElement {
  const id = uniqueId(`claim-attribute-${attribute.id}`);
  const select = h('select', {
    className: 'field-input field-select',
    attrs: { id, 'data-focus-key': `attribute-${attribute.id}` },
  });
  const current = claim.attributes[attribute.id];
  select.append(h('option', { attrs: { value: '' }, text: '—' }));
  for (const value of values) {
    const option = h('option', { attrs: { value: value.id }, text: value.name });
    option.selected = value.id === current;
    select.append(option);
  }
  select.addEventListener('change', () =>
    save(withAttribute(claim, attribute.id, select.value === '' ? null : Number(select.value))),
  );
  return h('div', { className: 'field inspector-field' }, [
    h('label', { className: 'field-label', attrs: { for: id }, text: attribute.name }),
    select,
  ]);
}

function dateField(claim: ClaimDetails, save: (claim: ClaimDetails) => void): HTMLElement {
  const id = uniqueId('claim-date');
  const hintId = uniqueId('claim-date-hint');
  const errorId = uniqueId('claim-date-error');
  const error = h('p', { className: 'field-error', attrs: { id: errorId, role: 'alert', hidden: true } });
  const input = h('input', {
    className: 'field-input',
    attrs: {
      id,
      type: 'text',
      dir: 'ltr',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'YYYY-MM-DD',
      'aria-describedby': `${hintId} ${errorId}`,
      'data-focus-key': 'claim-date',
    },
  });
  input.value = claim.date ?? '';
  // Enter and the change event that may follow it must not save twice.
  let committed = claim.date ?? null;
  const commit = () => {
    const check = checkClaimDate(input.value);
    error.hidden = check.ok;
    error.textContent = check.ok ? '' : check.message;
    input.setAttribute('aria-invalid', String(!check.ok));
    if (!check.ok || check.date === committed) return;
    committed = check.date;
    save(withDate(claim, check.date));
  };
  input.addEventListener('change', commit);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') commit();
  });
  return h('div', { className: 'field inspector-field' }, [
    h('label', { className: 'field-label', attrs: { for: id }, text: 'Date of the claim' }),
    input,
    h('p', {
      className: 'field-hint',
      attrs: { id: hintId },
      text: 'If not the publication date: 2025, 2025-02 or 2025-02-28.',
    }),
    error,
  ]);
}
