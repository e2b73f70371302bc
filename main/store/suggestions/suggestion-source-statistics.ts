import type { DatabaseSync } from 'node:sqlite';
import type { SuggestionSourceRef, SuggestionSourceStatistics } from '../../../shared/model/suggestion-source';
import { keyOf, sourceKey, type Counts, type ProposedCounts } from './proposed-counts';
import { listSuggestionSources } from './suggestion-source-repository';

/**
 * Per gazetteer and pattern set: how many suggestions it makes across the corpus now (`proposed`
 * keeps them per article), and how many of its suggestions the analyst accepted and rejected
 * (suggestion_acceptance and suggestion_rejection, counted through an index).
 */
export function suggestionSourceStatistics(db: DatabaseSync, proposed: ProposedCounts): SuggestionSourceStatistics[] {
  const counts = proposed.current();
  const accepted = decided(db, 'suggestion_acceptance');
  const rejected = decided(db, 'suggestion_rejection');
  const { gazetteers, patternSets } = listSuggestionSources(db);
  const refs: { source: SuggestionSourceRef; enabled: boolean }[] = [
    ...gazetteers.map(({ id, enabled }) => ({ source: { kind: 'gazetteer' as const, gazetteerId: id }, enabled })),
    ...patternSets.map(({ id, enabled }) => ({ source: { kind: 'pattern' as const, patternSetId: id }, enabled })),
  ];
  return refs.map(({ source, enabled }) => {
    const key = sourceKey(source);
    const yes = accepted.get(key) ?? 0;
    const no = rejected.get(key) ?? 0;
    return {
      source,
      proposed: enabled ? (counts.get(key) ?? 0) : null,
      accepted: yes,
      rejected: no,
      acceptanceRate: yes + no === 0 ? null : yes / (yes + no),
    };
  });
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
