import type { DatabaseSync } from 'node:sqlite';
import type { AgreementScore } from '../../../shared/agreement/agreement-score';
import type { AnnotatedArticle } from '../../../shared/agreement/annotated-span';
import { labelConfusionMatrix } from '../../../shared/agreement/label-confusion-matrix';
import { spanDisagreements } from '../../../shared/agreement/span-disagreements';
import { spanPrecisionRecall, type PrecisionRecall } from '../../../shared/agreement/span-precision-recall';
import { tokenAgreement, type TokenCoefficients } from '../../../shared/agreement/token-agreement';
import { unitizedAgreement } from '../../../shared/agreement/unitized-agreement';
import {
  AGREEMENT_DISAGREEMENTS_MAX,
  type AgreementDisagreement,
  type AgreementQuery,
  type AgreementReport,
  type LabelAgreement,
  type Score,
} from '../../../shared/model/agreement';
import type { LabelId } from '../../../shared/model/annotation';
import type { ArticleId } from '../../../shared/model/article';
import type { LayerRef } from '../../../shared/model/layer';
import { layerArticleIds } from '../layers/layer-items';
import { readLayerSpans } from '../layers/layer-spans';
import { jsonIds } from '../store-input';

/**
 * Agreement of two or more layers (shared/agreement/ does the measuring): the query's articles, or
 * every article any chosen layer annotated, where an article a layer has not annotated is a missing
 * value for it rather than "marked nothing". The first layer is the reference of precision and
 * recall, and the first two make the confusion matrix and the list of disagreements.
 */
export function computeAgreement(db: DatabaseSync, query: AgreementQuery): AgreementReport {
  const articleIds = query.articleIds ?? unionOfArticles(db, query.layers);
  const layers = query.layers.map((ref) => readLayerSpans(db, ref, articleIds));
  const texts = articleTexts(db, articleIds);
  const articles = articleIds.flatMap((id): (AnnotatedArticle & { id: ArticleId })[] => {
    const text = texts.get(id);
    if (text === undefined) return [];
    const annotated = layers.map((spans) => spans.get(id));
    return [{ id, text: text.text, ...(text.language === null ? {} : { language: text.language }), layers: annotated }];
  });
  const labels = query.labelIds ?? labelsUsed(articles);
  const spans = query.layers.slice(1).map((compared, index) => ({
    compared,
    exact: spanPrecisionRecall(comparisons(articles, index + 1), 'exact', labels),
    overlap: spanPrecisionRecall(comparisons(articles, index + 1), 'overlap', labels),
  }));
  const tokens = tokenAgreement(articles, labels);
  const unitized = unitizedAgreement(articles, labels);
  const confusion = labelConfusionMatrix(tokens.categories, 0, 1);
  const disagreements = firstTwoDisagreements(articles);
  const scoresOf = (pick: (result: (typeof spans)[number]['exact']) => PrecisionRecall | undefined) =>
    spans.map(({ compared, exact, overlap }) => ({
      compared,
      exact: precisionRecall(pick(exact)),
      overlap: precisionRecall(pick(overlap)),
    }));
  return {
    query,
    articles: articles.length,
    unitizedSkippedArticles: unitized.skippedArticles,
    tokens: tokens.tokens,
    overall: {
      spans: scoresOf((result) => result.micro),
      coefficients: coefficients(tokens.overall, unitized.overall),
    },
    perLabel: labels.map((labelId): LabelAgreement => ({
      labelId,
      spans: scoresOf((result) => result.perLabel.get(labelId)),
      coefficients: coefficients(tokens.perLabel.get(labelId), unitized.perCategory.get(labelId)),
    })),
    confusion: { categories: [...confusion.categories], counts: confusion.counts.map((row) => [...row]) },
    disagreements: disagreements.list,
    disagreementCount: disagreements.count,
  };
}

function unionOfArticles(db: DatabaseSync, layers: readonly LayerRef[]): ArticleId[] {
  const ids = new Set(layers.flatMap((ref) => layerArticleIds(db, ref)));
  return [...ids].sort((a, b) => a - b);
}

function articleTexts(
  db: DatabaseSync,
  ids: readonly ArticleId[],
): Map<ArticleId, { text: string; language: string | null }> {
  const rows = db
    .prepare(
      'SELECT id, text, language FROM article WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
    )
    .all(jsonIds(ids)) as { id: number; text: string; language: string | null }[];
  return new Map(rows.map((row) => [row.id, row]));
}

function labelsUsed(articles: readonly AnnotatedArticle[]): LabelId[] {
  const used = new Set<LabelId>();
  for (const article of articles)
    for (const layer of article.layers) for (const span of layer ?? []) used.add(span.label);
  return [...used].sort((a, b) => a - b);
}

/** The articles both the reference and the compared layer annotated: elsewhere one of them is missing. */
function comparisons(articles: readonly AnnotatedArticle[], compared: number) {
  return articles.flatMap((article) => {
    const reference = article.layers[0];
    const candidate = article.layers[compared];
    return reference === undefined || candidate === undefined ? [] : [{ reference, candidate }];
  });
}

function firstTwoDisagreements(articles: readonly (AnnotatedArticle & { id: ArticleId })[]): {
  list: AgreementDisagreement[];
  count: number;
} {
  const list: AgreementDisagreement[] = [];
  let count = 0;
  for (const article of articles) {
    const [first, second] = article.layers;
    if (first === undefined || second === undefined) continue;
    for (const found of spanDisagreements(first, second)) {
      count++;
      if (list.length >= AGREEMENT_DISAGREEMENTS_MAX) continue;
      list.push({
        articleId: article.id,
        kind: found.kind,
        start: found.start,
        end: found.end,
        ...('first' in found ? { firstLabelId: found.first.label } : {}),
        ...('second' in found ? { secondLabelId: found.second.label } : {}),
        quote: article.text.slice(found.start, found.end),
      });
    }
  }
  return { list, count };
}

/** The measures say why a score is undefined beside an undefined value; the contract carries the reason alone. */
function score(measured: AgreementScore): Score {
  return measured.value === undefined ? { reason: measured.reason } : { value: measured.value };
}

const NO_SPANS: Score = { reason: 'no-spans' };

function precisionRecall(measured: PrecisionRecall | undefined) {
  if (measured === undefined) {
    return {
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
      precision: NO_SPANS,
      recall: NO_SPANS,
      f1: NO_SPANS,
    };
  }
  return {
    truePositives: measured.truePositives,
    falsePositives: measured.falsePositives,
    falseNegatives: measured.falseNegatives,
    precision: score(measured.precision),
    recall: score(measured.recall),
    f1: score(measured.f1),
  };
}

function coefficients(tokens: TokenCoefficients | undefined, unitized: AgreementScore | undefined) {
  return {
    cohensKappa: tokens === undefined ? NO_SPANS : score(tokens.cohensKappa),
    fleissKappa: tokens === undefined ? NO_SPANS : score(tokens.fleissKappa),
    krippendorffsAlpha: tokens === undefined ? NO_SPANS : score(tokens.krippendorffsAlpha),
    unitizedAlpha: unitized === undefined ? { reason: 'no-units' as const } : score(unitized),
  };
}
