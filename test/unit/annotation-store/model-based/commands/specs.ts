import fc from 'fast-check';
import type { ClaimDetails, EntityDraft, Label, TextFragment } from '../../../../../shared/model/annotation';
import type { ProjectModel } from '../model/project-model';
import { splitsPair } from '../model/text-rules';
import { DATES, EXTERNAL_IDS, NAMES, NOTES } from '../sample-texts';
import { chosen, chosenId, fromPool, MISSING_ID, mostly, pick, picks, rarely, type Pick } from './picks';

/**
 * Generated descriptions of a command's input, made concrete against the project when the command
 * runs: a selection by where and how it snaps, a label by kind, a claim by what it refers to.
 */

/** How a selection is made: a word (or a few), whole characters, or raw code units that may cut an emoji. */
export type Snap = 'word' | 'character' | 'raw';
export interface FragmentSpec {
  readonly at: number;
  readonly length: number;
  readonly snap: Snap;
}

export const fragmentSpec: fc.Arbitrary<FragmentSpec> = fc.record({
  at: fc.nat({ max: 100_000 }),
  length: fc.nat({ max: 30 }),
  snap: fc.constantFrom<Snap>('word', 'word', 'word', 'character', 'character', 'raw'),
});

/** Mostly one piece; now and then a discontinuous span of two or three (overlapping pieces are refused). */
export const fragmentSpecs = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fragmentSpec) },
  { weight: 1, arbitrary: fc.array(fragmentSpec, { minLength: 2, maxLength: 3 }) },
);

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function fragmentIn(text: string, { at, length, snap }: FragmentSpec): TextFragment {
  const words = [...text.matchAll(WORD)];
  if (snap === 'word' && words.length > 0) {
    const first = at % words.length;
    const last = words[Math.min(words.length - 1, first + (length % 3))];
    const start = words[first]?.index ?? 0;
    return { start, end: (last?.index ?? 0) + (last?.[0].length ?? 1) };
  }
  let start = at % Math.max(1, text.length);
  let end = start + 1 + (length % 20);
  if (snap === 'raw') return { start, end };
  if (splitsPair(text, start)) start--;
  end = Math.min(end, text.length);
  if (splitsPair(text, end)) end++;
  return { start, end: Math.max(end, start + 1) };
}

export function fragmentsIn(text: string, specs: readonly FragmentSpec[]): TextFragment[] {
  return specs.map((spec) => fragmentIn(text, spec)).sort((a, b) => a.start - b.start);
}

/** A label by kind: mostly those that mark text, now and then one that does not. */
export interface LabelChoice {
  readonly kind: Label['kind'];
  readonly which: Pick;
}

export const spanLabel: fc.Arbitrary<LabelChoice> = fc.record({
  kind: fc.oneof(
    { weight: 12, arbitrary: fc.constant<Label['kind']>('entity') },
    { weight: 6, arbitrary: fc.constant<Label['kind']>('claim') },
    { weight: 1, arbitrary: fc.constant<Label['kind']>('relation') },
  ),
  which: pick,
});

/** A label of the kind an annotation already has (a new entity type for a mention), or rarely any. */
export const sameKindLabel = fc.record({ which: pick, anyKind: rarely });

export function labelId(model: ProjectModel, { kind, which }: LabelChoice): number {
  return chosenId(
    model.labelsOf(kind).filter((label) => label.parentId === null),
    which,
  );
}

export interface ClaimSpec {
  readonly claimantEntity: Pick | null;
  readonly claimantAnnotation: Pick | null;
  readonly about: readonly Pick[];
  readonly answer: { readonly attribute: Pick; readonly value: Pick; readonly ofAttribute: boolean } | null;
  readonly date: string | null;
}

export const claimSpec: fc.Arbitrary<ClaimSpec> = fc.record({
  claimantEntity: fc.option(pick, { freq: 2 }),
  claimantAnnotation: fc.option(pick, { freq: 2 }),
  about: picks(2),
  answer: fc.option(fc.record({ attribute: pick, value: pick, ofAttribute: mostly }), { freq: 2 }),
  date: fc.option(fromPool(DATES), { freq: 2 }),
});

export function claimIn(model: ProjectModel, articleId: number, spec: ClaimSpec): ClaimDetails {
  const entities = [...model.entities.values()];
  const attributes = model.labelsOf('claim-attribute').filter((label) => label.parentId === null);
  const attribute = spec.answer === null ? undefined : chosen(attributes, spec.answer.attribute);
  const values = model
    .labelsOf('claim-attribute')
    .filter((label) => label.parentId !== null && (!spec.answer?.ofAttribute || label.parentId === attribute?.id));
  const value = spec.answer === null ? undefined : chosen(values, spec.answer.value);
  return {
    ...(spec.claimantEntity === null ? {} : { claimantEntityId: chosenId(entities, spec.claimantEntity) }),
    ...(spec.claimantAnnotation === null
      ? {}
      : { claimantAnnotationId: chosenId(model.annotationsIn(articleId), spec.claimantAnnotation) }),
    aboutEntityIds: spec.about.map((which) => chosenId(entities, which)),
    attributes: spec.answer === null ? {} : { [attribute?.id ?? MISSING_ID]: value?.id ?? MISSING_ID },
    ...(spec.date === null ? {} : { date: spec.date }),
  };
}

export interface DraftSpec {
  readonly type: Pick;
  readonly typeKind: Label['kind'];
  readonly name: string;
  readonly aliases: readonly string[];
  readonly externalIds: readonly (typeof EXTERNAL_IDS.valid)[number][];
  readonly note: string | null;
}

export const draftSpec: fc.Arbitrary<DraftSpec> = fc.record({
  type: pick,
  typeKind: fc.oneof(
    { weight: 12, arbitrary: fc.constant<Label['kind']>('entity') },
    { weight: 1, arbitrary: fc.constant<Label['kind']>('claim') },
  ),
  name: fromPool(NAMES),
  aliases: fc.uniqueArray(fc.constantFrom(...NAMES.valid), { maxLength: 3 }),
  externalIds: fc.uniqueArray(fromPool(EXTERNAL_IDS), { maxLength: 2 }),
  note: fc.option(fromPool(NOTES), { freq: 2 }),
});

export function draftIn(model: ProjectModel, spec: DraftSpec): EntityDraft {
  return {
    typeLabelId: chosenId(model.labelsOf(spec.typeKind), spec.type),
    name: spec.name,
    aliases: [...spec.aliases],
    externalIds: spec.externalIds.map((id) => ({ ...id })),
    ...(spec.note === null ? {} : { note: spec.note }),
  };
}
