import type { DatabaseSync } from 'node:sqlite';
import { GazetteerSource } from './gazetteer-source';
import { PatternSource } from './pattern-source';
import { RegistrySource } from './registry-source';
import type { SuggestionSource } from './suggestion-source';

/**
 * Every source of the project's suggestions, made once per connection (each keeps what it has
 * indexed until its data changes). A new kind of source is one more line here; where their
 * proposals overlap, the longest wins, then the one listed first.
 */
export function suggestionSources(db: DatabaseSync): SuggestionSource[] {
  return [new RegistrySource(db), new GazetteerSource(db), new PatternSource(db)];
}
