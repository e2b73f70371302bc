import { describe, expect, it } from 'vitest';
import { cjkBlockLanguage, shortCjkRunAt } from '../../../shared/text/cjk-runs';
import { snapToWords } from '../../../shared/text/segment-snapping';

/** The text that selecting `part` (the `from`–`to` units of its first occurrence) snaps to. */
function snapped(text: string, part: string, language: string | undefined, from = 0, to = part.length): string {
  const at = text.indexOf(part);
  const range = snapToWords(text, { start: at + from, end: at + to }, language);
  return text.slice(range.start, range.end);
}

describe('snapping names in Chinese, Japanese and Korean quoted in text of another script', () => {
  it('takes a whole Chinese name when one of its characters is selected in a German article', () => {
    const text = 'Der chinesische Außenminister 王毅 sagte am Montag, China stehe zu Russland.';
    expect(snapped(text, '王', 'de')).toBe('王毅');
    expect(snapped(text, '毅', 'de')).toBe('王毅');
    expect(snapped(text, 'ster 王', 'de')).toBe('Außenminister 王毅');
    expect(snapped('Präsident 习近平 reiste nach Moskau.', '习', 'de')).toBe('习近平');
  });

  it('takes a whole Japanese name in English text, and a Korean one with its particle as one word', () => {
    const english = 'Prime Minister 岸田文雄 (Kishida Fumio) met 小泉純一郎 in Tokyo.';
    expect(snapped(english, '文', 'en')).toBe('岸田文雄');
    expect(snapped(english, '岸田', 'en')).toBe('岸田文雄');
    expect(snapped(english, '一', 'en')).toBe('小泉純一郎');
    const korean = 'Der frühere Präsident 문재인은 sagte nichts.';
    expect(snapped(korean, '재', 'de')).toBe('문재인은');
  });

  it('takes the name when the article has no language, and a caret in it too', () => {
    const text = 'Laut 王毅, dem Außenminister.';
    expect(snapped(text, '毅', undefined)).toBe('王毅');
    const at = text.indexOf('毅');
    expect(snapToWords(text, { start: at, end: at }, 'de')).toEqual({ start: at - 1, end: at + 1 });
  });

  it('splits a quoted sentence into words rather than taking it whole', () => {
    const text = 'Er sagte wörtlich: „我们坚决反对任何形式的霸权主义和强权政治“ und ging.';
    expect(snapped(text, '反', 'de').length).toBeLessThan('我们坚决反对任何形式的霸权主义和强权政治'.length);
  });

  it('segments a Chinese paragraph of a German article as Chinese, with dictionary words', () => {
    const text = 'Die Erklärung im Wortlaut:\n我们在北京大学学习中文。\nSoweit die Erklärung.';
    // ICU's dictionary decides between 北京 and 北京大学; a run rule would take the whole sentence.
    expect(['北京', '北京大学']).toContain(snapped(text, '京', 'de'));
    expect(cjkBlockLanguage(text, text.indexOf('京'))).toBe('zh');
    expect(cjkBlockLanguage(text, 0)).toBeNull();
  });

  it('tells Chinese, Japanese and Korean paragraphs apart by their letters', () => {
    expect(cjkBlockLanguage('東京都に住んでいます', 0)).toBe('ja');
    expect(cjkBlockLanguage('대통령 문재인은 말했다', 0)).toBe('ko');
    expect(cjkBlockLanguage('外交部长王毅今天说', 0)).toBe('zh');
    expect(cjkBlockLanguage('Außenminister 王毅 sagte', 0)).toBeNull();
  });

  it('finds short runs only, never cut at a window edge or holding punctuation', () => {
    const text = 'Laut 王毅、李强 und 我们坚决反对任何形式的霸权主义.';
    expect(shortCjkRunAt(text, text.indexOf('毅'))).toEqual({ start: 5, end: 7 });
    expect(shortCjkRunAt(text, text.indexOf('李'))).toEqual({ start: 8, end: 10 });
    expect(shortCjkRunAt(text, text.indexOf('霸'))).toBeNull();
    expect(shortCjkRunAt(text, 0)).toBeNull();
  });

  it('leaves right-to-left text as the segmenter splits it', () => {
    const persian = 'وزیر امور خارجه چین، 王毅، گفت که می‌خواهم بروم.';
    expect(snapped(persian, 'خار', 'fa')).toBe('خارجه');
    expect(snapped(persian, 'می‌خو', 'fa')).toBe('می‌خواهم');
    expect(snapped(persian, '王', 'fa')).toBe('王毅');
    const hebrew = 'שר החוץ הסיני אמר שלום';
    expect(snapped(hebrew, 'חו', 'he')).toBe('החוץ');
  });
});
