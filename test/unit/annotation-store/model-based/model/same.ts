import { isDeepStrictEqual } from 'node:util';

/**
 * Fails with the first place where `actual` and `expected` differ, named by its path, so a failing
 * run of fifty steps says what went wrong in one line instead of printing the whole project.
 */
export function expectSame(actual: unknown, expected: unknown, what: string): void {
  const difference = firstDifference(withoutAuthorship(actual), withoutAuthorship(expected), '');
  if (difference !== null) throw new Error(`${what} differs at ${difference}`);
}

function firstDifference(actual: unknown, expected: unknown, path: string): string | null {
  if (isDeepStrictEqual(actual, expected)) return null;
  if (isObject(actual) && isObject(expected) && Array.isArray(actual) === Array.isArray(expected)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = firstDifference(actual[key], expected[key], `${path}.${key}`);
      if (found !== null) return found;
    }
  }
  return `${path || '(top)'}: store has ${show(actual)}, expected ${show(expected)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function show(value: unknown): string {
  // JSON.stringify is typed as always giving a string; it gives undefined for undefined and functions.
  const text = (JSON.stringify(value) as string | undefined) ?? String(value);
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** Who made and changed a row, and when: invariants.ts checks them, the model does not predict them. */
const AUTHORSHIP = new Set(['createdBy', 'createdAt', 'updatedBy', 'updatedAt']);

/**
 * `value` without the authorship of annotations, relations, notes and entities, and without
 * articles' review status, which the first annotation sets: the dumps of every table, compared
 * before and after each step and its undo, hold them exactly. An article's own createdAt stays.
 */
export function withoutAuthorship(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAuthorship);
  if (!isObject(value)) return value;
  const isArticle = 'metadata' in value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => (isArticle ? key !== 'review' : !AUTHORSHIP.has(key)))
      .map(([key, item]) => [key, withoutAuthorship(item)]),
  );
}
