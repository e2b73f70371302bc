import type { ProjectStore } from '../../../store/project-store';
import type { AuthoredTable, RestoredAuthorship } from '../../../store/restored-authorship';
import type { Bundle, BundleAuthorship, BundleNote, BundleReview } from './bundle-schema';

type Problem = (place: string, message: string) => void;

/** Every annotator a row's authorship or an article's review names is one of the bundle's. */
export function checkBundleAuthorship(bundle: Bundle, problem: Problem): void {
  const annotators = new Set((bundle.annotators ?? []).map((annotator) => annotator.id));
  const need = (place: string, ref: string | undefined) => {
    if (ref !== undefined && !annotators.has(ref)) {
      problem(place, `It refers to the annotator ${ref}, which the bundle does not define.`);
    }
  };
  const needAuthors = (place: string, row: BundleAuthorship) => {
    need(place, row.createdBy);
    need(place, row.updatedBy);
  };
  const needNoteAuthors = (place: string, notes: readonly BundleNote[]) =>
    notes.forEach((note, i) => {
      if (typeof note !== 'string') needAuthors(`${place} › note ${i + 1}`, note);
    });
  for (const entity of bundle.entities) needAuthors(entity.id, entity);
  for (const article of bundle.articles) {
    const where = `${article.id} “${article.title}”`;
    need(`${where} › review`, article.review?.by);
    needNoteAuthors(where, article.notes);
    for (const annotation of article.annotations) needAuthors(`${where} › ${annotation.id}`, annotation);
  }
  for (const relation of bundle.relations) {
    needAuthors(relation.id, relation);
    needNoteAuthors(relation.id, relation.notes);
  }
}

function hasAuthorship(row: BundleAuthorship): boolean {
  return (
    row.createdBy !== undefined ||
    row.createdAt !== undefined ||
    row.updatedBy !== undefined ||
    row.updatedAt !== undefined
  );
}

/**
 * Collects what the bundle says about who made what while the import adds it, and writes it over
 * the import's own stamps at the end, once nothing the import still does can stamp the rows again.
 */
export class BundleAuthorshipRestorer {
  private readonly rows: { table: AuthoredTable; id: number; authorship: RestoredAuthorship }[] = [];
  private readonly reviews: { articleId: number; review: BundleReview | undefined }[] = [];
  private readonly annotatorIds: ReadonlyMap<string, number>;
  /** A bundle written before authorship leaves the import's stamps and review status as they were. */
  private readonly carriesAuthorship: boolean;

  constructor(store: ProjectStore, bundle: Bundle) {
    // Matched by uid like the layers' colleagues (registering one twice finds the same annotator).
    this.annotatorIds = new Map(
      (bundle.annotators ?? []).map(({ id, uid, name, email }) => [id, store.registerColleague({ uid, name, email })]),
    );
    this.carriesAuthorship =
      bundle.entities.some(hasAuthorship) ||
      bundle.relations.some(hasAuthorship) ||
      bundle.articles.some((article) => article.review !== undefined || article.annotations.some(hasAuthorship));
  }

  row(table: AuthoredTable, id: number, row: BundleAuthorship): void {
    if (!hasAuthorship(row)) return;
    this.rows.push({
      table,
      id,
      authorship: {
        createdBy: this.annotator(row.createdBy),
        createdAt: row.createdAt ?? null,
        updatedBy: this.annotator(row.updatedBy),
        updatedAt: row.updatedAt ?? null,
      },
    });
  }

  article(articleId: number, review: BundleReview | undefined): void {
    if (this.carriesAuthorship) this.reviews.push({ articleId, review });
  }

  restore(store: ProjectStore): void {
    for (const { table, id, authorship } of this.rows) store.restoreAuthorship(table, id, authorship);
    for (const { articleId, review } of this.reviews) {
      // No review in a bundle that records them means the article was new and untouched.
      store.restoreReview(articleId, {
        status: review?.status ?? 'new',
        by: this.annotator(review?.by),
        at: review?.at ?? null,
      });
    }
  }

  private annotator(ref: string | undefined): number | null {
    return ref === undefined ? null : (this.annotatorIds.get(ref) ?? null);
  }
}
