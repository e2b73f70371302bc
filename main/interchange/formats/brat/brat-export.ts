import type { Annotation, Label } from '../../../../shared/model/annotation';
import { OffsetConverter } from '../../../../shared/text/offset-conversion';
import { WORKBENCH_REFERENCE, referenceOf } from '../../entity-reference';
import type { ExportFile, ExportFormat, ExportProgress } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { articleFileStem } from '../../file-stems';
import { ExportIndex } from '../common/export-index';
import { placeableAnnotations, relationsWithin } from '../common/placeable';
import { EXPORT_CATALOG } from '../../export-catalog';

/** brat types and attribute values are single tokens: spaces and brat's own syntax characters become "_". */
function bratName(name: string): string {
  return name.trim().replace(/[\s:;,|=<>!{}()[\]#*/\\"']+/gu, '_');
}

/** An .ann field is one line: line breaks and tabs inside a covered text or note become spaces. */
const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

function annotationConf(index: ExportIndex): string {
  const attributes = index.labelsOfKind('claim-attribute').map((attribute) => {
    const values = index.valuesOf(attribute).map((value) => bratName(value.name));
    return `${bratName(attribute.name)}\tArg:${bratName(index.labelsOfKind('claim')[0]?.name ?? 'Claim')}, Value:${values.join('|')}`;
  });
  return [
    '# Written by Annotation Workbench: the project’s annotation schema for brat.',
    '[entities]',
    ...[...index.labelsOfKind('entity'), ...index.labelsOfKind('claim')].map((label) => bratName(label.name)),
    '',
    '[relations]',
    ...index.labelsOfKind('relation').map((label) => `${bratName(label.name)}\tArg1:<ENTITY>, Arg2:<ENTITY>`),
    '',
    '[events]',
    '',
    '[attributes]',
    ...attributes,
    '',
  ].join('\n');
}

function annFile(
  set: ExportSet,
  exported: ExportedArticle,
  index: ExportIndex,
  entityNumber: ReadonlyMap<number, number>,
  dropped: string[],
): string {
  const { article } = exported;
  const units = new OffsetConverter(article.text);
  const lines: string[] = [];
  const annotations = placeableAnnotations(exported, index, dropped);
  const textBound = new Map<number, string>();
  let attributes = 0;
  let normalisations = 0;
  let notes = 0;
  const note = (target: string, text: string) => lines.push(`#${++notes}\tAnnotatorNotes ${target}\t${oneLine(text)}`);

  annotations.forEach((annotation: Annotation, i) => {
    const id = `T${i + 1}`;
    textBound.set(annotation.id, id);
    const label: Label = index.label(annotation.labelId);
    const offsets = annotation.fragments
      .map(({ start, end }) => `${units.utf16ToCodePoint(start)} ${units.utf16ToCodePoint(end)}`)
      .join(';');
    const covered = annotation.fragments.map(({ start, end }) => article.text.slice(start, end)).join(' ');
    lines.push(`${id}\t${bratName(label.name)} ${offsets}\t${oneLine(covered)}`);
    const entity = index.entity(annotation.entityId);
    if (entity !== undefined) {
      const references =
        entity.externalIds.length === 0
          ? [`${WORKBENCH_REFERENCE}:${entityNumber.get(entity.id) ?? 0}`]
          : entity.externalIds.map((externalId) => {
              const { resource, id: value } = referenceOf(externalId);
              return `${bratName(resource)}:${value.replace(/\s+/g, '_')}`;
            });
      for (const reference of references) {
        lines.push(`N${++normalisations}\tReference ${id} ${reference}\t${oneLine(entity.name)}`);
      }
    }
    if (annotation.claim !== undefined) {
      for (const { attribute, value } of index.claimAttributes(annotation.claim)) {
        lines.push(`A${++attributes}\t${bratName(attribute.name)} ${id} ${bratName(value.name)}`);
      }
      if (
        annotation.claim.claimantEntityId !== undefined ||
        annotation.claim.claimantAnnotationId !== undefined ||
        annotation.claim.aboutEntityIds.length > 0
      ) {
        dropped.push('Claimants and what claims are about (brat has no place for them; use a relation to show them).');
      }
    }
    if (annotation.note !== undefined) note(id, annotation.note);
  });

  const exportedIds = new Set(textBound.keys());
  relationsWithin(exported, exportedIds, index, dropped).forEach((relation, i) => {
    const id = `R${i + 1}`;
    const source = textBound.get(relation.sourceAnnotationId) as string;
    const target = textBound.get(relation.targetAnnotationId) as string;
    lines.push(`${id}\t${bratName(index.label(relation.typeLabelId).name)} Arg1:${source} Arg2:${target}\t`);
    for (const relationNote of set.relationNotes.get(relation.id) ?? []) note(id, relationNote.text);
  });
  if (exported.notes.length > 0) dropped.push('Notes on whole articles (brat notes are on annotations).');
  if (exported.documentLabelIds.length > 0) dropped.push('Document labels (brat has none).');
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * brat standoff: a folder with each article's text (`.txt`, exactly the stored text) and its
 * annotations (`.ann`, offsets in code points), plus the schema as `annotation.conf`.
 */
export const bratFormat: ExportFormat = {
  ...EXPORT_CATALOG.brat,
  export(set, progress) {
    const dropped: string[] = [];
    return { kind: 'folder', files: bratFiles(set, progress, dropped), dropped };
  },
};

/** The schema, then each article's two files, made as the folder is written; `dropped` is summed up at the end. */
function* bratFiles(set: ExportSet, progress: ExportProgress, dropped: string[]): Generator<ExportFile> {
  const index = new ExportIndex(set);
  const entityNumber = new Map(set.entities.map((entity, i) => [entity.id, i + 1]));
  yield { path: 'annotation.conf', content: annotationConf(index) };
  let done = 0;
  for (const exported of set.articles) {
    const stem = articleFileStem(exported.article.title, done, set.articles.length);
    yield { path: `${stem}.txt`, content: exported.article.text };
    yield { path: `${stem}.ann`, content: annFile(set, exported, index, entityNumber, dropped) };
    progress.articleDone(++done, set.articles.length);
  }
  dropped.splice(0, dropped.length, ...countRepeats(dropped));
}

/** "Document labels (brat has none). (3 articles)": one line per kind of loss, however often it happened. */
function countRepeats(messages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, count]) => (count === 1 ? message : `${message} (${count} times)`));
}
