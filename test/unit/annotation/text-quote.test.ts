import { describe, expect, it } from 'vitest';
import { buildTextQuote, quotedFragmentTexts } from '../../../shared/annotation/text-quote';
import { TextQuote } from '../../../shared/model/annotation';

const rangeOf = (text: string, part: string) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};

describe('buildTextQuote', () => {
  const text =
    'In einer Rede vor dem Bundestag am Dienstag sagte Olaf Scholz, dass die Regierung an ihrem Kurs festhalte.';

  it('quotes the span with 32 characters of context either side', () => {
    expect(buildTextQuote(text, [rangeOf(text, 'Olaf Scholz')])).toEqual({
      exact: 'Olaf Scholz',
      prefix: ' vor dem Bundestag am Dienstag sagte '.slice(-32),
      suffix: ', dass die Regierung an ihrem Kurs festhalte.'.slice(0, 32),
    });
  });

  it('takes shorter context at the edges of the text', () => {
    expect(buildTextQuote(text, [{ start: 0, end: 2 }]).prefix).toBe('');
    expect(buildTextQuote(text, [rangeOf(text, 'festhalte.')]).suffix).toBe('');
  });

  it('joins the fragments of a discontinuous span so the quote reads as what it is', () => {
    const parts = 'Die SPD im Bundestag, genauer die Fraktion, stimmte zu.';
    const quote = buildTextQuote(parts, [rangeOf(parts, 'SPD'), rangeOf(parts, 'Fraktion')]);
    expect(quote.exact).toBe('SPD … Fraktion');
    expect(quotedFragmentTexts(quote, [rangeOf(parts, 'SPD'), rangeOf(parts, 'Fraktion')])).toEqual([
      'SPD',
      'Fraktion',
    ]);
  });

  it('never cuts the context inside an emoji, so the quote can be stored as UTF-8', () => {
    const emoji = `${'😀'.repeat(20)}Scholz${'😀'.repeat(20)}`;
    const quote = buildTextQuote(emoji, [rangeOf(emoji, 'Scholz')]);
    expect(quote.prefix).toBe('😀'.repeat(16));
    expect(quote.suffix).toBe('😀'.repeat(16));
    // Here 32 units back from "Scholz" is the second half of an emoji: the prefix stops short.
    const spaced = `${'😀'.repeat(20)} Scholz ${'😀'.repeat(20)}`;
    const spacedQuote = buildTextQuote(spaced, [rangeOf(spaced, 'Scholz')]);
    expect(spacedQuote.prefix).toBe(`${'😀'.repeat(15)} `);
    expect(spacedQuote.suffix).toBe(` ${'😀'.repeat(15)}`);
    expect(TextQuote.safeParse(spacedQuote).success).toBe(true);
  });

  it('refuses no fragments, empty or unordered fragments and fragments outside the text', () => {
    expect(() => buildTextQuote(text, [])).toThrow(RangeError);
    expect(() => buildTextQuote(text, [{ start: 3, end: 3 }])).toThrow(RangeError);
    expect(() =>
      buildTextQuote(text, [
        { start: 5, end: 8 },
        { start: 0, end: 2 },
      ]),
    ).toThrow(RangeError);
    expect(() => buildTextQuote(text, [{ start: 100, end: 200 }])).toThrow(RangeError);
  });
});

describe('quotedFragmentTexts', () => {
  it('refuses a quote whose length does not fit the fragments', () => {
    expect(() =>
      quotedFragmentTexts({ exact: 'SPD Fraktion', prefix: '', suffix: '' }, [
        { start: 0, end: 3 },
        { start: 8, end: 16 },
      ]),
    ).toThrow(RangeError);
  });
});
