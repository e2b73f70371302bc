import fc from 'fast-check';

/** Characters that break naive offset arithmetic, each with its sizes in the three units. */
export const SAMPLES = {
  family: { text: '👨‍👩‍👧', utf16: 8, codePoints: 5, utf8: 18 },
  flag: { text: '🇩🇪', utf16: 4, codePoints: 2, utf8: 8 },
  skinTone: { text: '👍🏽', utf16: 4, codePoints: 2, utf8: 8 },
  combiningAcute: { text: 'e\u0301', utf16: 2, codePoints: 2, utf8: 3 },
  cjk: { text: '北京', utf16: 2, codePoints: 2, utf8: 6 },
  persian: { text: 'سلام', utf16: 4, codePoints: 4, utf8: 8 },
  astralCjk: { text: '𠀀', utf16: 2, codePoints: 1, utf8: 4 },
} as const;

/** Pieces of real-looking multilingual article text, for property tests. */
const TOKENS = [
  'Scholz',
  'Bundesverfassungsgericht',
  'CDU-Politiker',
  'U.S.',
  'café',
  'don’t',
  '3.14',
  '北京大学',
  '学习',
  '東京都に住んでいます',
  'سلام',
  'می‌خواهم',
  '،',
  'Привет',
  ...Object.values(SAMPLES).map((sample) => sample.text),
  '🇫🇷',
  '\u0301',
  '\u200d',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\u00a0',
  ',',
  '.',
  '„',
  '“',
  '(',
  ')',
  '—',
  '-',
  '。',
  '，',
];

/** A text of 0–`maxTokens` tokens: words in several scripts, emoji, marks, spaces, punctuation. */
export const mixedText = (maxTokens = 60) =>
  fc.array(fc.constantFrom(...TOKENS), { maxLength: maxTokens }).map((tokens) => tokens.join(''));

/** Every UTF-16 offset of the text that is not between the halves of a surrogate pair. */
export function codePointOffsets(text: string): number[] {
  const offsets = [0];
  for (const char of text) offsets.push((offsets[offsets.length - 1] ?? 0) + char.length);
  return offsets;
}
