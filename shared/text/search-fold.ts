import { withoutDiacritics } from './fold-for-match';

/**
 * The form names are compared in when looking an entity up: without accents, case or ß, so typing
 * "schoigu", "Schoígu" or "SCHOIGU" all find “Schoigu”, and "strasse" finds “Straße”.
 */
export function foldForSearch(text: string): string {
  return withoutDiacritics(text).toLowerCase().replace(/ß/g, 'ss').replace(/\s+/gu, ' ').trim();
}

/** Whether `query` (folded) starts the folded name or one of its words. */
export function matchesWordPrefix(foldedName: string, foldedQuery: string): boolean {
  return foldedName.startsWith(foldedQuery) || foldedName.includes(` ${foldedQuery}`);
}
