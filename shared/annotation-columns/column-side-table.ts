import * as z from 'zod';
import { ANNOTATION_LIMITS, ClaimDetails } from '../model/annotation';
import { PUBLISHED_DATE_PATTERN } from '../model/article';
import { isRowId } from './column-layout';

/**
 * What the columns carry as JSON: the distinct authorship stamps (few, since annotations made
 * together share one) and the claim details of the annotations flagged as claims, in their order.
 */
export const ColumnSideTable = z.strictObject({
  stamps: z.array(z.string()),
  claims: z.array(ClaimDetails),
});
export type ColumnSideTable = z.infer<typeof ColumnSideTable>;

/**
 * A side table as ColumnSideTable parses it; throws as the schema does. A table in the form a store
 * writes is vouched for by plain checks first: the schema runs interpreted in the window (its
 * compiled parsers need `eval`, which the CSP forbids), and it took ~60 ms of the main thread to
 * check the 450 claims of a 1 MB article while the window was starting. Whatever the plain checks
 * do not vouch for goes to the schema, which decides, so they only need to accept nothing the
 * schema would refuse or change.
 */
export function parseColumnSideTable(value: unknown): ColumnSideTable {
  return isStoredSideTable(value) ? value : ColumnSideTable.parse(value);
}

/** A plain JSON object: what `JSON.parse` makes of `{…}`. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function isStoredSideTable(value: unknown): value is ColumnSideTable {
  if (!isPlainObject(value) || Object.keys(value).length !== 2) return false;
  const { stamps, claims } = value;
  return (
    Array.isArray(stamps) &&
    stamps.every((stamp) => typeof stamp === 'string') &&
    Array.isArray(claims) &&
    claims.every(isStoredClaim)
  );
}

const CLAIM_KEYS: ReadonlySet<string> = new Set(Object.keys(ClaimDetails.shape));

function isStoredClaim(value: unknown): value is ClaimDetails {
  if (!isPlainObject(value) || !Object.keys(value).every((key) => CLAIM_KEYS.has(key))) return false;
  const { claimantEntityId, claimantAnnotationId, aboutEntityIds, attributes, date } = value;
  return (
    (!('claimantEntityId' in value) || isRowId(claimantEntityId)) &&
    (!('claimantAnnotationId' in value) || isRowId(claimantAnnotationId)) &&
    (!('date' in value) || (typeof date === 'string' && PUBLISHED_DATE_PATTERN.test(date))) &&
    Array.isArray(aboutEntityIds) &&
    aboutEntityIds.length <= ANNOTATION_LIMITS.aboutEntitiesMax &&
    aboutEntityIds.every(isRowId) &&
    new Set(aboutEntityIds).size === aboutEntityIds.length &&
    isStoredAttributes(attributes)
  );
}

/** Label id → value id, keys written as the store writes a number: "12", never "012". */
function isStoredAttributes(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length <= ANNOTATION_LIMITS.labelsPerKindMax &&
    keys.every((key) => isRowId(Number(key)) && String(Number(key)) === key && isRowId(value[key]))
  );
}
