const COLON = 58;
const COMMA = 44;
const ZERO = 48;

/**
 * Visits the pairs of non-negative integers SQLite packed as "a:b,a:b,…" with group_concat. Rows
 * packed into one string cost one value where half a million rows cost half a million objects;
 * parsing by character codes keeps it that way: splitting would make a string and an array per pair.
 */
export function forEachPackedPair(packed: string, visit: (first: number, second: number) => void): void {
  if (packed.length === 0) return;
  let first = 0;
  let number = 0;
  for (let i = 0; i < packed.length; i++) {
    const code = packed.charCodeAt(i);
    if (code === COLON) {
      first = number;
      number = 0;
    } else if (code === COMMA) {
      visit(first, number);
      number = 0;
    } else {
      number = number * 10 + (code - ZERO);
    }
  }
  visit(first, number);
}
