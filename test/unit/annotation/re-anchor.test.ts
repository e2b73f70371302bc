import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextEdit } from '../../../shared/annotation/position-mapping';
import { reanchor } from '../../../shared/annotation/re-anchor';
import { buildTextQuote } from '../../../shared/annotation/text-quote';
import type { TextRange } from '../../../shared/text/offsets';

/** An annotation on the `occurrence`-th (0-based) appearance of each part, as the app stores it. */
function annotate(text: string, parts: readonly string[], occurrence = 0) {
  let from = 0;
  const fragments = parts.map((part) => {
    let start = text.indexOf(part, from);
    for (let i = 0; i < occurrence; i++) start = text.indexOf(part, start + 1);
    from = start + part.length;
    return { start, end: start + part.length };
  });
  return { fragments, quote: buildTextQuote(text, fragments) };
}

/** What each fragment of a re-anchored annotation covers in the new text. */
function covered(result: ReturnType<typeof reanchor>, text: string) {
  return result.status === 'orphaned' ? null : result.fragments.map((f) => text.slice(f.start, f.end));
}

const ARTICLE =
  'Olaf Scholz sprach am Dienstag in Berlin. Die Opposition kritisierte Scholz scharf. ' +
  'Später sagte Scholz, die Regierung werde handeln. Friedrich Merz widersprach.';

describe('reanchor', () => {
  it('leaves an annotation alone when the text did not change', () => {
    const stored = annotate(ARTICLE, ['Scholz'], 1);
    expect(reanchor(stored, ARTICLE)).toEqual({ status: 'unchanged', fragments: stored.fragments });
  });

  it('follows the annotation when a paragraph is inserted before it', () => {
    const stored = annotate(ARTICLE, ['Scholz'], 2);
    const revised = `EILMELDUNG: Neue Zahlen.\n\n${ARTICLE}`;
    const result = reanchor(stored, revised);
    expect(result.status).toBe('moved');
    const start = stored.fragments[0]?.start ?? 0;
    expect(result).toEqual({ status: 'moved', fragments: [{ start: start + 26, end: start + 32 }] });
  });

  it('picks the occurrence whose context matches, not the one nearest the old position', () => {
    const stored = annotate(ARTICLE, ['Scholz'], 2); // "Später sagte Scholz, die Regierung"
    // The second paragraph moves to the top: the right "Scholz" is now far from its old offset.
    const revised =
      'Später sagte Scholz, die Regierung werde handeln. Friedrich Merz widersprach. ' +
      'Olaf Scholz sprach am Dienstag in Berlin. Die Opposition kritisierte Scholz scharf.';
    expect(covered(reanchor(stored, revised), revised)).toEqual(['Scholz']);
    const result = reanchor(stored, revised);
    expect(result.status === 'moved' && revised.slice(0, result.fragments[0]?.end)).toBe('Später sagte Scholz');
  });

  it('prefers the nearest of several occurrences whose context matches equally', () => {
    const sentence = 'Er sagte: „Wir schaffen das.“ ';
    const text = sentence.repeat(4);
    const stored = annotate(text, ['Wir schaffen das'], 2);
    const revised = `Vorspann. ${text}`;
    const result = reanchor(stored, revised);
    expect(result).toEqual({
      status: 'moved',
      fragments: [{ start: (stored.fragments[0]?.start ?? 0) + 10, end: (stored.fragments[0]?.end ?? 0) + 10 }],
    });
  });

  it('orphans the annotation when its text was deleted', () => {
    const stored = annotate(ARTICLE, ['Friedrich Merz']);
    const revised = ARTICLE.replace(' Friedrich Merz widersprach.', '');
    expect(reanchor(stored, revised)).toEqual({ status: 'orphaned', reason: 'quote-not-found' });
  });

  it('does not move the annotation to a look-alike when its text was corrected', () => {
    const stored = annotate(ARTICLE, ['Friedrich Merz']);
    const revised = ARTICLE.replace('Friedrich Merz', 'Friedrich März');
    expect(reanchor(stored, revised)).toEqual({ status: 'orphaned', reason: 'quote-not-found' });
  });

  it('orphans as ambiguous when the quote is there several times and no context tells which', () => {
    const stored = annotate(ARTICLE, ['Scholz'], 1); // "kritisierte Scholz scharf"
    const revised = ARTICLE.replace(
      'Die Opposition kritisierte Scholz scharf.',
      'Scholz wurde heftig angegriffen.',
    ).replace('Olaf Scholz sprach', 'Dann sprach Scholz');
    expect(reanchor(stored, `Einleitung. ${revised}`)).toEqual({ status: 'orphaned', reason: 'ambiguous' });
  });

  it('keeps the annotation where it is when its quote is still there but its surroundings changed', () => {
    const stored = annotate(ARTICLE, ['Scholz'], 1);
    const revised = ARTICLE.replace(
      'Die Opposition kritisierte Scholz scharf.',
      'Die Kritikerin attackierte Scholz massiv.',
    );
    expect(revised.indexOf('Scholz', 20)).toBe(stored.fragments[0]?.start);
    expect(reanchor(stored, revised)).toEqual({ status: 'unchanged', fragments: stored.fragments });
  });

  it('moves to the only occurrence of the quote even if its context changed', () => {
    const stored = annotate(ARTICLE, ['Friedrich Merz']);
    const revised = `Neu: Friedrich Merz meldete sich. ${ARTICLE.replace(' Friedrich Merz widersprach.', '')}`;
    expect(covered(reanchor(stored, revised), revised)).toEqual(['Friedrich Merz']);
  });

  it('uses one intact side of the context when the other was edited', () => {
    const stored = annotate(ARTICLE, ['Scholz'], 1);
    const revised = `Vorab. ${ARTICLE.replace('Scholz scharf.', 'Scholz sehr scharf.')}`;
    const result = reanchor(stored, revised);
    expect(result.status === 'moved' && revised.slice(0, result.fragments[0]?.end)).toMatch(/kritisierte Scholz$/);
  });

  it('does not re-anchor into the middle of an emoji sequence', () => {
    const text = 'Er postete 👨 und ging.';
    const stored = annotate(text, ['👨']);
    const revised = 'Er postete 👨‍👩‍👧 und ging.';
    expect(reanchor(stored, revised)).toEqual({ status: 'orphaned', reason: 'quote-not-found' });
  });

  it('leaves an annotation on part of an emoji sequence where it is while its text and context are as they were', () => {
    // Imports may carry such a span (the man of a family emoji); the text around it is unchanged.
    const text = 'Er postete 👨‍👩‍👧 und ging.';
    const stored = { fragments: [{ start: 11, end: 13 }], quote: buildTextQuote(text, [{ start: 11, end: 13 }]) };
    expect(stored.quote.exact).toBe('👨');
    expect(reanchor(stored, text)).toEqual({ status: 'unchanged', fragments: stored.fragments });
  });

  it('tells a quote that began the article by it still beginning it', () => {
    const text = 'Berlin: Die Regierung tagt. In Berlin regnet es.';
    const stored = annotate(text, ['Berlin']);
    const revised = 'Berlin – Die Regierung tagte. In Berlin regnete es.';
    expect(reanchor(stored, revised)).toEqual({ status: 'unchanged', fragments: stored.fragments });
  });

  describe('discontinuous annotations', () => {
    const text = 'Die SPD im Bundestag, genauer die Fraktion, stimmte zu. Die Fraktion der CDU nicht.';

    it('re-anchors every fragment when the text before them changes', () => {
      const stored = annotate(text, ['SPD', 'Fraktion']);
      const revised = `Berlin (dpa) – ${text}`;
      const result = reanchor(stored, revised);
      expect(result.status).toBe('moved');
      expect(covered(result, revised)).toEqual(['SPD', 'Fraktion']);
      expect(result.status !== 'orphaned' && result.fragments[1]?.start).toBe((stored.fragments[1]?.start ?? 0) + 15);
    });

    it('finds each fragment on its own when the text between them changes', () => {
      const stored = annotate(text, ['SPD', 'Fraktion']);
      const revised = text.replace('genauer die', 'genauer gesagt ihre');
      const result = reanchor(stored, revised);
      expect(covered(result, revised)).toEqual(['SPD', 'Fraktion']);
      expect(result.status !== 'orphaned' && result.fragments[1]?.start).toBe(revised.indexOf('Fraktion'));
    });

    it('orphans the annotation when one fragment is gone', () => {
      const stored = annotate(text, ['SPD', 'Fraktion']);
      expect(reanchor(stored, text.replace('SPD', 'Union')).status).toBe('orphaned');
    });
  });

  it('follows its documented rules on texts full of repeats, whatever the edit (property)', () => {
    const text = fc.array(fc.constantFrom('ab', 'ba', 'a', 'b', ' ', 'abc'), { minLength: 1, maxLength: 40 });
    const scenario = fc.record({
      parts: text,
      from: fc.nat(),
      length: fc.integer({ min: 1, max: 6 }),
      editAt: fc.nat(),
      deleted: fc.integer({ min: 0, max: 5 }),
      inserted: fc.stringMatching(/^[abc ]{0,6}$/),
    });
    fc.assert(
      fc.property(scenario, ({ parts, from, length, editAt, deleted, inserted }) => {
        const old = parts.join('');
        const start = from % old.length;
        const fragment = { start, end: Math.min(old.length, start + length) };
        const fragments = [fragment];
        const quote = buildTextQuote(old, fragments);
        const at = editAt % (old.length + 1);
        const revised = old.slice(0, at) + inserted + old.slice(Math.min(old.length, at + deleted));
        expect(reanchor({ fragments, quote }, revised)).toEqual(referenceReanchor(fragment, quote, revised));
      }),
      { numRuns: 2000 },
    );
  });

  it('moves an annotation exactly as far as text inserted away from it (property)', () => {
    const words = ['Scholz', 'Merz', 'sagte', 'Berlin', 'die', 'Regierung', 'am', 'Dienstag', 'dass', 'nicht'];
    const scenario = fc.record({
      words: fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 60 }),
      pick: fc.nat(),
      insertAt: fc.nat(),
      inserted: fc.stringMatching(/^[0-9 ]{1,20}$/),
    });
    fc.assert(
      fc.property(scenario, ({ words: picked, pick, insertAt, inserted }) => {
        const text = picked.join(' ');
        const index = pick % picked.length;
        const start = picked.slice(0, index).join(' ').length + (index > 0 ? 1 : 0);
        const fragments: TextRange[] = [{ start, end: start + (picked[index] ?? '').length }];
        const stored = { fragments, quote: buildTextQuote(text, fragments) };
        // Insert digits somewhere not within the quote or its 32 characters of context.
        const at = insertAt % (text.length + 1);
        fc.pre(at < start - 32 || at > start + (picked[index] ?? '').length + 32);
        const revised = text.slice(0, at) + inserted + text.slice(at);
        const expected = new TextEdit([{ from: at, to: at, insertedLength: inserted.length }]).mapFragments(fragments);
        const result = reanchor(stored, revised);
        expect(result.status).not.toBe('orphaned');
        expect(result.status !== 'orphaned' && result.fragments).toEqual(
          expected.status === 'orphaned' ? null : expected.fragments,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('re-anchors 10,000 annotations on a revised 300 KB article quickly', () => {
    const paragraph = (i: number) =>
      `Am ${i}. Tag sprach Olaf Scholz in Berlin. Die Opposition kritisierte Scholz zum ${i}. Mal. ` +
      `Später, am Tag ${i}, sagte Scholz: Die Regierung wird handeln (Meldung ${i}).`;
    const text = Array.from({ length: 1700 }, (_, i) => paragraph(i)).join('\n');
    const starts = [...text.matchAll(/Scholz/g)].map((match) => match.index);
    const stored = Array.from({ length: 10_000 }, (_, i) => {
      const start = starts[(i * 7) % starts.length] ?? 0;
      const fragments = [{ start, end: start + 6 }];
      return { fragments, quote: buildTextQuote(text, fragments) };
    });
    const revised = `Korrektur: Zahlen aktualisiert.\n${text.replace('Am 1000. Tag', 'Am tausendsten Tag')}`;
    const results = stored.map((annotation) => reanchor(annotation, revised));
    expect(results.every((result) => result.status === 'moved')).toBe(true);
    expect(results.every((result) => covered(result, revised)?.[0] === 'Scholz')).toBe(true);
  });
});

/** The rules of reanchor written out naively for one fragment of ASCII text, to check the fast search. */
function referenceReanchor(old: TextRange, quote: { exact: string; prefix: string; suffix: string }, text: string) {
  const sides = (start: number) => {
    const end = start + quote.exact.length;
    const before = text.slice(Math.max(0, start - quote.prefix.length), start);
    const after = text.slice(end, end + quote.suffix.length);
    const prefixInFull = quote.prefix === '' ? start === 0 : before === quote.prefix;
    const suffixInFull = quote.suffix === '' ? end === text.length : after === quote.suffix;
    let agreement = 0;
    while (
      agreement < quote.prefix.length &&
      text[start - agreement - 1] === quote.prefix[quote.prefix.length - agreement - 1] &&
      start - agreement > 0
    )
      agreement++;
    let suffixAgreement = 0;
    while (suffixAgreement < quote.suffix.length && text[end + suffixAgreement] === quote.suffix[suffixAgreement])
      suffixAgreement++;
    return { full: Number(prefixInFull) + Number(suffixInFull), agreement: agreement + suffixAgreement };
  };
  const settle = (start: number) =>
    start === old.start
      ? { status: 'unchanged', fragments: [old] }
      : { status: 'moved', fragments: [{ start, end: start + quote.exact.length }] };
  const found: number[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) found.push(at);
  const inPlace = text.slice(old.start, old.end) === quote.exact;
  if (inPlace && sides(old.start).full === 2) return settle(old.start);
  const ranked = found
    .map((start) => ({ start, ...sides(start), distance: Math.abs(start - old.start) }))
    .filter((candidate) => candidate.full > 0)
    .sort((a, b) => b.full - a.full || b.agreement - a.agreement || a.distance - b.distance || a.start - b.start);
  if (ranked[0] !== undefined) return settle(ranked[0].start);
  if (inPlace) return settle(old.start);
  if (found.length === 1 && found[0] !== undefined) return settle(found[0]);
  return { status: 'orphaned', reason: found.length === 0 ? 'quote-not-found' : 'ambiguous' };
}
