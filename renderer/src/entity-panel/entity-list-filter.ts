import type { EntitySummary, LabelId } from '../../../shared/model/annotation';
import { foldForMatch } from '../../../shared/text/fold-for-match';

/**
 * Entities whose name or an alias contains every typed word (case and accents ignored), of one type
 * if given: the most mentioned first, then by name.
 */
export function filterEntities(
  entities: readonly EntitySummary[],
  query: string,
  typeLabelId: LabelId | null,
): EntitySummary[] {
  const words = foldForMatch(query.trim())
    .split(/\s+/u)
    .filter((word) => word !== '');
  return entities
    .filter((entity) => {
      if (typeLabelId !== null && entity.typeLabelId !== typeLabelId) return false;
      if (words.length === 0) return true;
      const haystack = foldForMatch([entity.name, ...entity.aliases].join('\n'));
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}
