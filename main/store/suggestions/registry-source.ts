import type { DatabaseSync } from 'node:sqlite';
import type { Suggestion } from '../../../shared/model/suggestion';
import { RegistryMatcher, type RegistryEntry } from '../../../shared/suggestions/registry-matcher';
import { buildTextQuote } from '../../../shared/annotation/text-quote';
import { BuiltPerSourceVersion } from './source-version';
import { readSuggestionOptions } from './suggestion-options';
import type { ArticleToSuggest, SuggestionSource } from './suggestion-source';

/** Every entity with its name and aliases, as the recommender indexes them. */
export function registryEntries(db: DatabaseSync): RegistryEntry[] {
  const entries = new Map<number, { entityId: number; labelId: number; names: string[] }>();
  for (const row of db.prepare('SELECT id, type_label_id, name FROM entity').all() as {
    id: number;
    type_label_id: number;
    name: string;
  }[]) {
    entries.set(row.id, { entityId: row.id, labelId: row.type_label_id, names: [row.name] });
  }
  for (const row of db.prepare('SELECT entity_id, alias FROM entity_alias').all() as {
    entity_id: number;
    alias: string;
  }[]) {
    entries.get(row.entity_id)?.names.push(row.alias);
  }
  return [...entries.values()];
}

/** The registry's matches in an article as suggestions linking to the entities they name. */
export function registrySuggestions(matcher: RegistryMatcher, article: ArticleToSuggest): Suggestion[] {
  return matcher.find(article.text, article.runs).map((match) => ({
    articleId: article.id,
    start: match.start,
    end: match.end,
    labelId: match.labelId,
    quote: buildTextQuote(article.text, [{ start: match.start, end: match.end }]),
    matched: match.name,
    entity: { kind: 'existing', entityIds: [...match.entityIds] },
    origin: { kind: 'registry' },
    form: match.form,
  }));
}

/**
 * The project's entity registry as a source: every name and alias proposes its entity's type.
 * Indexing 20,000 entities takes a while, so the matcher is kept for as long as the connection
 * lives and built again only when a name, an alias, a type or the options change.
 */
export class RegistrySource implements SuggestionSource {
  private readonly built: BuiltPerSourceVersion<RegistryMatcher>;

  constructor(db: DatabaseSync) {
    this.built = new BuiltPerSourceVersion(
      db,
      () => new RegistryMatcher(registryEntries(db), readSuggestionOptions(db)),
    );
  }

  propose(article: ArticleToSuggest): Suggestion[] {
    return registrySuggestions(this.built.current(), article);
  }
}
