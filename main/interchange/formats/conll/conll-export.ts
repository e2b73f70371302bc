import type { Annotation } from '../../../../shared/model/annotation';
import type { TextRange } from '../../../../shared/text/offsets';
import type { ExportFormat, ExportProgress } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { describeAnnotation, shortQuote } from '../common/describe';
import { ExportIndex } from '../common/export-index';
import { placeableAnnotations } from '../common/placeable';
import { segmentSentences } from '../common/sentences';
import { selectLongestSpans } from './longest-spans';
import { EXPORT_CATALOG } from '../../export-catalog';

/**
 * CoNLL-2003 named-entity format, as NER toolkits (spaCy `convert`, Flair, Hugging Face) read it:
 * per article a `-DOCSTART- -X- -X- O` line and a blank line, then one token per line as
 * `token POS chunk tag`, a blank line after each sentence. The workbench has no part-of-speech or
 * chunk tags, so both columns hold `-X-`, the placeholder the original data uses on its DOCSTART
 * lines. Tags are BIO (`B-Person`, `I-Person`, `O`) named after the entity type, with spaces in
 * the name replaced by `_`.
 *
 * Sentences and tokens come from the Unicode segmentation rules of the article's language;
 * punctuation is a token of its own, and a token is split where an entity starts or ends inside it.
 * A sentence break inside an entity is not made, so no entity is cut in two.
 *
 * What CoNLL cannot carry is listed in the export report:
 * - overlapping or nested entities: a token has one tag, so the longest span is kept (all its
 *   pieces together, in characters; if equally long, the one starting first, then the older one)
 *   and each span overlapping it is left out;
 * - discontinuous entities: each piece is tagged as an entity of its own (B at each piece);
 * - claims: CoNLL carries entity tags only;
 * - orphaned annotations, which have no position.
 */
export const conllFormat: ExportFormat = {
  ...EXPORT_CATALOG.conll,
  export(set: ExportSet, progress: ExportProgress) {
    const dropped: string[] = [];
    return { kind: 'file', content: conllDocuments(set, progress, dropped), dropped };
  },
};

/** One chunk per article, made as the file is written: a large project's blocks together are longer than a string can be. */
function* conllDocuments(set: ExportSet, progress: ExportProgress, dropped: string[]): Generator<string> {
  const index = new ExportIndex(set);
  let claims = 0;
  let done = 0;
  for (const exported of set.articles) {
    const placeable = placeableAnnotations(exported, index, dropped);
    const entities = placeable.filter((annotation) => !index.isClaim(annotation));
    claims += placeable.length - entities.length;
    yield conllDocument(exported, entities, index, dropped);
    progress.articleDone(++done, set.articles.length);
  }
  if (claims > 0) {
    dropped.push(`${claims} ${claims === 1 ? 'claim' : 'claims'} not exported: CoNLL carries entity tags only.`);
  }
}

const DOCSTART = '-DOCSTART- -X- -X- O\n\n';
const PLACEHOLDER = '-X-';

function conllDocument(
  exported: ExportedArticle,
  entities: readonly Annotation[],
  index: ExportIndex,
  dropped: string[],
): string {
  const { article } = exported;
  const { kept, overlapping } = selectLongestSpans(article.text, entities);
  for (const { annotation, keptInstead } of overlapping) {
    const longer = `“${shortQuote(keptInstead.quote.exact)}” (${index.label(keptInstead.labelId).name})`;
    dropped.push(
      `${describeAnnotation(index, article, annotation)}: not exported, it overlaps ${longer}, which is kept as the longer span; CoNLL gives each token one tag.`,
    );
  }
  const fragments = kept.flatMap((annotation) => annotation.fragments);
  const sentences = segmentSentences(article.text, article.metadata.language, {
    splitAt: fragments.flatMap((fragment) => [fragment.start, fragment.end]),
    keepTogether: fragments,
  });
  const tokens = sentences.flatMap((sentence) => sentence.tokens);
  const tags = new Map<TextRange, string>();
  for (const annotation of kept) {
    const tag = index.label(annotation.labelId).name.replace(/\s+/gu, '_');
    let tagged = 0;
    for (const fragment of annotation.fragments) {
      const inside = tokensWithin(tokens, fragment);
      inside.forEach((token, position) => tags.set(token, `${position === 0 ? 'B' : 'I'}-${tag}`));
      tagged += inside.length;
    }
    if (tagged === 0) {
      dropped.push(`${describeAnnotation(index, article, annotation)}: not exported, it covers no word or sign.`);
    } else if (annotation.fragments.length > 1) {
      dropped.push(
        `${describeAnnotation(index, article, annotation)}: discontinuous, exported as ${annotation.fragments.length} separate entities (CoNLL entities are contiguous).`,
      );
    }
  }
  const body = sentences.map(
    (sentence) =>
      sentence.tokens
        .map(
          (token) =>
            `${article.text.slice(token.start, token.end)} ${PLACEHOLDER} ${PLACEHOLDER} ${tags.get(token) ?? 'O'}\n`,
        )
        .join('') + '\n',
  );
  return DOCSTART + body.join('');
}

/** Tokens inside `range`; tokens are split at every kept span edge, so none straddles one. */
function tokensWithin(tokens: readonly TextRange[], range: TextRange): TextRange[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? 0) < range.start) low = middle + 1;
    else high = middle;
  }
  const inside: TextRange[] = [];
  for (let i = low; i < tokens.length && (tokens[i]?.end ?? Infinity) <= range.end; i++) {
    const token = tokens[i];
    if (token !== undefined) inside.push(token);
  }
  return inside;
}
