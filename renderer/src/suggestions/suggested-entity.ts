import type { Suggestion } from '../../../shared/model/suggestion';

/** The name a suggestion's entity goes by: a new one's draft name, else the text it matched. */
export function suggestedEntityName(suggestion: Pick<Suggestion, 'entity' | 'matched'>): string {
  return suggestion.entity?.kind === 'new' ? suggestion.entity.draft.name : suggestion.matched;
}

/**
 * What "this entity" of a suggestion is, for counting and accepting all of it: the registry's
 * entities it names (in any order), or the new entity a gazetteer proposes by type and name.
 * Null for a pattern's label-only suggestion.
 */
export function entityTargetKey(suggestion: Pick<Suggestion, 'entity' | 'labelId'>): string | null {
  const entity = suggestion.entity;
  if (entity === null) return null;
  if (entity.kind === 'existing') return `existing:${[...entity.entityIds].sort((a, b) => a - b).join(',')}`;
  return `new:${suggestion.labelId}:${entity.draft.name}`;
}

export function sameEntityTarget(
  a: Pick<Suggestion, 'entity' | 'labelId'>,
  b: Pick<Suggestion, 'entity' | 'labelId'>,
): boolean {
  const key = entityTargetKey(a);
  return key !== null && key === entityTargetKey(b);
}
