import type { DatabaseSync } from 'node:sqlite';
import type { Annotation } from '../../../shared/model/annotation';
import type {
  RejectionsPage,
  RejectionsQuery,
  Suggestion,
  SuggestionOptions,
  SuggestionRejection,
} from '../../../shared/model/suggestion';
import type { SuggestionSourceStatistics } from '../../../shared/model/suggestion-source';
import { quoted } from '../history-descriptions';
import { acceptSuggestions, type AcceptedSuggestion } from './accept-suggestions';
import { suggestionsForArticle } from './article-suggestions';
import { ArticleReader } from './article-to-suggest';
import { corpusOccurrences, type ArticleOccurrences, type OccurrenceTarget } from './corpus-occurrences';
import type { SuggestionSource } from './suggestion-source';
import type { Stamp } from '../authorship';
import { ProposedCounts } from './proposed-counts';
import { SettledSpanReader } from './settled-spans';
import { suggestionSourceStatistics } from './suggestion-source-statistics';
import { suggestionSources } from './suggestion-sources';
import { readSuggestionOptions, writeSuggestionOptions } from './suggestion-options';
import { forgetRejections, listRejections, pageRejections, rejectSuggestions } from './suggestion-rejections';

/** How ProjectStore runs a write: as one transaction, or as one undoable step described for the Edit menu. */
export interface SuggestionWrites {
  mutate<T>(action: () => T): T;
  record<T>(action: () => T, describe: (result: T) => string): T;
  now(): string;
  /** Who writes now and when, for the annotations and entities an accept makes. */
  stamp(): Stamp;
}

/**
 * The project's suggestions on one connection: what the sources propose, accepting and rejecting
 * it (each one undoable step), and the matching options. The sources are made on first use and
 * kept, with what they have indexed, as long as the connection.
 */
export class ProjectSuggestions {
  private sources: SuggestionSource[] | null = null;
  private reader: ArticleReader | null = null;
  private settled: SettledSpanReader | null = null;
  private proposedCounts: ProposedCounts | null = null;

  constructor(
    private readonly db: DatabaseSync,
    private readonly writes: SuggestionWrites,
  ) {}

  forArticle(articleId: number): Suggestion[] {
    this.sources ??= suggestionSources(this.db);
    return suggestionsForArticle(this.articles(), this.settledSpans(), this.sources, articleId);
  }

  occurrences(target: OccurrenceTarget): ArticleOccurrences {
    return corpusOccurrences(this.db, this.articles(), this.settledSpans(), target);
  }

  /** Each gazetteer's and pattern set's suggestions across the corpus, accepted and rejected. */
  sourceStatistics(): SuggestionSourceStatistics[] {
    this.proposedCounts ??= new ProposedCounts(this.db);
    return suggestionSourceStatistics(this.db, this.proposedCounts);
  }

  private articles(): ArticleReader {
    this.reader ??= new ArticleReader(this.db);
    return this.reader;
  }

  private settledSpans(): SettledSpanReader {
    this.settled ??= new SettledSpanReader(this.db);
    return this.settled;
  }

  accept(accepted: readonly AcceptedSuggestion[]): Annotation[] {
    return this.writes.record(
      () => acceptSuggestions(this.db, accepted, this.writes.stamp()),
      (created) => {
        const [only] = created;
        return created.length === 1 && only !== undefined
          ? `Accept suggestion ${quoted(only.quote.exact)}`
          : `Accept ${created.length} suggestions`;
      },
    );
  }

  reject(suggestions: readonly Suggestion[]): number {
    return this.writes.record(
      () => rejectSuggestions(this.db, suggestions, this.writes.now()),
      (count) => {
        const [first] = suggestions;
        return count === 1 && first !== undefined && suggestions.every((s) => s.quote.exact === first.quote.exact)
          ? `Reject suggestion ${quoted(first.quote.exact)}`
          : `Reject ${count} suggestions`;
      },
    );
  }

  unreject(ids: readonly number[]): number {
    return this.writes.record(
      () => forgetRejections(this.db, ids),
      (count) => (count === 1 ? 'Forget a rejection' : `Forget ${count} rejections`),
    );
  }

  rejections(): SuggestionRejection[] {
    return listRejections(this.db);
  }

  rejectionsPage(query: RejectionsQuery): RejectionsPage {
    return pageRejections(this.db, query);
  }

  options(): SuggestionOptions {
    return readSuggestionOptions(this.db);
  }

  setOptions(options: SuggestionOptions): SuggestionOptions {
    return this.writes.mutate(() => writeSuggestionOptions(this.db, options));
  }
}
