import { describe, expect, it } from 'vitest';
import { labelTokens, NO_LABEL } from '../../../shared/agreement/token-labels';
import { wordTokens } from '../../../shared/agreement/word-tokens';
import { spanIn } from './spans';

const quotes = (text: string, language?: string) => wordTokens(text, language).map((t) => text.slice(t.start, t.end));

describe('word tokens', () => {
  it('are the non-space word segments: words, punctuation and whole emoji, in UTF-16 offsets', () => {
    const text = 'Flagge 🇩🇪 in سلام عليكم 👨‍👩‍👧, e\u0301te.';
    expect(quotes(text)).toEqual(['Flagge', '🇩🇪', 'in', 'سلام', 'عليكم', '👨‍👩‍👧', ',', 'e\u0301te', '.']);
    expect(wordTokens(text, undefined)[1]).toEqual({ start: 7, end: 11 });
  });

  it("split Chinese by the article's language, and fall back to the default for a malformed tag", () => {
    expect(quotes('我住在北京大学。', 'zh')).toEqual(['我', '住在', '北京', '大学', '。']);
    expect(quotes('a b', 'not a tag!')).toEqual(['a', 'b']);
  });
});

describe('token labels', () => {
  const text = 'Präsident der Russischen Föderation Putin';
  const tokens = wordTokens(text, 'de');

  it('give a token the label of every span sharing a code unit with it, and NO_LABEL to the rest', () => {
    const partial = { start: text.indexOf('Putin') + 2, end: text.length, label: 4 };
    const labels = labelTokens(tokens, [partial]);
    expect(labels.map((l) => l.category)).toEqual([NO_LABEL, NO_LABEL, NO_LABEL, NO_LABEL, 4]);
  });

  it('resolve nested spans of one annotator to the innermost, and keep every label for per-label measures', () => {
    const title = spanIn(text, 'Präsident der Russischen Föderation', 1);
    const country = spanIn(text, 'Russischen Föderation', 3);
    const labels = labelTokens(tokens, [title, country]);
    expect(labels.map((l) => l.category)).toEqual([1, 1, 3, 3, NO_LABEL]);
    expect(labels.map((l) => l.covering)).toEqual([[1], [1], [1, 3], [1, 3], []]);
  });

  it('resolve two equally long spans on a token to the lower label id, whatever their order', () => {
    const a = spanIn(text, 'Putin', 9);
    const b = spanIn(text, 'Putin', 2);
    expect(labelTokens(tokens, [a, b])[4]?.category).toBe(2);
    expect(labelTokens(tokens, [b, a])[4]?.category).toBe(2);
  });

  it('ignore empty spans', () => {
    const start = text.indexOf('Putin');
    expect(labelTokens(tokens, [{ start, end: start, label: 1 }])[4]?.category).toBe(NO_LABEL);
  });
});
