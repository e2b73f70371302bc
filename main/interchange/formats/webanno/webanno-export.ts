import type { Annotation, Relation, TextFragment } from '../../../../shared/model/annotation';
import type { TextRange } from '../../../../shared/text/offsets';
import type { ExportFile, ExportFormat, ExportProgress } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { describeAnnotation, piecesNote } from '../common/describe';
import { ExportIndex } from '../common/export-index';
import { fileNamer } from '../common/file-names';
import { placeableAnnotations, relationsWithin } from '../common/placeable';
import { segmentSentences } from '../common/sentences';
import { escapeText, escapeValue } from './webanno-escaping';
import { spanFeatures, webannoHeader, type SpanFeature } from './webanno-layers';
import { EXPORT_CATALOG } from '../../export-catalog';

interface Row {
  readonly id: string;
  readonly range: TextRange;
  readonly pieces: Piece[];
  readonly relations: { readonly label: string; readonly note: string | null; readonly source: string }[];
}

interface Piece {
  readonly annotation: Annotation;
  readonly fragment: TextFragment;
  readonly rows: readonly Row[];
  /** WebAnno's disambiguation id, for pieces over several tokens or stacked with another. */
  id: number | null;
}

/**
 * WebAnno TSV 3.3 as INCEpTION imports it, one `<title>.tsv` per article (INCEpTION imports one
 * document per file). A header declares the span layer (label, entity, claim attributes, claimant,
 * subjects, date, note) and the relation layer (label, note); the body has a `#Text=` line per
 * sentence and a row per token: `sentence-token`, `begin-end` in UTF-16 code units (as Java
 * counts, the internal unit), the token, then the columns. Stacked and multi-token spans carry
 * `[n]` disambiguation ids; a relation stands on the first token of its target and names the first
 * token of its source (`3-1[2_5]`). Values and text are escaped as the format prescribes.
 *
 * Sentences and tokens follow the Unicode rules of the article's language, tokens split where a
 * span starts or ends inside a word. TSV spans cover whole tokens, so a span starting or ending in
 * whitespace loses that whitespace; a discontinuous annotation becomes one span per piece
 * (relations attach to the first). Text between sentences is not written: INCEpTION rebuilds it
 * from the offsets, with spaces in place of line breaks.
 */
export const webannoFormat: ExportFormat = {
  ...EXPORT_CATALOG.webanno,
  export(set: ExportSet, progress: ExportProgress) {
    const dropped: string[] = [];
    return { kind: 'folder', files: webannoFiles(set, progress, dropped), dropped };
  },
};

/** A file per article, made as the folder is written. */
function* webannoFiles(set: ExportSet, progress: ExportProgress, dropped: string[]): Generator<ExportFile> {
  const index = new ExportIndex(set);
  const features = spanFeatures(index);
  const fileName = fileNamer('tsv');
  let done = 0;
  let withDocumentData = 0;
  for (const exported of set.articles) {
    if (exported.notes.length > 0 || exported.documentLabelIds.length > 0) withDocumentData++;
    yield {
      path: fileName(exported.article.title),
      content: webannoDocument(exported, set, index, features, dropped),
    };
    progress.articleDone(++done, set.articles.length);
  }
  if (withDocumentData > 0) {
    dropped.push(
      `WebAnno TSV has no place for article notes and document labels: those of ${withDocumentData} ${withDocumentData === 1 ? 'article are' : 'articles are'} not exported.`,
    );
  }
}

function webannoDocument(
  exported: ExportedArticle,
  set: ExportSet,
  index: ExportIndex,
  features: readonly SpanFeature[],
  dropped: string[],
): string {
  const { article } = exported;
  const text = article.text;
  const placeable = placeableAnnotations(exported, index, dropped);
  const fragments = placeable.flatMap((annotation) =>
    annotation.fragments.map((fragment) => ({ annotation, fragment })),
  );
  const sentences = segmentSentences(text, article.metadata.language, {
    splitAt: fragments.flatMap(({ fragment }) => [fragment.start, fragment.end]),
  }).map((sentence, s) => ({
    ...sentence,
    rows: sentence.tokens.map((range, t): Row => ({ id: `${s + 1}-${t + 1}`, range, pieces: [], relations: [] })),
  }));
  const rows = sentences.flatMap((sentence) => sentence.rows);

  const pieces = placePieces(fragments, rows);
  const firstPieceOf = new Map<number, Piece>();
  for (const piece of pieces) {
    if (piece.rows.length === 0) {
      dropped.push(`${describeAnnotation(index, article, piece.annotation)}: not exported, it covers no word or sign.`);
      continue;
    }
    if (!firstPieceOf.has(piece.annotation.id)) firstPieceOf.set(piece.annotation.id, piece);
    const first = piece.rows[0]?.range;
    const last = piece.rows[piece.rows.length - 1]?.range;
    if (first?.start !== piece.fragment.start || last?.end !== piece.fragment.end) {
      dropped.push(
        `${describeAnnotation(index, article, piece.annotation)}: exported without the space at its edge (TSV spans start and end on words).`,
      );
    }
  }
  for (const annotation of placeable) {
    if (annotation.fragments.length > 1 && firstPieceOf.has(annotation.id)) {
      dropped.push(piecesNote(index, article, annotation, 'TSV'));
    }
  }

  for (const relation of relationsWithin(exported, new Set(firstPieceOf.keys()), index, dropped)) {
    addRelation(relation, firstPieceOf, set, index);
  }

  const body = sentences.map((sentence) => {
    const lines = text
      .slice(sentence.start, sentence.end)
      .split('\n')
      .map((line) => `#Text=${escapeText(line)}\n`);
    return `\n${lines.join('')}${sentence.rows.map((row) => rowLine(row, text, features)).join('')}`;
  });
  return webannoHeader(features) + body.join('');
}

/** Puts each piece on the rows of the tokens it covers and gives ambiguous pieces their ids. */
function placePieces(fragments: readonly { annotation: Annotation; fragment: TextFragment }[], rows: readonly Row[]) {
  const pieces: Piece[] = fragments
    .map(({ annotation, fragment }) => ({ annotation, fragment, rows: rowsWithin(rows, fragment), id: null }))
    .sort(
      (a, b) =>
        a.fragment.start - b.fragment.start || b.fragment.end - a.fragment.end || a.annotation.id - b.annotation.id,
    );
  for (const piece of pieces) for (const row of piece.rows) row.pieces.push(piece);
  let nextId = 1;
  for (const piece of pieces) {
    if (piece.rows.length > 1 || piece.rows.some((row) => row.pieces.length > 1)) piece.id = nextId++;
  }
  return pieces;
}

/** Rows of the tokens inside `range`; tokens are split at every span edge, so none straddles one. */
function rowsWithin(rows: readonly Row[], range: TextRange): Row[] {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((rows[middle]?.range.start ?? 0) < range.start) low = middle + 1;
    else high = middle;
  }
  const inside: Row[] = [];
  for (let i = low; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined || row.range.end > range.end) break;
    inside.push(row);
  }
  return inside;
}

function addRelation(relation: Relation, firstPieceOf: ReadonlyMap<number, Piece>, set: ExportSet, index: ExportIndex) {
  const source = firstPieceOf.get(relation.sourceAnnotationId);
  const target = firstPieceOf.get(relation.targetAnnotationId);
  const sourceRow = source?.rows[0];
  const targetRow = target?.rows[0];
  if (source === undefined || target === undefined || sourceRow === undefined || targetRow === undefined) return;
  const ambiguous = source.id !== null || target.id !== null;
  const notes = set.relationNotes.get(relation.id)?.map((note) => note.text) ?? [];
  targetRow.relations.push({
    label: index.label(relation.typeLabelId).name,
    note: notes.length === 0 ? null : notes.join('\n'),
    source: ambiguous ? `${sourceRow.id}[${source.id ?? 0}_${target.id ?? 0}]` : sourceRow.id,
  });
}

function rowLine(row: Row, text: string, features: readonly SpanFeature[]): string {
  const spanColumns = features.map((feature) => {
    if (row.pieces.length === 0) return '_';
    return row.pieces
      .map((piece) => {
        const value = feature.value(piece.annotation);
        return `${value === null ? '*' : escapeValue(value)}${piece.id === null ? '' : `[${piece.id}]`}`;
      })
      .join('|');
  });
  const relationColumn = (value: (relation: Row['relations'][number]) => string) =>
    row.relations.length === 0 ? '_' : row.relations.map(value).join('|');
  const columns = [
    row.id,
    `${row.range.start}-${row.range.end}`,
    text.slice(row.range.start, row.range.end),
    ...spanColumns,
    relationColumn((relation) => escapeValue(relation.label)),
    relationColumn((relation) => (relation.note === null ? '*' : escapeValue(relation.note))),
    relationColumn((relation) => relation.source),
  ];
  return `${columns.join('\t')}\t\n`;
}
