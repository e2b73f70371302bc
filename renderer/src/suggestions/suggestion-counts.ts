import type { EntityId, EntitySummary, Label, LabelId } from '../../../shared/model/annotation';
import type { Suggestion } from '../../../shared/model/suggestion';
import { entityTargetKey, suggestedEntityName } from './suggested-entity';

export interface SuggestionCount {
  /** Who or what is suggested: an entity's name (several when they share it), a new entity's, a label's. */
  readonly name: string;
  readonly labelId: LabelId;
  readonly count: number;
  /** The first of them in the text. */
  readonly first: Suggestion;
}

export interface CountLookup {
  entity(id: EntityId): Pick<EntitySummary, 'name'> | undefined;
  label(id: LabelId): Pick<Label, 'name'> | undefined;
}

/** How a suggestion's entity (or label, for a pattern) is named in the tab. */
export function suggestionTargetName(suggestion: Suggestion, lookup: CountLookup): string {
  const entity = suggestion.entity;
  if (entity === null) return lookup.label(suggestion.labelId)?.name ?? suggestion.matched;
  if (entity.kind === 'new') return `${entity.draft.name} (new)`;
  const names = entity.entityIds.map((id) => lookup.entity(id)?.name ?? suggestedEntityName(suggestion));
  return [...new Set(names)].join(' or ');
}

/** Suggestions counted per entity (or per label where they name none), most first, then by name. */
export function countSuggestions(suggestions: readonly Suggestion[], lookup: CountLookup): SuggestionCount[] {
  const counts = new Map<string, SuggestionCount>();
  for (const suggestion of suggestions) {
    const key = entityTargetKey(suggestion) ?? `label:${suggestion.labelId}`;
    const known = counts.get(key);
    counts.set(
      key,
      known === undefined
        ? { name: suggestionTargetName(suggestion, lookup), labelId: suggestion.labelId, count: 1, first: suggestion }
        : { ...known, count: known.count + 1 },
    );
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
