import type { DatabaseSync } from 'node:sqlite';
import type { ParsedArgOf, ResultOf } from '../../../shared/ipc/contract';
import type { SuggestedEntity } from '../../../shared/model/suggestion';
import { RegistryMatcher } from '../../../shared/suggestions/registry-matcher';
import { getLabel } from '../annotation-schema-repository';
import { getEntity } from '../entity-repository';
import type { ArticleReader } from './article-to-suggest';
import { candidateArticles, whereOneOfMayStand } from './occurrence-candidates';
import { registrySuggestions } from './registry-source';
import type { SettledSpanReader } from './settled-spans';
import { readSuggestionOptions } from './suggestion-options';

export type OccurrenceTarget = ParsedArgOf<'suggestion.occurrences'>;
export type ArticleOccurrences = ResultOf<'suggestion.occurrences'>;

/** What is looked for: the names, the label they propose and the entity an accepted one links to. */
interface Sought {
  readonly names: readonly string[];
  readonly labelId: number;
  readonly entity: SuggestedEntity | null;
}

/**
 * An entity's name and aliases; or a text with a label, linking to the entities of that type
 * already named so, or else proposing a new one (null for a label that is not an entity type).
 */
function sought(db: DatabaseSync, target: OccurrenceTarget): Sought {
  if ('entityId' in target) {
    const entity = getEntity(db, target.entityId);
    return {
      names: [entity.name, ...entity.aliases],
      labelId: entity.typeLabelId,
      entity: { kind: 'existing', entityIds: [entity.id] },
    };
  }
  const label = getLabel(db, target.labelId);
  const name = target.text.trim();
  const named = db
    .prepare(
      `SELECT id FROM entity WHERE type_label_id = ?
         AND (name = ? OR id IN (SELECT entity_id FROM entity_alias WHERE alias = ?)) ORDER BY id`,
    )
    .all(label.id, name, name) as { id: number }[];
  const entity: SuggestedEntity | null =
    named.length > 0
      ? { kind: 'existing', entityIds: named.map((row) => row.id) }
      : label.kind === 'entity'
        ? { kind: 'new', draft: { typeLabelId: label.id, name, aliases: [], externalIds: [] } }
        : null;
  return { names: [name], labelId: label.id, entity };
}

/**
 * Every occurrence of an entity's names (or of a text) across the articles outside the trash that
 * is neither annotated with its label nor rejected, grouped by article, by title. The full-text
 * index picks the articles that may hold a name; only those are read, and only the parts of their
 * blocks around a name's first word (or its stem) are matched.
 */
export function corpusOccurrences(
  db: DatabaseSync,
  reader: ArticleReader,
  settled: SettledSpanReader,
  target: OccurrenceTarget,
): ArticleOccurrences {
  const { names, labelId, entity } = sought(db, target);
  const matcher = new RegistryMatcher([{ entityId: 0, labelId, names }], readSuggestionOptions(db));
  const narrow = whereOneOfMayStand(names);
  const found: ArticleOccurrences = [];
  for (const candidate of candidateArticles(db, names)) {
    const article = reader.article(candidate.id, narrow);
    const matches = registrySuggestions(matcher, article).map((suggestion) => ({ ...suggestion, entity }));
    if (matches.length === 0) continue;
    const suggestions = settled.read(article.id, article.text, labelId).open(matches);
    if (suggestions.length > 0) found.push({ articleId: article.id, articleTitle: candidate.title, suggestions });
  }
  return found;
}
