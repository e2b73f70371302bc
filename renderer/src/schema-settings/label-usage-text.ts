import type { LabelUsage } from '../../../shared/model/annotation';
import { counted } from '../text/plural';

/** Whether anything in the project still uses the label. */
export function isLabelUsed(usage: LabelUsage): boolean {
  return Object.values(usage).some((count) => count > 0);
}

/** "3 annotations, 1 entity and 2 articles": what removing the label affects, for the question. */
export function describeLabelUsage(usage: LabelUsage): string {
  const parts = [
    countedIfAny(usage.annotations, 'annotation', 'annotations'),
    countedIfAny(usage.entities, 'entity', 'entities'),
    countedIfAny(usage.relations, 'relation', 'relations'),
    countedIfAny(usage.articles, 'labelled article', 'labelled articles'),
    countedIfAny(usage.claimAttributes, 'claim answer', 'claim answers'),
    countedIfAny(usage.layerAnnotations, 'annotation in colleagues’ layers', 'annotations in colleagues’ layers'),
  ].filter((part) => part !== null);
  if (parts.length <= 1) return parts[0] ?? 'nothing';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** The count with its noun; null for none, which the question leaves out. */
function countedIfAny(count: number, one: string, many: string): string | null {
  return count === 0 ? null : counted(count, one, many);
}
