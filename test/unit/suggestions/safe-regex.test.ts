import { describe, expect, it } from 'vitest';
import { compileSafeRegex } from '../../../shared/suggestions/safe-regex';

function matched(source: string, text: string, flags = ''): string[] {
  const compiled = compileSafeRegex(source, flags);
  if (!compiled.ok) throw new Error(compiled.error);
  return [...compiled.regex.matches(text)].map(({ start, end }) => text.slice(start, end));
}

describe('regular expressions from rules files', () => {
  it('matches the classic catastrophic patterns against hostile text without hanging', () => {
    const hostile = `${'a'.repeat(100_000)}!`;
    expect(matched('(a+)+$', hostile)).toEqual([]);
    expect(matched('(a|aa)*b', hostile)).toEqual([]);
    expect(matched('a*a*a*b', hostile)).toEqual([]);
    expect(matched('(\\w+\\s?)*x', `${'word '.repeat(20_000)}!`)).toEqual([]);
  });

  it('gives UTF-16 offsets in text with emoji, CJK and right-to-left script', () => {
    const text = '👍🏽 AZ 12/2024 北京 قال';
    const compiled = compileSafeRegex('AZ \\d+/\\d+|北京|قال');
    expect(compiled.ok && [...compiled.regex.matches(text)]).toEqual([
      { start: 5, end: 15 },
      { start: 16, end: 18 },
      { start: 19, end: 22 },
    ]);
  });

  it('honours the flags i, m and s and refuses others', () => {
    expect(matched('tass', 'TASS und Tass', 'i')).toEqual(['TASS', 'Tass']);
    expect(matched('^b', 'a\nb', 'm')).toEqual(['b']);
    expect(matched('a.b', 'a\nb', 's')).toEqual(['a\nb']);
    expect(compileSafeRegex('a', 'y')).toEqual({ ok: false, error: 'the flags "y" are not among i, m and s' });
  });

  it('refuses backreferences, bad syntax, empty and overlong expressions with a reason', () => {
    for (const source of ['(x)\\1', '[', '', 'a'.repeat(501)]) {
      const compiled = compileSafeRegex(source);
      expect(compiled.ok).toBe(false);
    }
    expect(compileSafeRegex('a'.repeat(501))).toEqual({
      ok: false,
      error: 'the regular expression is longer than 500 characters',
    });
  });
});
