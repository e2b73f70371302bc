import type { LabelUsage } from '../../../shared/model/annotation';

/** Whether anything in the project still uses the label. */
export function isLabelUsed(usage: LabelUsage): boolean {
  return Object.values(usage).some((count) => count > 0);
}

/** "3 annotations, 1 entity and 2 articles": what removing the label affects, for the question. */
export function describeLabelUsage(usage: LabelUsage): string {
  const parts = [
    counted(usage.annotations, 'annotation', 'annotations'),
    counted(usage.entities, 'entity', 'entities'),
    counted(usage.relations, 'relation', 'relations'),
    counted(usage.articles, 'labelled article', 'labelled articles'),
    counted(usage.claimAttributes, 'claim answer', 'claim answers'),
  ].filter((part) => part !== null);
  if (parts.length <= 1) return parts[0] ?? 'nothing';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function counted(count: number, one: string, many: string): string | null {
  if (count === 0) return null;
  return `${count} ${count === 1 ? one : many}`;
}
