import type { TextRange, Utf16Offset } from './offsets';

/** Letters of the scripts Chinese, Japanese and Korean are written in, with the marks ー 々 〆 ヶ. */
const CJK_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005\u3006\u30f6]/u;
/** A run starts with such a letter; marks and joiners ride along with the letter before them. */
const CJK_RUN =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005\u3006\u30f6][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005\u3006\u30f6\p{M}\u200c\u200d]*/gu;
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
const HANGUL = /\p{sc=Hangul}/u;
const LETTER = /\p{L}/u;

/**
 * The longest run of Chinese or Japanese letters, in code points, that is taken as one word inside
 * text of another script: Chinese names have two to four characters, Japanese ones up to about six
 * (小泉純一郎), with a title (王毅外长) a few more. A longer run is a quoted phrase, split as words.
 */
export const MAX_QUOTED_NAME_LENGTH = 8;

/** How far either side of a position the paragraph is read to tell its script. */
const BLOCK_REACH = 512;

export type CjkLanguage = 'zh' | 'ja' | 'ko';

/**
 * The language whose writing dominates the paragraph around `offset` if that is Chinese, Japanese
 * or Korean (more letters of those scripts than of all others), else null. Kana make it Japanese,
 * Hangul Korean, Han alone Chinese.
 */
export function cjkBlockLanguage(text: string, offset: Utf16Offset): CjkLanguage | null {
  const block = paragraphAround(text, offset);
  let cjk = 0;
  let other = 0;
  let kana = 0;
  let hangul = 0;
  for (const char of block) {
    if (CJK_LETTER.test(char)) {
      cjk++;
      if (KANA.test(char)) kana++;
      else if (HANGUL.test(char)) hangul++;
    } else if (LETTER.test(char)) other++;
  }
  if (cjk === 0 || cjk < other) return null;
  if (hangul * 2 > cjk) return 'ko';
  return kana > 0 ? 'ja' : 'zh';
}

/**
 * The short run of Chinese, Japanese or Korean letters (at most MAX_QUOTED_NAME_LENGTH code
 * points) that contains the character at `offset`, or null if that character is not in one.
 */
export function shortCjkRunAt(text: string, offset: Utf16Offset): TextRange | null {
  if (offset < 0 || offset >= text.length) return null;
  // Wide enough for the longest run worth finding in astral characters: a run reaching its edge is too long.
  const reach = MAX_QUOTED_NAME_LENGTH * 4;
  const windowStart = Math.max(0, offset - reach);
  const windowEnd = Math.min(text.length, offset + reach + 1);
  for (const match of text.slice(windowStart, windowEnd).matchAll(CJK_RUN)) {
    const start = windowStart + match.index;
    const end = start + match[0].length;
    if (start > offset) return null;
    if (end <= offset) continue;
    const cutByWindow = (start === windowStart && start > 0) || (end === windowEnd && end < text.length);
    const letters = [...match[0]].filter((char) => CJK_LETTER.test(char)).length;
    return cutByWindow || letters > MAX_QUOTED_NAME_LENGTH ? null : { start, end };
  }
  return null;
}

function paragraphAround(text: string, offset: Utf16Offset): string {
  const from = Math.max(0, offset - BLOCK_REACH);
  const to = Math.min(text.length, offset + BLOCK_REACH);
  const lineStart = text.lastIndexOf('\n', offset - 1);
  const lineEnd = text.indexOf('\n', offset);
  return text.slice(Math.max(from, lineStart + 1), lineEnd < 0 ? to : Math.min(to, lineEnd));
}
