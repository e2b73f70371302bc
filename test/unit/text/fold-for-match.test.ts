import { describe, expect, it } from 'vitest';
import { foldForMatch, withoutDiacritics } from '../../../shared/text/fold-for-match';

/** The slow way, for every text: what the fast path must agree with. */
function normalised(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

describe('withoutDiacritics', () => {
  it('drops the marks of accented Latin and Cyrillic letters', () => {
    expect(withoutDiacritics('Sudán Müller')).toBe('Sudan Muller');
    expect(withoutDiacritics('Ёлка и йод')).toBe('Елка и иод');
    expect(withoutDiacritics('آب 👍🏽 مرد')).toBe('اب 👍🏽 مرد');
    expect(foldForMatch('ПЕКИН, Пёкин')).toBe('пекин, пекин');
  });

  it('agrees with normalising for every character, and for lone surrogates', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const text = `a${code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code)}b`;
      if (withoutDiacritics(text) !== normalised(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('drops a combining mark that follows a plain letter', () => {
    expect(withoutDiacritics('Пеки\u0306н')).toBe('Пекин');
    expect(withoutDiacritics('Cafe\u0301 👩🏽‍💻 北京 שלום\r\n')).toBe('Cafe 👩🏽‍💻 北京 שלום\r\n');
  });
});
