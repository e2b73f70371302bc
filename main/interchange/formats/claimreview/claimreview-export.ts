import type { Annotation, ClaimDetails } from '../../../../shared/model/annotation';
import type { Article } from '../../../../shared/model/article';
import type { ExportFormat, ExportProgress } from '../../export-format';
import type { ExportSet } from '../../export-set';
import { describeAnnotation } from '../common/describe';
import { ExportIndex } from '../common/export-index';
import { jsonChunks, streamedArray } from '../common/json-stream';
import { schemaOrgAuthor, schemaOrgThing, type SchemaOrgThing } from './schema-org-things';
import { ratingOf, type Rating } from './verdict-rating';
import { EXPORT_CATALOG } from '../../export-catalog';

export interface ClaimReview {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'ClaimReview';
  readonly claimReviewed: string;
  readonly itemReviewed: {
    readonly '@type': 'Claim';
    readonly author?: SchemaOrgThing;
    readonly datePublished?: string;
    readonly appearance: {
      readonly '@type': 'NewsArticle';
      readonly headline: string;
      readonly url?: string;
      readonly datePublished?: string;
      readonly publisher?: { readonly '@type': 'Organization'; readonly name: string };
    };
    readonly about?: readonly SchemaOrgThing[];
    readonly inLanguage?: string;
  };
  readonly author: { readonly '@type': 'Organization'; readonly name: string };
  readonly datePublished: string;
  readonly reviewRating: Rating;
  readonly reviewBody?: string;
}

/** The claim attribute whose value is the fact-checker's rating. */
const VERDICT = 'verdict';

/**
 * schema.org ClaimReview in JSON-LD, as Google's fact-check markup and the Fact Check Tools read it:
 * an array with one ClaimReview per claim that has a verdict. The claim's text is `claimReviewed`;
 * `itemReviewed` is the Claim, with the claimant as author (Person or Organization, `sameAs` from
 * its Wikidata, GeoNames or web ids), the claim's date (else the article's), the article as its
 * appearance and the claim's subjects as `about`. The verdict is the rating's `alternateName`, and
 * a number on Google's 1 (false) to 5 (true) scale where the verdict has one; the project is the
 * reviewing organisation, the export date the review's date, the claim's note its `reviewBody`.
 *
 * Google also requires `url`, the address of the published fact check, which only its publisher
 * knows: it is left for them to add (the export report says so).
 */
export const claimReviewFormat: ExportFormat = {
  ...EXPORT_CATALOG.claimReview,
  export(set: ExportSet, progress: ExportProgress) {
    const dropped: string[] = [];
    // Written review by review: a large project's reviews may be longer than one string can be.
    return { kind: 'file', content: claimReviewChunks(set, progress, dropped), dropped };
  },
};

/** The reviews as JSON.stringify(reviews, null, 2) writes them, in pieces; fills `dropped` as it goes. */
function* claimReviewChunks(set: ExportSet, progress: ExportProgress, dropped: string[]): Generator<string> {
  const index = new ExportIndex(set);
  let reviewCount = 0;
  let otherAttributes = 0;
  function* reviews(): Generator<ClaimReview> {
    let done = 0;
    for (const exported of set.articles) {
      for (const annotation of exported.annotations) {
        if (annotation.claim === undefined) continue;
        const verdict = index.claimAttribute(annotation.claim, VERDICT);
        if (verdict === undefined) {
          dropped.push(
            `${describeAnnotation(index, exported.article, annotation)}: not exported, it has no verdict and a ClaimReview needs a rating.`,
          );
          continue;
        }
        reviewCount++;
        if (index.claimAttributes(annotation.claim).length > 1) otherAttributes++;
        yield claimReview(set, index, exported.article, annotation, annotation.claim, verdict.name);
      }
      progress.articleDone(++done, set.articles.length);
    }
  }
  yield* jsonChunks(streamedArray(reviews()), '  ');
  yield '\n';
  if (otherAttributes > 0) {
    dropped.push(
      `ClaimReview rates claims by their verdict only: the other attributes (such as stance) of ${otherAttributes} claims are not exported.`,
    );
  }
  if (reviewCount > 0) {
    dropped.push(
      'Each ClaimReview still needs the url of your published fact check, which Google requires: add it when you publish.',
    );
  }
}

function claimReview(
  set: ExportSet,
  index: ExportIndex,
  article: Article,
  annotation: Annotation,
  claim: ClaimDetails,
  verdict: string,
): ClaimReview {
  const { url, publishedAt, source, language } = article.metadata;
  const claimant = index.claimant(claim);
  const claimantType = claimant?.entity && index.label(claimant.entity.typeLabelId);
  const about = claim.aboutEntityIds.flatMap((id) => {
    const entity = index.entity(id);
    return entity === undefined ? [] : [schemaOrgThing(entity, index.label(entity.typeLabelId))];
  });
  const claimDate = claim.date ?? publishedAt;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: annotation.quote.exact,
    itemReviewed: {
      '@type': 'Claim',
      ...(claimant === undefined ? {} : { author: schemaOrgAuthor(claimant.name, claimant.entity, claimantType) }),
      ...(claimDate === null ? {} : { datePublished: claimDate }),
      appearance: {
        '@type': 'NewsArticle',
        headline: article.title,
        ...(url === null ? {} : { url }),
        ...(publishedAt === null ? {} : { datePublished: publishedAt }),
        ...(source === null ? {} : { publisher: { '@type': 'Organization', name: source } }),
      },
      ...(about.length === 0 ? {} : { about }),
      ...(language === null ? {} : { inLanguage: language }),
    },
    author: { '@type': 'Organization', name: set.projectName },
    datePublished: set.exportedAt.slice(0, 10),
    reviewRating: ratingOf(verdict),
    ...(annotation.note === undefined ? {} : { reviewBody: annotation.note }),
  };
}
