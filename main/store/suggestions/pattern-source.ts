import type { DatabaseSync } from 'node:sqlite';
import { buildTextQuote } from '../../../shared/annotation/text-quote';
import type { PatternSetId, Suggestion } from '../../../shared/model/suggestion';
import type { PatternRuleBody } from '../../../shared/suggestions/pattern-file';
import { PatternMatcher } from '../../../shared/suggestions/pattern-matcher';
import { BuiltPerSourceVersion } from './source-version';
import type { ArticleToSuggest, SuggestionSource } from './suggestion-source';

interface RuleRow {
  id: number;
  pattern_set_id: number;
  label_id: number;
  rule_json: string;
}

/**
 * The enabled pattern files and built-in rules as a source: each proposes its rules' labels, with no
 * entity. Each set is matched on its own (pattern-matcher.ts keeps the longest of its overlapping
 * matches), so two files proposing the same stretch are both offered to the caller.
 */
export class PatternSource implements SuggestionSource {
  private readonly sets: BuiltPerSourceVersion<{ id: PatternSetId; matcher: PatternMatcher }[]>;

  constructor(db: DatabaseSync) {
    this.sets = new BuiltPerSourceVersion(db, () => compilePatternSets(db));
  }

  propose(article: ArticleToSuggest): Suggestion[] {
    return this.sets.current().flatMap(({ id, matcher }) =>
      matcher.find(article.text, article.runs).map((match): Suggestion => ({
        articleId: article.id,
        start: match.start,
        end: match.end,
        labelId: match.labelId,
        quote: buildTextQuote(article.text, [{ start: match.start, end: match.end }]),
        matched: match.matched,
        entity: null,
        origin: { kind: 'pattern', patternSetId: id },
        form: 'pattern',
      })),
    );
  }
}

function compilePatternSets(db: DatabaseSync): { id: PatternSetId; matcher: PatternMatcher }[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.pattern_set_id, r.label_id, r.rule_json FROM pattern_rule r
       JOIN pattern_set s ON s.id = r.pattern_set_id WHERE s.enabled = 1 ORDER BY s.id, r.position`,
    )
    .all() as unknown as RuleRow[];
  const bySet = new Map<number, RuleRow[]>();
  for (const row of rows) {
    const list = bySet.get(row.pattern_set_id);
    if (list === undefined) bySet.set(row.pattern_set_id, [row]);
    else list.push(row);
  }
  return [...bySet].map(([id, setRows]) => ({
    id,
    matcher: new PatternMatcher(
      setRows.map((row) => ({
        key: row.id,
        labelId: row.label_id,
        body: JSON.parse(row.rule_json) as PatternRuleBody,
      })),
    ),
  }));
}
