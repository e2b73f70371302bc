/** The value, or a test failure naming what was missing: for lookups a test expects to succeed. */
export function present<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected a ${what}, found none`);
  return value;
}
