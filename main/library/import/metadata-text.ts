import { ARTICLE_LIMITS } from '../../../shared/model/article';

// C0/C1 controls, bidi overrides and other invisible format characters have no place in a
// one-line field and can disguise a value (a reversed URL, a hidden suffix).
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * A metadata value as the workbench keeps it: one line, whitespace collapsed, NFC, invisible
 * characters removed, cut to the field limit; null when nothing is left.
 */
export function cleanMetadataText(
  raw: string | null | undefined,
  maxChars: number = ARTICLE_LIMITS.metadataFieldMaxChars,
): string | null {
  if (raw === null || raw === undefined) return null;
  const clean = raw.replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim().normalize('NFC');
  if (clean === '') return null;
  if (clean.length <= maxChars) return clean;
  // Never cut between the two halves of a surrogate pair.
  const cut = clean.slice(0, maxChars);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const ISO_WITHOUT_ZONE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?)?)?$/;
const EXPLICIT_ZONE = /(Z|[+-]\d{2}:?\d{2}|\b(GMT|UTC|UT)([+-]\d{2}:?\d{2})?)$/i;

/**
 * A publication date as ISO 8601. ISO values without a time zone are kept as written (turning
 * them into UTC would invent an offset); values with a zone become UTC date-times; other
 * readable dates become the calendar date they name. Anything else is dropped.
 */
export function isoDate(raw: string | null | undefined): string | null {
  const value = cleanMetadataText(raw, 100);
  // A year is the least a date must name; `new Date('1')` would otherwise be read as 2001.
  if (value === null || !/\d{4}/.test(value)) return null;
  if (ISO_WITHOUT_ZONE.test(value)) return value.replace(' ', 'T');
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return null;
  if (EXPLICIT_ZONE.test(value)) return parsed.toISOString();
  // Read back the local calendar fields, so the result does not depend on this machine's time zone.
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}
