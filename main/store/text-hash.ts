import { createHash } from 'node:crypto';

/**
 * SHA-256 of an article's stored (normalised) text. The same article saved once as UTF-8 and once
 * as windows-1252 has different bytes but this same hash, so an import can say it is already there.
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The name migrations call textHash by in SQL, to fill the column in for existing articles. */
export const TEXT_HASH_SQL_FUNCTION = 'workbench_text_hash';
