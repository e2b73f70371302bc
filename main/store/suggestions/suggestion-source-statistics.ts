import type { DatabaseSync } from 'node:sqlite';
import type { SuggestionSourceRef, SuggestionSourceStatistics } from '../../../shared/model/suggestion-source';
import { oneLanguage } from '../../../shared/suggestions/registry-matcher';
import { GazetteerSource } from './gazetteer-source';
import { PatternSource } from './pattern-source';
import { listSuggestionSources } from './suggestion-source-repository';
import type { SuggestionSource } from './suggestion-source';

type Counts = Map<string, number>;

function keyOf(kind: 'gazetteer' | 'pattern', id: number): string {
  return `${kind}:${id}`;
}

function refKey(source: SuggestionSourceRef): string {
  return source.kind === 'gazetteer' ? keyOf('gazetteer', source.gazetteerId) : keyOf('pattern', source.patternSetId);
}

/**
 * Per gazetteer and pattern set: how many suggestions it makes across the corpus now (every article
 * outside the trash is matched, so this is for a request, not for every view), and how many of its
 * suggestions the analyst accepted and rejected (suggestion_acceptance and suggestion_rejection).
 */
export function suggestionSourceStatistics(
  db: DatabaseSync,
  sources: readonly SuggestionSource[] = [new GazetteerSource(db), new PatternSource(db)],
): SuggestionSourceStatistics[] {
  const proposed = proposedAcrossCorpus(db, sources);
  const accepted = decided(db, 'suggestion_acceptance');
  const rejected = decided(db, 'suggestion_rejection');
  const { gazetteers, patternSets } = listSuggestionSources(db);
  const refs: { source: SuggestionSourceRef; enabled: boolean }[] = [
    ...gazetteers.map(({ id, enabled }) => ({ source: { kind: 'gazetteer' as const, gazetteerId: id }, enabled })),
    ...patternSets.map(({ id, enabled }) => ({ source: { kind: 'pattern' as const, patternSetId: id }, enabled })),
  ];
  return refs.map(({ source, enabled }) => {
    const key = refKey(source);
    const yes = accepted.get(key) ?? 0;
    const no = rejected.get(key) ?? 0;
    return {
      source,
      proposed: enabled ? (proposed.get(key) ?? 0) : null,
      accepted: yes,
      rejected: no,
      acceptanceRate: yes + no === 0 ? null : yes / (yes + no),
    };
  });
}

function proposedAcrossCorpus(db: DatabaseSync, sources: readonly SuggestionSource[]): Counts {
  const counts: Counts = new Map();
  const articles = db
    .prepare('SELECT id, text, language FROM article WHERE deleted_at IS NULL ORDER BY id')
    .iterate() as Iterable<{ id: number; text: string; language: string | null }>;
  for (const { id, text, language } of articles) {
    // The article's language throughout: a count, unlike a suggestion shown, may miss a quoted
    // passage's own language.
    const article = { id, text, runs: oneLanguage(text, language) };
    for (const suggestion of sources.flatMap((source) => source.propose(article))) {
      const { origin } = suggestion;
      if (origin.kind === 'registry') continue;
      const key = refKey(origin);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Decisions per source; none where the suggestion tables are not in the project yet. */
function decided(db: DatabaseSync, table: 'suggestion_acceptance' | 'suggestion_rejection'): Counts {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table);
  if (exists === undefined) return new Map();
  const rows = db
    .prepare(
      `SELECT origin_kind AS kind, origin_id AS id, count(*) AS n FROM ${table}
       WHERE origin_kind IN ('gazetteer', 'pattern') AND origin_id IS NOT NULL GROUP BY origin_kind, origin_id`,
    )
    .all() as { kind: 'gazetteer' | 'pattern'; id: number; n: number }[];
  return new Map(rows.map((row) => [keyOf(row.kind, row.id), row.n]));
}
