import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SuggestionSourceRef } from '../../../shared/model/suggestion-source';
import { oneLanguage } from '../../../shared/suggestions/registry-matcher';
import { GazetteerSource } from './gazetteer-source';
import { PatternSource } from './pattern-source';
import { BuiltPerSourceVersion } from './source-version';
import type { SuggestionSource } from './suggestion-source';

/** Suggestions per source, by sourceKey. */
export type Counts = Map<string, number>;

export function keyOf(kind: 'gazetteer' | 'pattern', id: number): string {
  return `${kind}:${id}`;
}

export function sourceKey(source: SuggestionSourceRef): string {
  return source.kind === 'gazetteer' ? keyOf('gazetteer', source.gazetteerId) : keyOf('pattern', source.patternSetId);
}

interface CountedArticle {
  /** The text's hash and the article's language: what the counts were made from. */
  readonly made: string;
  readonly counts: Counts;
}

/**
 * How many suggestions each gazetteer and pattern set makes across the articles outside the trash,
 * kept per article on this connection for as long as the sources are unchanged: a request counts
 * again only the articles added or whose text or language changed since, instead of matching every
 * source over the whole corpus each time (about a minute a thousand articles). The first request
 * after the project opens or a source changes still reads the whole corpus.
 */
export class ProposedCounts {
  private readonly sources: SuggestionSource[];
  private readonly perArticle: BuiltPerSourceVersion<Map<number, CountedArticle>>;
  private readonly live: StatementSync;
  private readonly read: StatementSync;

  constructor(db: DatabaseSync) {
    this.sources = [new GazetteerSource(db), new PatternSource(db)];
    this.perArticle = new BuiltPerSourceVersion(db, () => new Map<number, CountedArticle>());
    this.live = db.prepare(
      "SELECT id, text_hash || ':' || coalesce(language, '') AS made FROM article WHERE deleted_at IS NULL",
    );
    this.read = db.prepare('SELECT text, language FROM article WHERE id = ?');
  }

  current(): Counts {
    const counted = this.perArticle.current();
    const live = new Set<number>();
    const total: Counts = new Map();
    for (const { id, made } of this.live.all() as { id: number; made: string }[]) {
      live.add(id);
      let article = counted.get(id);
      if (article?.made !== made) {
        article = { made, counts: this.count(id) };
        counted.set(id, article);
      }
      for (const [key, n] of article.counts) total.set(key, (total.get(key) ?? 0) + n);
    }
    for (const id of counted.keys()) if (!live.has(id)) counted.delete(id);
    return total;
  }

  private count(articleId: number): Counts {
    const { text, language } = this.read.get(articleId) as { text: string; language: string | null };
    // The article's language throughout: a count, unlike a suggestion shown, may miss a quoted
    // passage's own language.
    const article = { id: articleId, text, runs: oneLanguage(text, language) };
    const counts: Counts = new Map();
    for (const { origin } of this.sources.flatMap((source) => source.propose(article))) {
      if (origin.kind === 'registry') continue;
      const key = sourceKey(origin);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }
}
