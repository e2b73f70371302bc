import type { LabelId } from '../model/annotation';
import { undefinedScore, type AgreementScore } from './agreement-score';
import type { AnnotatedArticle, AnnotatedSpan } from './annotated-span';
import { cohensKappa } from './cohens-kappa';
import { codingTable, oneVsRest, type CodingTable } from './coding-table';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffsAlpha } from './krippendorffs-alpha';
import { labelTokens, NO_LABEL, type TokenCategory, type TokenLabel } from './token-labels';
import { wordTokens } from './word-tokens';

export interface TokenCoefficients {
  /** Exactly two annotators only. */
  readonly cohensKappa: AgreementScore;
  /** Two or more annotators (with two it is Scott's π). */
  readonly fleissKappa: AgreementScore;
  readonly krippendorffsAlpha: AgreementScore;
}

export interface TokenAgreement {
  /** Tokens of all compared articles: the items of the coefficients. */
  readonly tokens: number;
  readonly annotators: number;
  /** Over each token's one category (see TokenLabel.category), NO_LABEL included. */
  readonly overall: TokenCoefficients;
  /** Per label, one-vs-rest: "a span of this label covers the token" or not. */
  readonly perLabel: ReadonlyMap<LabelId, TokenCoefficients>;
  /** Each token's category per annotator, for labelConfusionMatrix of any two annotators. */
  readonly categories: CodingTable<TokenCategory>;
}

/**
 * Token-level agreement over articles: every word token (see wordTokens) is an item, each
 * annotator's label of it (see labelTokens) the value, and an annotator without a layer for an
 * article has missing values for its tokens — which κ skips pairwise, Fleiss' κ and α handle as
 * described there. `labels`, when given, are the labels compared (spans of others are ignored) and
 * each is reported; otherwise every label used is.
 */
export function tokenAgreement(articles: readonly AnnotatedArticle[], labels?: readonly LabelId[]): TokenAgreement {
  const annotators = articles.reduce((most, article) => Math.max(most, article.layers.length), 0);
  const wanted = labels === undefined ? undefined : new Set(labels);
  const compared = (span: AnnotatedSpan) => wanted?.has(span.label) ?? true;
  const used = new Set<LabelId>();
  for (const article of articles) {
    for (const layer of article.layers) for (const span of layer?.filter(compared) ?? []) used.add(span.label);
  }
  // Each distinct TokenLabel is encoded as a string, so the table merges identical tokens into one
  // row and stays small however long the corpus is.
  const decoded = new Map<string, TokenLabel>();
  const codes = codingTable(tokenCodes(articles, annotators, compared, decoded));
  const decode = (code: string): TokenLabel => decoded.get(code) ?? { covering: [], category: NO_LABEL };
  const categories = categoriesOf(codes, decode);
  return {
    tokens: codes.reduce((sum, row) => sum + row.items, 0),
    annotators,
    overall: coefficients(categories, annotators),
    perLabel: new Map(
      (labels ?? [...used].sort((a, b) => a - b)).map((label) => [
        label,
        used.has(label)
          ? coefficients(
              oneVsRest(codes, (code) => decode(code).covering.includes(label)),
              annotators,
            )
          : unusedLabel,
      ]),
    ),
    categories,
  };
}

/** One item per token of every article: each annotator's encoded TokenLabel, or undefined. */
function* tokenCodes(
  articles: readonly AnnotatedArticle[],
  annotators: number,
  compared: (span: AnnotatedSpan) => boolean,
  decoded: Map<string, TokenLabel>,
): Generator<(string | undefined)[]> {
  for (const article of articles) {
    const tokens = wordTokens(article.text, article.language);
    const columns = Array.from({ length: annotators }, (_, annotator) => {
      const spans = article.layers[annotator]?.filter(compared);
      return spans && labelTokens(tokens, spans).map((label) => encode(label, decoded));
    });
    for (let t = 0; t < tokens.length; t++) yield columns.map((column) => column?.[t]);
  }
}

function encode(label: TokenLabel, decoded: Map<string, TokenLabel>): string {
  // Most tokens are outside every span; they need no string built.
  if (label.covering.length === 0) return NO_LABEL;
  const code = `${label.category}:${label.covering.join(',')}`;
  if (!decoded.has(code)) decoded.set(code, label);
  return code;
}

function categoriesOf(codes: CodingTable<string>, decode: (code: string) => TokenLabel): CodingTable<TokenCategory> {
  return codes.map(({ values, items }) => ({
    values: values.map((code) => (code === undefined ? undefined : decode(code).category)),
    items,
  }));
}

const unusedLabel: TokenCoefficients = {
  cohensKappa: undefinedScore('no-spans'),
  fleissKappa: undefinedScore('no-spans'),
  krippendorffsAlpha: undefinedScore('no-spans'),
};

function coefficients<C>(table: CodingTable<C>, annotators: number): TokenCoefficients {
  if (annotators < 2) {
    const none = undefinedScore('fewer-than-two-annotators');
    return { cohensKappa: none, fleissKappa: none, krippendorffsAlpha: none };
  }
  return {
    cohensKappa: annotators === 2 ? cohensKappa(table) : undefinedScore('not-two-annotators'),
    fleissKappa: fleissKappa(table),
    krippendorffsAlpha: krippendorffsAlpha(table),
  };
}
