import fc from 'fast-check';
import type { Pool } from '../sample-texts';

/**
 * Which existing thing a command means, decided when it runs (commands are generated before any of
 * them runs): the n-th of those there are then, or, now and then, an id that does not exist.
 */
export interface Pick {
  readonly n: number;
  readonly missing: boolean;
}

/** An id no row of a test project reaches. */
export const MISSING_ID = 987_654;

export const pick: fc.Arbitrary<Pick> = fc.oneof(
  { weight: 15, arbitrary: fc.nat({ max: 999 }).map((n) => ({ n, missing: false })) },
  { weight: 1, arbitrary: fc.constant({ n: 0, missing: true }) },
);

/** The picked item, or undefined where there is none or a missing one was asked for. */
export function chosen<T>(items: readonly T[], which: Pick): T | undefined {
  return which.missing || items.length === 0 ? undefined : items[which.n % items.length];
}

/** The picked item's id, or an id that does not exist. */
export function chosenId(items: readonly { id: number }[], which: Pick): number {
  return chosen(items, which)?.id ?? MISSING_ID;
}

/** A value from a list, by a generated number. */
export function nth<T>(items: readonly T[], n: number): T {
  const item = items[n % items.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** Several distinct picks (for lists that must not repeat an item). */
export const picks = (maxLength: number): fc.Arbitrary<Pick[]> =>
  fc.uniqueArray(pick, { maxLength, selector: (which) => (which.missing ? -1 : which.n) });

/** True nine times in ten, and false once: a flag for following the rules or, rarely, breaking one. */
export const mostly = fc.nat({ max: 9 }).map((n) => n !== 0);
export const rarely = mostly.map((flag) => !flag);

/** A value from a pool: a valid one nine times in ten, else (if the pool has any) one the store must refuse. */
export function fromPool<T>(pool: Pool<T>): fc.Arbitrary<T> {
  const valid = fc.constantFrom(...pool.valid);
  if (pool.invalid.length === 0) return valid;
  return fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...pool.invalid) });
}
