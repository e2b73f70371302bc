import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts, type TextHunk } from '../../../shared/text/text-diff';

function apply(text: string, hunks: readonly TextHunk[]): string {
  let out = '';
  let at = 0;
  for (const hunk of hunks) {
    out += text.slice(at, hunk.from) + hunk.insertedText;
    at = hunk.to;
  }
  return out + text.slice(at);
}

describe('diffTexts', () => {
  it('gives nothing for equal texts', () => {
    expect(diffTexts('Xi Jinping', 'Xi Jinping')).toEqual([]);
  });

  it('keeps two edits apart, so the text between them is untouched', () => {
    const before = 'Präsident Xi Jinping traf Schoigu in Peking.';
    const after = 'Präsident Xi Jinping traf Schoigu in Beijing!';
    const hunks = diffTexts(before, after);
    expect(apply(before, hunks)).toBe(after);
    // "Schoigu" lies between the edits and is in no hunk.
    const schoigu = before.indexOf('Schoigu');
    expect(hunks.every((hunk) => hunk.to <= schoigu || hunk.from >= schoigu + 'Schoigu'.length)).toBe(true);
  });

  it('never cuts an emoji, a flag or a surrogate pair', () => {
    const hunks = diffTexts('Teheran 🇮🇷 und 😀', 'Teheran 🇩🇪 und 😃');
    for (const hunk of hunks) {
      for (const offset of [hunk.from, hunk.to]) {
        const code = 'Teheran 🇮🇷 und 😀'.charCodeAt(offset);
        expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }
    }
    expect(apply('Teheran 🇮🇷 und 😀', hunks)).toBe('Teheran 🇩🇪 und 😃');
  });

  it('turns cutting a long passage into a few hunks, not a character-by-character search', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `Absatz ${i}: Der Präsident traf den Sekretär. 😀\n`);
    const before = paragraphs.join('');
    const after = before.slice(0, 40_000) + before.slice(90_000);
    const hunks = diffTexts(before, after);
    expect(apply(before, hunks)).toBe(after);
    expect(hunks.length).toBeLessThanOrEqual(3);
  });

  it('always produces hunks that rebuild the new text, in order and apart', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '\n', '😀', 'é', 'ß');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.array(alphabet, { maxLength: 40 }), (a, b) => {
        const before = a.join('');
        const after = b.join('');
        const hunks = diffTexts(before, after);
        expect(apply(before, hunks)).toBe(after);
        hunks.forEach((hunk, i) => {
          const previous = hunks[i - 1];
          if (previous !== undefined) expect(hunk.from).toBeGreaterThan(previous.to);
        });
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
