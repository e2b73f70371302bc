import type { ClaimDetails, EntityId, Label, LabelId } from '../../../shared/model/annotation';
import { PublishedDate } from '../../../shared/model/article';

/** A claim attribute (stance, verdict) with the values it can take, in schema order. */
export interface ClaimAttribute {
  readonly attribute: Label;
  readonly values: readonly Label[];
}

/** Claim-attribute labels come in one list: those without a parent are attributes, the rest their values. */
export function claimAttributesOf(labels: readonly Label[]): ClaimAttribute[] {
  const ordered = [...labels].sort((a, b) => a.position - b.position);
  return ordered
    .filter((label) => label.parentId === null)
    .map((attribute) => ({ attribute, values: ordered.filter((label) => label.parentId === attribute.id) }));
}

export function emptyClaim(): ClaimDetails {
  return { aboutEntityIds: [], attributes: {} };
}

/** The claim with `attributeId` set to `valueId`, or without it for null ("—"). */
export function withAttribute(claim: ClaimDetails, attributeId: LabelId, valueId: LabelId | null): ClaimDetails {
  const others = Object.entries(claim.attributes).filter(([id]) => Number(id) !== attributeId);
  const attributes: Record<LabelId, LabelId> = Object.fromEntries(others);
  if (valueId !== null) attributes[attributeId] = valueId;
  return { ...claim, attributes };
}

export function withDate(claim: ClaimDetails, date: string | null): ClaimDetails {
  const next = { ...claim };
  if (date === null) delete next.date;
  else next.date = date;
  return next;
}

export function withoutClaimant(claim: ClaimDetails): ClaimDetails {
  const next = { ...claim };
  delete next.claimantEntityId;
  delete next.claimantAnnotationId;
  return next;
}

export function withAboutEntity(claim: ClaimDetails, entityId: EntityId): ClaimDetails {
  if (claim.aboutEntityIds.includes(entityId)) return claim;
  return { ...claim, aboutEntityIds: [...claim.aboutEntityIds, entityId] };
}

export function withoutAboutEntity(claim: ClaimDetails, entityId: EntityId): ClaimDetails {
  return { ...claim, aboutEntityIds: claim.aboutEntityIds.filter((id) => id !== entityId) };
}

export type DateCheck =
  { readonly ok: true; readonly date: string | null } | { readonly ok: false; readonly message: string };

/** Checks a typed claim date with the same rule as an article's published date; empty clears it. */
export function checkClaimDate(typed: string): DateCheck {
  const text = typed.trim();
  if (text === '') return { ok: true, date: null };
  const parsed = PublishedDate.safeParse(text);
  if (parsed.success) return { ok: true, date: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Use a date such as 2025-02-28.' };
}
