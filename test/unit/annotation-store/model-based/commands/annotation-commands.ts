import fc from 'fast-check';
import type { AnnotationEdit, NewAnnotation } from '../../../../../shared/model/annotation';
import {
  createAnnotation,
  createAnnotations,
  deleteAnnotations,
  reattachAnnotation,
  updateAnnotation,
} from '../model/annotation-rules';
import type { ProjectModel } from '../model/project-model';
import { splitsPair } from '../model/text-rules';
import { NOTES } from '../sample-texts';
import { command, type ModelCommand } from './command';
import { chosen, chosenId, fromPool, pick, picks } from './picks';
import {
  claimIn,
  claimSpec,
  fragmentIn,
  fragmentSpec,
  fragmentSpecs,
  fragmentsIn,
  labelId,
  sameKindLabel,
  spanLabel,
} from './specs';

const byId = <T extends { id: number }>(items: Iterable<T>): T[] => [...items].sort((a, b) => a.id - b.id);
export const articlesOf = (model: ProjectModel) => byId(model.articles.values());
export const annotationsOf = (model: ProjectModel) => byId(model.annotations.values());
export const entitiesOf = (model: ProjectModel) => byId(model.entities.values());

/** Now and then an input breaks a rule on purpose: an entity link on a claim, claim details on a mention. */
const mismatched = fc.nat({ max: 9 }).map((n) => n === 0);

const newAnnotation = fc.record({
  article: pick,
  label: spanLabel,
  fragments: fragmentSpecs,
  entity: fc.option(pick),
  claim: fc.option(claimSpec),
  note: fc.option(fromPool(NOTES), { freq: 3 }),
  mismatched,
});

export const createAnnotationCommand: fc.Arbitrary<ModelCommand> = newAnnotation.map((spec) =>
  command(`createAnnotation ${JSON.stringify(spec)}`, (world) => {
    const model = world.model;
    const articleId = chosenId(articlesOf(model), spec.article);
    const text = model.article(articleId)?.text ?? '';
    const label = labelId(model, spec.label);
    const kind = model.labels.get(label)?.kind;
    const input: NewAnnotation = {
      articleId,
      labelId: label,
      fragments: fragmentsIn(text, spec.fragments),
      ...(spec.entity !== null && (kind === 'entity' || spec.mismatched)
        ? { entityId: chosenId(entitiesOf(model), spec.entity) }
        : {}),
      ...(spec.claim !== null && (kind === 'claim' || spec.mismatched)
        ? { claim: claimIn(model, articleId, spec.claim) }
        : {}),
      ...(spec.note === null ? {} : { note: spec.note }),
    };
    world.recorded(
      `createAnnotation ${JSON.stringify(input)}`,
      (store) => store.createAnnotation(input),
      createAnnotation(model, input),
    );
  }),
);

/** Annotate all occurrences of a word, as one step; with one bad input on purpose, none at all. */
export const createAnnotationsCommand: fc.Arbitrary<ModelCommand> = fc
  .record({ article: pick, label: spanLabel, word: fragmentSpec, entity: fc.option(pick), corrupt: mismatched })
  .map((spec) =>
    command(`createAnnotations ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const articleId = chosenId(articlesOf(model), spec.article);
      const text = model.article(articleId)?.text ?? '';
      const word = fragmentIn(text, { ...spec.word, snap: 'word' });
      const phrase = text.slice(word.start, word.end);
      const label = labelId(model, spec.label);
      const entityId = spec.entity === null ? undefined : chosenId(entitiesOf(model), spec.entity);
      const inputs: NewAnnotation[] = [];
      for (let at = phrase === '' ? -1 : text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
        if (splitsPair(text, at) || splitsPair(text, at + phrase.length)) continue;
        inputs.push({
          articleId,
          labelId: label,
          fragments: [{ start: at, end: at + phrase.length }],
          ...(entityId === undefined || model.labels.get(label)?.kind !== 'entity' ? {} : { entityId }),
        });
      }
      if (spec.corrupt) inputs.push({ articleId, labelId: label, fragments: [{ start: 0, end: text.length + 1 }] });
      world.recorded(
        `createAnnotations of “${phrase}” ${JSON.stringify(inputs)}`,
        (store) => store.createAnnotations(inputs),
        createAnnotations(model, inputs),
      );
    }),
  );

export const updateAnnotationCommand: fc.Arbitrary<ModelCommand> = fc
  .record(
    {
      annotation: pick,
      label: sameKindLabel,
      entity: fc.option(pick),
      claim: fc.option(claimSpec),
      note: fc.option(fromPool(NOTES)),
      mismatched,
    },
    { requiredKeys: ['annotation', 'mismatched'] },
  )
  .map((spec) =>
    command(`updateAnnotation ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const annotation = chosen(annotationsOf(model), spec.annotation);
      const id = annotation?.id ?? chosenId([], spec.annotation);
      const articleId = annotation?.articleId ?? 0;
      // An edit the inspector could send for this kind of annotation, or rarely one it could not.
      const kind = model.labels.get(annotation?.labelId ?? 0)?.kind;
      const fits = (wanted: string) => spec.mismatched || kind === wanted;
      const labelKind = spec.label?.anyKind === true ? 'relation' : (kind ?? 'entity');
      const edit: AnnotationEdit = {
        ...(spec.label === undefined ? {} : { labelId: chosenId(model.labelsOf(labelKind), spec.label.which) }),
        ...(spec.entity === undefined || !fits('entity')
          ? {}
          : { entityId: spec.entity === null ? null : chosenId(entitiesOf(model), spec.entity) }),
        ...(spec.claim === undefined || !fits('claim')
          ? {}
          : { claim: spec.claim === null ? null : claimIn(model, articleId, spec.claim) }),
        ...(spec.note === undefined ? {} : { note: spec.note }),
      };
      world.recorded(
        `updateAnnotation ${id} ${JSON.stringify(edit)}`,
        (store) => store.updateAnnotation(id, edit),
        updateAnnotation(model, id, edit),
      );
    }),
  );

export const deleteAnnotationsCommand: fc.Arbitrary<ModelCommand> = picks(3).map((which) =>
  command(`deleteAnnotations ${JSON.stringify(which)}`, (world) => {
    const ids = which.map((one) => chosenId(annotationsOf(world.model), one));
    world.recorded(
      `deleteAnnotations ${JSON.stringify(ids)}`,
      (store) => store.deleteAnnotations(ids),
      deleteAnnotations(world.model, ids),
    );
  }),
);

/** Re-attaches an annotation, mostly an orphan where there is one, to a new selection. */
export const reattachAnnotationCommand: fc.Arbitrary<ModelCommand> = fc
  .record({ annotation: pick, fragments: fragmentSpecs, orphan: fc.boolean() })
  .map((spec) =>
    command(`reattachAnnotation ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const all = annotationsOf(model);
      const orphans = all.filter((annotation) => annotation.orphaned);
      const annotation = chosen(spec.orphan && orphans.length > 0 ? orphans : all, spec.annotation);
      const id = annotation?.id ?? chosenId([], spec.annotation);
      const fragments = fragmentsIn(model.article(annotation?.articleId ?? 0)?.text ?? '', spec.fragments);
      world.recorded(
        `reattachAnnotation ${id} ${JSON.stringify(fragments)}`,
        (store) => store.reattachAnnotation(id, fragments),
        reattachAnnotation(model, id, fragments),
      );
    }),
  );
