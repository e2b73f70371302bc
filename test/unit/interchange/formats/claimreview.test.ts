import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  claimReviewFormat,
  type ClaimReview,
} from '../../../../main/interchange/formats/claimreview/claimreview-export';
import type { ExportSet } from '../../../../main/interchange/export-set';
import {
  ANNOTATION,
  annotationById,
  buildAnnotation,
  buildArticle,
  exportFixture,
  labelId,
  oneArticleSet,
} from './support/export-set-fixture';
import { exportTextFile } from './support/run-export';

const STANDARD = new URL('../../../../../shared/standards/claimreview/', import.meta.url);
const example = (name: string) => JSON.parse(readFileSync(new URL(name, STANDARD), 'utf8')) as Record<string, unknown>;
const keysOf = (value: unknown) => Object.keys(value ?? {});

function exportReviews(set: ExportSet) {
  const { content, dropped, progress } = exportTextFile(claimReviewFormat, set);
  return { reviews: JSON.parse(content) as ClaimReview[], dropped, progress };
}

describe('ClaimReview export', () => {
  const set = exportFixture();
  const { reviews, dropped, progress } = exportReviews(set);
  const google = example('google-factcheck-docs-example.jsonld');
  const politifact = example('schemaorg-eg-0324-ClaimReview.jsonld');
  const clip = example('schemaorg-eg-0325-ClaimReview.jsonld');

  it('writes one ClaimReview per claim with a verdict, with the fields Google requires but the url', () => {
    expect(reviews.map((review) => review.claimReviewed)).toEqual([
      annotationById(set, ANNOTATION.claim).quote.exact,
      annotationById(set, ANNOTATION.tweetClaim).quote.exact,
      annotationById(set, ANNOTATION.persianClaim).quote.exact,
    ]);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(review.reviewRating['@type']).toBe('Rating');
      expect(review.reviewRating.alternateName.length).toBeGreaterThan(0);
      const { ratingValue, bestRating = 5, worstRating = 1 } = review.reviewRating;
      if (ratingValue !== undefined) expect(ratingValue).toBeGreaterThanOrEqual(worstRating);
      if (ratingValue !== undefined) expect(ratingValue).toBeLessThanOrEqual(bestRating);
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Disinfo Monitor' });
      expect(review.datePublished).toBe('2025-03-03');
    }
    expect(dropped).toContain(
      'Each ClaimReview still needs the url of your published fact check, which Google requires: add it when you publish.',
    );
  });

  it('uses only properties the Google and schema.org examples use, plus the Claim’s about and inLanguage', () => {
    const topLevel = new Set([...keysOf(google), ...keysOf(politifact), ...keysOf(clip)]);
    const item = new Set([...keysOf(google.itemReviewed), 'about', 'inLanguage']);
    const appearance = new Set(keysOf((google.itemReviewed as Record<string, unknown>).appearance));
    const rating = new Set(keysOf(google.reviewRating));
    for (const review of reviews) {
      expect(keysOf(review).filter((key) => !topLevel.has(key))).toEqual([]);
      expect(keysOf(review.itemReviewed).filter((key) => !item.has(key))).toEqual([]);
      expect(keysOf(review.itemReviewed.appearance).filter((key) => !appearance.has(key))).toEqual([]);
      expect(keysOf(review.reviewRating).filter((key) => !rating.has(key))).toEqual([]);
    }
  });

  it('names the claimant, the claim’s date, its appearance, subjects and rating', () => {
    expect(reviews[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'dass China und Russland freundliche Nachbarn und wahre Freunde seien',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Xi Jinping', sameAs: 'https://www.wikidata.org/wiki/Q15031' },
        datePublished: '2025-02-28',
        appearance: {
          '@type': 'NewsArticle',
          headline: 'Xi trifft Schoigu in Peking',
          url: 'https://de.rt.com/international/237000-xi-trifft-schoigu/',
          datePublished: '2025-02-28',
          publisher: { '@type': 'Organization', name: 'RT DE' },
        },
        about: [
          { '@type': 'Place', name: 'China', sameAs: 'https://www.wikidata.org/wiki/Q148' },
          { '@type': 'Place', name: 'Russia', sameAs: 'https://www.wikidata.org/wiki/Q159' },
        ],
        inLanguage: 'de',
      },
      author: { '@type': 'Organization', name: 'Disinfo Monitor' },
      datePublished: '2025-03-03',
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'misleading' },
      reviewBody: 'Official framing; no independent confirmation.',
    });
    // The claimant known only through its mention: the mention's entity.
    expect(reviews[1]?.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Lin Jian' });
    expect(reviews[1]?.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'true',
    });
    // A verdict off the scale is a textual rating only.
    expect(reviews[2]?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'unverified' });
    expect(reviews[2]?.itemReviewed.datePublished).toBe('2025-03-01');
    expect(reviews[2]?.itemReviewed.appearance).toEqual({
      '@type': 'NewsArticle',
      headline: 'Notes: Zürich / تهران / 北京',
      datePublished: '2025-03-02',
    });
  });

  it('skips claims without a verdict, keeps orphaned ones and uses an unlinked claimant’s own words', () => {
    const article = buildArticle(4, 'Claims', 'The ministry said prices fell. Others said wages rose.\n');
    const mention = buildAnnotation(4, article.text, { id: 1, label: 'Organisation', phrases: ['The ministry'] });
    const verdict = { [labelId('verdict')]: labelId('verdict', 'false') };
    const rated = buildAnnotation(4, article.text, {
      id: 2,
      label: 'Claim',
      phrases: ['prices fell'],
      claim: { claimantAnnotationId: 1, aboutEntityIds: [], attributes: verdict },
      orphaned: true,
    });
    const unrated = buildAnnotation(4, article.text, {
      id: 3,
      label: 'Claim',
      phrases: ['wages rose'],
      claim: { aboutEntityIds: [], attributes: {} },
    });
    const { reviews: written, dropped: left } = exportReviews(oneArticleSet(article, [mention, rated, unrated]));
    expect(written.map((review) => review.claimReviewed)).toEqual(['prices fell']);
    expect(written[0]?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'The ministry' });
    expect(written[0]?.reviewRating.ratingValue).toBe(1);
    expect(left).toContain(
      '“wages rose” (Claim) in “Claims”: not exported, it has no verdict and a ClaimReview needs a rating.',
    );
  });
});
