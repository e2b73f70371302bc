import type { Annotation, Relation } from '../../../../shared/model/annotation';
import type { Article } from '../../../../shared/model/article';
import type { ExportIndex } from './export-index';

/** Long quotes are cut in report lines so one dropped claim does not fill the screen. */
const QUOTE_MAX_CODE_POINTS = 60;

export function shortQuote(text: string): string {
  const codePoints = [...text];
  return codePoints.length <= QUOTE_MAX_CODE_POINTS ? text : `${codePoints.slice(0, QUOTE_MAX_CODE_POINTS).join('')}…`;
}

/** How the export report names an annotation: “Xi Jinping” (Person) in “Xi trifft Schoigu”. */
export function describeAnnotation(index: ExportIndex, article: Article, annotation: Annotation): string {
  return `“${shortQuote(annotation.quote.exact)}” (${index.label(annotation.labelId).name}) in “${article.title}”`;
}

/** How the export report names a relation: “said_by” from “…” to “Xi” in “Xi trifft Schoigu”. */
export function describeRelation(index: ExportIndex, article: Article, relation: Relation): string {
  const end = (id: number) => {
    const annotation = index.annotation(id);
    return annotation === undefined
      ? 'an annotation of an article not exported'
      : `“${shortQuote(annotation.quote.exact)}”`;
  };
  const type = index.label(relation.typeLabelId).name;
  return `“${type}” from ${end(relation.sourceAnnotationId)} to ${end(relation.targetAnnotationId)} in “${article.title}”`;
}

/** The report line for a discontinuous annotation a format writes as one span per piece. */
export function piecesNote(index: ExportIndex, article: Article, annotation: Annotation, format: string): string {
  return `${describeAnnotation(index, article, annotation)}: discontinuous, exported as ${annotation.fragments.length} separate spans (${format} spans are contiguous).`;
}
