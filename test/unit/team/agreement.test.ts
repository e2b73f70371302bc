import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import type { LabelAgreement, Score } from '../../../shared/model/agreement';
import { span } from '../annotation-store/fixtures';
import { useTempDir } from '../support/temp-dir';
import { insertLayer, LONG_TITLE, SHORT_TITLE, twoLayerProject } from './team-fixtures';

const tempDir = useTempDir();

/**
 * The seed article's tokens: its words and punctuation marks (Intl.Segmenter, white space left out).
 * Of them, "Xi Jinping" is 2, the claim 10, the long title 6 and "Russischen Föderation" 2.
 */
const N = 489;

const value = (score: Score): number => {
  if (!('value' in score)) throw new Error(`no value: ${score.reason}`);
  return score.value;
};

const forLabel = (perLabel: readonly LabelAgreement[], labelId: number): LabelAgreement => {
  const found = perLabel.find((entry) => entry.labelId === labelId);
  if (found === undefined) throw new Error(`label ${labelId} not reported`);
  return found;
};

describe('agreement of two colleagues on the seed article', () => {
  it('scores spans, tokens and units as counted by hand', () => {
    const { store, ana, ben, labels, text } = twoLayerProject(tempDir());
    const report = store.computeAgreement({ layers: [ana, ben] });
    expect(report.articles).toBe(1);
    expect(report.unitizedSkippedArticles).toBe(0);
    expect(report.tokens).toBe(N);

    // Spans, Ana the reference. Exact: Xi and the claim match; Ana's short title is missed (FN) and
    // Ben's long one is extra (FP): P = R = F1 = 2/3. Overlapping: the two titles pair up: all 1.
    const [spans] = report.overall.spans;
    expect(spans?.compared).toBe(ben);
    expect(spans?.exact).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(value(spans?.exact.precision ?? { reason: 'no-spans' })).toBeCloseTo(2 / 3, 10);
    expect(value(spans?.exact.recall ?? { reason: 'no-spans' })).toBeCloseTo(2 / 3, 10);
    expect(value(spans?.exact.f1 ?? { reason: 'no-spans' })).toBeCloseTo(2 / 3, 10);
    expect(spans?.overlap).toMatchObject({ truePositives: 3, falsePositives: 0, falseNegatives: 0 });
    const locationSpans = forLabel(report.perLabel, labels.location).spans[0];
    expect(locationSpans?.exact).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(locationSpans?.exact.f1).toEqual({ value: 0 });
    expect(locationSpans?.overlap.f1).toEqual({ value: 1 });

    // Tokens: 485 of 489 agree (p_o = 485/489); the 4 of "Sekretär des Sicherheitsrates der" are O
    // for Ana and Location for Ben. Marginals: Ana Person 2, Location 2, Claim 10, O 475; Ben
    // Person 2, Location 6, Claim 10, O 471.
    // Cohen: p_e = (2·2 + 2·6 + 10·10 + 475·471)/489² = 223841/239121,
    //   κ = (485·489 − 223841)/(239121 − 223841) = 13324/15280.
    // Fleiss (Scott's π for two): pooled 4, 8, 20, 946 of 978, p_e = 895396/956484,
    //   κ = (970·978 − 895396)/(956484 − 895396) = 53264/61088.
    // Krippendorff: 8 disagreeing pairable values of n = 978, Σ_c≠k n_c·n_k = 978² − 895396 = 61088,
    //   α = 1 − 977·8/61088 = 53272/61088.
    const overall = report.overall.coefficients;
    expect(value(overall.cohensKappa)).toBeCloseTo(13324 / 15280, 10);
    expect(value(overall.fleissKappa)).toBeCloseTo(53264 / 61088, 10);
    expect(value(overall.krippendorffsAlpha)).toBeCloseTo(53272 / 61088, 10);
    // Location one-vs-rest: Ana 2 tokens, Ben 6, both 2: p_e = (2·6 + 487·483)/489² = 235233/239121,
    //   κ = (237165 − 235233)/(239121 − 235233) = 1932/3888. Person and Claim agree throughout: 1.
    const location = forLabel(report.perLabel, labels.location).coefficients;
    expect(value(location.cohensKappa)).toBeCloseTo(1932 / 3888, 10);
    expect(forLabel(report.perLabel, labels.person).coefficients.cohensKappa).toEqual({ value: 1 });
    expect(forLabel(report.perLabel, labels.claim).coefficients.cohensKappa).toEqual({ value: 1 });
    // Units: identical units agree fully; the titles share their end and differ by the 34 characters
    // of "Sekretär des Sicherheitsrates der ", so uα of Location lies strictly between 0 and 1.
    expect(forLabel(report.perLabel, labels.person).coefficients.unitizedAlpha).toEqual({ value: 1 });
    expect(forLabel(report.perLabel, labels.claim).coefficients.unitizedAlpha).toEqual({ value: 1 });
    expect(value(location.unitizedAlpha)).toBeGreaterThan(0);
    expect(value(location.unitizedAlpha)).toBeLessThan(1);
    expect(value(overall.unitizedAlpha)).toBeGreaterThan(value(location.unitizedAlpha));

    // Confusion (rows Ana, columns Ben), categories O then label ids ascending.
    expect(report.confusion).toEqual({
      categories: ['O', labels.person, labels.location, labels.claim],
      counts: [
        [471, 0, 4, 0],
        [0, 2, 0, 0],
        [0, 0, 2, 0],
        [0, 0, 0, 10],
      ],
    });
    const title = span(text, LONG_TITLE);
    expect(report.disagreements).toEqual([
      {
        articleId: report.disagreements[0]?.articleId,
        kind: 'boundary',
        ...title,
        firstLabelId: labels.location,
        secondLabelId: labels.location,
        quote: LONG_TITLE,
      },
    ]);
    expect(report.disagreementCount).toBe(1);
  });

  it('compares only the chosen labels', () => {
    const { store, ana, ben, labels } = twoLayerProject(tempDir());
    const report = store.computeAgreement({ layers: [ana, ben], labelIds: [labels.location] });
    expect(report.perLabel.map((entry) => entry.labelId)).toEqual([labels.location]);
    // Location or nothing: the one-vs-rest table of the test above.
    expect(value(report.overall.coefficients.cohensKappa)).toBeCloseTo(1932 / 3888, 10);
    expect(report.confusion.categories).toEqual(['O', labels.location]);
  });

  it('counts an article a layer has not annotated as missing for it, not as marked nothing', () => {
    const { store, path, ana, ben, labels } = twoLayerProject(tempDir());
    const other = store.createArticle(articleFromPaste({ title: 'Kurz', text: 'Putin sprach in Moskau.' }));
    const anaOnly = insertLayer(path, 'Cleo', [
      { articleId: other.id, labelId: labels.person, fragments: [{ start: 0, end: 5 }], quote: 'Putin' },
    ]);
    const twoArticles = store.computeAgreement({ layers: [ana, ben] });
    expect(twoArticles.articles).toBe(1);
    const withMissing = store.computeAgreement({ layers: [anaOnly, ben] });
    // Cleo annotated only the short article and Ben only the seed article: nothing is coded by both.
    expect(withMissing.articles).toBe(2);
    expect(withMissing.unitizedSkippedArticles).toBe(2);
    expect(withMissing.overall.coefficients.cohensKappa).toEqual({ reason: 'no-items' });
    expect(withMissing.overall.spans[0]?.exact).toMatchObject({
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
    });
    expect(withMissing.confusion.counts).toEqual([]);
  });

  it('compares a discontinuous annotation of an imported layer piece by piece', () => {
    const { store, path, labels } = twoLayerProject(tempDir());
    const text = 'Putin sprach in Moskau mit Xi.';
    const { id: articleId } = store.createArticle(articleFromPaste({ title: 'Kurz', text }));
    const putin = span(text, 'Putin');
    const xi = span(text, 'Xi');
    const whole = insertLayer(path, 'Cleo', [
      { articleId, labelId: labels.person, fragments: [putin, xi], quote: 'Putin … Xi' },
    ]);
    const pieces = insertLayer(path, 'Dan', [
      { articleId, labelId: labels.person, fragments: [putin], quote: 'Putin' },
      { articleId, labelId: labels.person, fragments: [xi], quote: 'Xi' },
    ]);
    const report = store.computeAgreement({ layers: [whole, pieces] });
    expect(report.overall.spans[0]?.exact).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
    expect(report.disagreementCount).toBe(0);
  });

  it("compares more than two layers, the project's own among them", () => {
    const { store, ana, ben, labels, articleId, text } = twoLayerProject(tempDir());
    store.createAnnotations([
      { articleId, labelId: labels.person, fragments: [span(text, 'Xi Jinping')] },
      { articleId, labelId: labels.location, fragments: [span(text, SHORT_TITLE)] },
    ]);
    const report = store.computeAgreement({ layers: [ana, ben, 'project'] });
    expect(report.overall.spans.map((entry) => entry.compared)).toEqual([ben, 'project']);
    // The project misses Ana's claim: 2 of her 3 spans found, nothing extra.
    expect(report.overall.spans[1]?.exact).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 1 });
    expect(report.overall.coefficients.cohensKappa).toEqual({ reason: 'not-two-annotators' });
    expect(value(report.overall.coefficients.fleissKappa)).toBeLessThan(1);
  });
});
