import { WorkbenchError } from '../../../../shared/ipc/errors';
import type { Annotation } from '../../../../shared/model/annotation';
import { OffsetConverter } from '../../../../shared/text/offset-conversion';
import type { ExportFormat, ExportProgress } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { ExportIndex } from '../common/export-index';
import { jsonLinesPerArticle } from '../common/json-lines';
import { articleFields } from '../common/article-fields';
import { relationsBetweenSpans, spansByPiece } from '../common/piece-spans';
import { placeableAnnotations } from '../common/placeable';
import { spacyTokens } from './spacy-tokens';
import { EXPORT_CATALOG } from '../../export-catalog';

export interface SpacySpan {
  readonly start: number;
  readonly end: number;
  readonly token_start: number;
  /** The span's last token (inclusive), as Prodigy counts. */
  readonly token_end: number;
  readonly label: string;
}

export interface SpacyRecord {
  readonly text: string;
  readonly tokens: readonly { text: string; start: number; end: number; id: number; ws: boolean }[];
  readonly spans: readonly SpacySpan[];
  readonly relations: readonly {
    head: number;
    child: number;
    head_span: SpacySpan;
    child_span: SpacySpan;
    label: string;
  }[];
  readonly meta: Readonly<Record<string, string | number>>;
  readonly answer: 'accept';
}

/**
 * spaCy / Prodigy JSONL, one annotated example per line and article as Prodigy's manual recipes
 * save them: `text`, `tokens` (`text`, `start`, `end`, `id`, `ws`), `spans` (`start`, `end`,
 * `token_start`, `token_end` inclusive, `label`), `relations` as `rel.manual` writes them (`head`
 * and `child` are the last tokens of `head_span` and `child_span`), `meta` (shown by Prodigy) and
 * `answer: "accept"`. Character offsets count Unicode code points, as Python does.
 *
 * Tokens rebuild the text exactly; they follow the Unicode word rules of the article's language and
 * are split where a span starts or ends inside a word, so every span lines up with tokens (spaCy's
 * `Doc.char_span` needs that). Entities and claims are both spans, overlaps included (spaCy's
 * `doc.spans` and Prodigy's span categorisation accept them; for `doc.ents` use
 * `spacy.util.filter_spans`). A discontinuous annotation is one span per piece.
 */
export const spacyFormat: ExportFormat = {
  ...EXPORT_CATALOG.spacy,
  export(set: ExportSet, progress: ExportProgress) {
    const index = new ExportIndex(set);
    const dropped: string[] = [];
    let details = 0;
    const content = jsonLinesPerArticle(
      set,
      progress,
      (exported) => {
        const placeable = placeableAnnotations(exported, index, dropped);
        details += placeable.filter(
          (a) => a.entityId !== undefined || a.claim !== undefined || a.note !== undefined,
        ).length;
        return spacyRecord(exported, placeable, index, dropped);
      },
      () => {
        if (details > 0) {
          dropped.push(
            `spaCy spans carry a label only: the entity links, claim details and notes of ${details} annotations are not exported.`,
          );
        }
      },
    );
    return { kind: 'file', content, dropped };
  },
};

function spacyRecord(
  exported: ExportedArticle,
  placeable: readonly Annotation[],
  index: ExportIndex,
  dropped: string[],
): SpacyRecord {
  const { article } = exported;
  const converter = new OffsetConverter(article.text);
  const tokens = spacyTokens(
    article.text,
    article.metadata.language,
    placeable.flatMap((annotation) => annotation.fragments),
  );
  const tokenStarting = new Map(tokens.map((token, i) => [token.start, i]));
  const tokenEnding = new Map(tokens.map((token, i) => [token.end, i]));
  const { spans, firstSpanOf } = spansByPiece(
    exported,
    placeable,
    index,
    dropped,
    'spaCy',
    ({ annotation, fragment, start, end }): SpacySpan => {
      const tokenStart = tokenStarting.get(fragment.start);
      const tokenEnd = tokenEnding.get(fragment.end);
      if (tokenStart === undefined || tokenEnd === undefined) {
        throw new WorkbenchError('internal', `A span of “${article.title}” does not line up with its tokens.`);
      }
      return { start, end, token_start: tokenStart, token_end: tokenEnd, label: index.label(annotation.labelId).name };
    },
  );
  const relations = relationsBetweenSpans(exported, firstSpanOf, index, dropped).map(({ relation, from, to }) => {
    const label = index.label(relation.typeLabelId).name;
    return { head: from.token_end, child: to.token_end, head_span: from, child_span: to, label };
  });

  const meta: Record<string, string | number> = { id: article.id };
  for (const [key, value] of Object.entries(articleFields(article)) as [string, string | null][]) {
    if (value !== null) meta[key] = value;
  }
  return {
    text: article.text,
    tokens: tokens.map((token, id) => ({
      text: article.text.slice(token.start, token.end),
      start: converter.utf16ToCodePoint(token.start),
      end: converter.utf16ToCodePoint(token.end),
      id,
      ws: token.ws,
    })),
    spans,
    relations,
    meta,
    answer: 'accept',
  };
}
