import type { Annotation } from '../../../../shared/model/annotation';
import { OffsetConverter } from '../../../../shared/text/offset-conversion';
import { uriOf } from '../../entity-reference';
import type { ExportFormat } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { ExportIndex } from '../common/export-index';
import { w3cAuthorship } from './w3c-creator';
import { jsonChunks, streamedArray } from '../common/json-stream';
import { placeableAnnotations, relationsWithin } from '../common/placeable';
import {
  ANNO_CONTEXT,
  ATTRIBUTE_SEPARATOR,
  PURPOSE,
  RELATION_MOTIVATION,
  SOURCES_KEY,
  SOURCE_TEXT_KEY,
  SOURCE_URL_KEY,
  WORKBENCH_NAMESPACE,
  textSourceIri,
} from './w3c-vocabulary';
import { EXPORT_CATALOG } from '../../export-catalog';

/** Context kept either side of a quote, in code points, as TextQuoteSelector prefix and suffix. */
const QUOTE_CONTEXT = 32;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const textualBody = (purpose: string, value: string): Json => ({ type: 'TextualBody', purpose, value });

function selectorsFor(text: string, codePoints: OffsetConverter, start: number, end: number): Json[] {
  const from = codePoints.utf16ToCodePoint(start);
  const to = codePoints.utf16ToCodePoint(end);
  const prefixStart = codePoints.codePointToUtf16(Math.max(0, from - QUOTE_CONTEXT));
  const suffixEnd = codePoints.codePointToUtf16(Math.min(codePoints.codePointLength, to + QUOTE_CONTEXT));
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start: from, end: to },
  ];
}

class ArticleAnnotations {
  readonly source: string;
  private readonly codePoints: OffsetConverter;

  constructor(
    private readonly exported: ExportedArticle,
    private readonly index: ExportIndex,
    source: string,
    private readonly annotators: ExportSet['annotators'],
  ) {
    this.source = source;
    this.codePoints = new OffsetConverter(exported.article.text);
  }

  annotationIri(position: number): string {
    return `${this.source}#annotation-${position + 1}`;
  }

  annotation(annotation: Annotation, position: number): Json {
    const label = this.index.label(annotation.labelId);
    const entity = this.index.entity(annotation.entityId);
    const body: Json[] = [textualBody(PURPOSE.label, label.name)];
    if (entity !== undefined) {
      body.push(textualBody(PURPOSE.entity, entity.name));
      for (const externalId of entity.externalIds) {
        const uri = uriOf(externalId);
        if (uri !== null) body.push({ type: 'SpecificResource', purpose: PURPOSE.entity, source: uri });
      }
    }
    if (annotation.claim !== undefined) {
      for (const { attribute, value } of this.index.claimAttributes(annotation.claim)) {
        body.push(textualBody(PURPOSE.attribute, `${attribute.name}${ATTRIBUTE_SEPARATOR}${value.name}`));
      }
    }
    if (annotation.note !== undefined) body.push(textualBody(PURPOSE.note, annotation.note));
    const targets: Json[] = annotation.fragments.map(({ start, end }) => ({
      type: 'SpecificResource',
      source: this.source,
      selector: selectorsFor(this.exported.article.text, this.codePoints, start, end),
    }));
    return {
      '@context': ANNO_CONTEXT,
      id: this.annotationIri(position),
      type: 'Annotation',
      motivation: entity === undefined ? 'tagging' : 'identifying',
      ...w3cAuthorship(annotation, this.annotators),
      body,
      target: targets.length === 1 ? (targets[0] as Json) : targets,
    };
  }
}

/** The Web Annotations of one article: its spans, then its relations, then its notes. */
function articleItems(
  set: ExportSet,
  exported: ExportedArticle,
  index: ExportIndex,
  source: string,
  dropped: string[],
): Json[] {
  const items: Json[] = [];
  const writer = new ArticleAnnotations(exported, index, source, set.annotators);
  const annotations = placeableAnnotations(exported, index, dropped);
  const iris = new Map<number, string>();
  annotations.forEach((annotation, position) => {
    iris.set(annotation.id, writer.annotationIri(position));
    items.push(writer.annotation(annotation, position));
    if (
      annotation.claim !== undefined &&
      (annotation.claim.claimantEntityId ?? annotation.claim.claimantAnnotationId) !== undefined
    ) {
      dropped.push('Claimants and what claims are about (use a relation to carry them in W3C Web Annotation).');
    }
  });
  relationsWithin(exported, new Set(iris.keys()), index, dropped).forEach((relation, position) => {
    const notes = (set.relationNotes.get(relation.id) ?? []).map((note) => textualBody(PURPOSE.note, note.text));
    items.push({
      '@context': ANNO_CONTEXT,
      id: `${source}#relation-${position + 1}`,
      type: 'Annotation',
      motivation: RELATION_MOTIVATION,
      ...w3cAuthorship(relation, set.annotators),
      body: [textualBody(PURPOSE.label, index.label(relation.typeLabelId).name), ...notes],
      target: [iris.get(relation.sourceAnnotationId) as string, iris.get(relation.targetAnnotationId) as string],
    });
  });
  exported.notes.forEach((note, position) => {
    items.push({
      '@context': ANNO_CONTEXT,
      id: `${source}#note-${position + 1}`,
      type: 'Annotation',
      motivation: 'commenting',
      ...w3cAuthorship(note, set.annotators),
      body: textualBody(PURPOSE.note, note.text),
      target: source,
    });
  });
  if (exported.documentLabelIds.length > 0) dropped.push('Document labels (not part of this export).');
  return items;
}

/** How many Web Annotations `articleItems` makes for an article, without making them. */
function itemCount(exported: ExportedArticle, index: ExportIndex): number {
  const ignored: string[] = [];
  const placed = new Set(placeableAnnotations(exported, index, ignored).map((annotation) => annotation.id));
  return placed.size + relationsWithin(exported, placed, index, ignored).length + exported.notes.length;
}

/**
 * One JSON-LD AnnotationCollection: spans, entity links, claim attributes and notes as bodies,
 * relations as links. It is written in pieces (a large project's is longer than a string can be):
 * the annotated texts article by article, then the annotations article by article. `dropped` is
 * complete once the pieces have all been made.
 */
function* collectionChunks(set: ExportSet, dropped: string[], onArticle: (done: number) => void): Generator<string> {
  const index = new ExportIndex(set);
  // A first pass for what the header needs: each article's address and the number of annotations.
  const usedSources = new Set<string>();
  const sourceIris: string[] = [];
  let total = 0;
  for (const exported of set.articles) {
    const { text } = exported.article;
    let source = textSourceIri(text);
    // Two articles with the same text (an HTML page and its text version) still need two addresses.
    if (usedSources.has(source)) source = textSourceIri(`${sourceIris.length}\n${text}`);
    usedSources.add(source);
    sourceIris.push(source);
    total += itemCount(exported, index);
  }
  function* sources(): Generator<Json> {
    let articleIndex = 0;
    for (const { article } of set.articles) {
      yield {
        id: sourceIris[articleIndex++] as string,
        type: 'Text',
        format: 'text/plain',
        ...(article.metadata.language === null ? {} : { language: article.metadata.language }),
        title: article.title,
        ...(article.metadata.url === null ? {} : { [SOURCE_URL_KEY]: article.metadata.url }),
        [SOURCE_TEXT_KEY]: article.text,
      };
    }
  }
  function* items(): Generator<Json> {
    let done = 0;
    for (const exported of set.articles) {
      yield* articleItems(set, exported, index, sourceIris[done] as string, dropped);
      onArticle(++done);
    }
    const unique = [...new Set(dropped)];
    dropped.splice(0, dropped.length, ...unique);
  }
  yield* jsonChunks(
    {
      '@context': [ANNO_CONTEXT, { awb: WORKBENCH_NAMESPACE }],
      type: 'AnnotationCollection',
      label: `Annotations from ${set.projectName}`,
      total,
      [SOURCES_KEY]: streamedArray(sources()),
      first: { type: 'AnnotationPage', startIndex: 0, items: streamedArray(items()) },
    },
    ' ',
  );
  yield '\n';
}

/**
 * W3C Web Annotation (JSON-LD): each span an Annotation whose targets select its text by quote and
 * by position in Unicode code points. The annotated texts travel with the collection, so it can be
 * imported again on another machine.
 */
export const w3cFormat: ExportFormat = {
  ...EXPORT_CATALOG.w3c,
  export(set, progress) {
    const dropped: string[] = [];
    const content = collectionChunks(set, dropped, (done) => progress.articleDone(done, set.articles.length));
    return { kind: 'file', content, dropped };
  },
};
