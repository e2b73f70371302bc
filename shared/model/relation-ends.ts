import type { Label, LabelId } from './annotation';

/** Whether a relation type may link a span with label `sourceLabelId` to one with `targetLabelId`. */
export function relationTypeAllows(type: Label, sourceLabelId: LabelId, targetLabelId: LabelId): boolean {
  return (
    (type.sourceLabelIds?.includes(sourceLabelId) ?? true) && (type.targetLabelIds?.includes(targetLabelId) ?? true)
  );
}

/**
 * Why a relation type refuses these ends, in one sentence naming what it allows
 * (“said_by” goes from Claim to Person or Organisation, not from Location to Person.), or null.
 */
export function relationEndsRefusal(
  type: Label,
  source: Label | undefined,
  target: Label | undefined,
  labelName: (id: LabelId) => string,
): string | null {
  if (source === undefined || target === undefined || relationTypeAllows(type, source.id, target.id)) return null;
  const allowed = (ids: readonly LabelId[] | undefined) =>
    ids === undefined ? 'any label' : ids.map(labelName).join(' or ');
  return `“${type.name}” goes from ${allowed(type.sourceLabelIds)} to ${allowed(type.targetLabelIds)}, not from ${source.name} to ${target.name}.`;
}
