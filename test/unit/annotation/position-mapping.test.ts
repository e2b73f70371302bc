import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextEdit, type TextChange } from '../../../shared/annotation/position-mapping';
import type { TextRange } from '../../../shared/text/offsets';

/** Applies simultaneous changes (old-text offsets) to a text, inserting the given strings. */
function applyChanges(text: string, changes: readonly (TextChange & { text: string })[]): string {
  let result = text;
  for (const change of [...changes].reverse())
    result = result.slice(0, change.from) + change.text + result.slice(change.to);
  return result;
}

/** Edits `text` by replacing `target` (its first occurrence) with `replacement`. */
function replaceEdit(text: string, target: string, replacement: string) {
  const from = text.indexOf(target);
  const change = { from, to: from + target.length, insertedLength: replacement.length, text: replacement };
  return { edit: new TextEdit([change]), revised: applyChanges(text, [change]) };
}

function insertEdit(text: string, at: number, inserted: string) {
  const change = { from: at, to: at, insertedLength: inserted.length, text: inserted };
  return { edit: new TextEdit([change]), revised: applyChanges(text, [change]) };
}

const TEXT = 'Gestern sagte Olaf Scholz in Berlin, dass er bleibe.';
const SCHOLZ: TextRange = { start: 14, end: 25 }; // "Olaf Scholz"

/** What the fragments cover after the edit, or 'orphaned'. */
function coveredAfter(edit: TextEdit, revised: string, fragments: readonly TextRange[] = [SCHOLZ]) {
  const mapped = edit.mapFragments(fragments);
  return mapped.status === 'orphaned' ? 'orphaned' : mapped.fragments.map((f) => revised.slice(f.start, f.end));
}

describe('TextEdit.mapFragments', () => {
  it('moves an annotation when text is inserted before it and leaves it when text is added after it', () => {
    const before = insertEdit(TEXT, 0, 'Am Montag und ');
    expect(before.edit.mapFragments([SCHOLZ])).toEqual({ status: 'mapped', fragments: [{ start: 28, end: 39 }] });
    const after = insertEdit(TEXT, 40, 'wirklich ');
    expect(after.edit.mapFragments([SCHOLZ])).toEqual({ status: 'unchanged', fragments: [SCHOLZ] });
  });

  it('keeps text typed right before or right after the annotation outside it', () => {
    const atStart = insertEdit(TEXT, SCHOLZ.start, 'Kanzler ');
    expect(coveredAfter(atStart.edit, atStart.revised)).toEqual(['Olaf Scholz']);
    const atEnd = insertEdit(TEXT, SCHOLZ.end, ' (SPD)');
    expect(coveredAfter(atEnd.edit, atEnd.revised)).toEqual(['Olaf Scholz']);
  });

  it('grows the annotation with text typed inside it', () => {
    const inside = insertEdit(TEXT, 19, 'W. ');
    expect(coveredAfter(inside.edit, inside.revised)).toEqual(['Olaf W. Scholz']);
  });

  it('keeps a corrected name annotated, whether the fix is inside or at either edge', () => {
    expect(coveredAfter(replaceEdit(TEXT, 'Scho', 'Schu').edit, replaceEdit(TEXT, 'Scho', 'Schu').revised)).toEqual([
      'Olaf Schulz',
    ]);
    const firstWord = replaceEdit(TEXT, 'Olaf', 'Olav');
    expect(coveredAfter(firstWord.edit, firstWord.revised)).toEqual(['Olav Scholz']);
    const lastLetters = replaceEdit(TEXT, 'olz', 'ulze');
    expect(coveredAfter(lastLetters.edit, lastLetters.revised)).toEqual(['Olaf Schulze']);
  });

  it('shrinks the annotation when part of it is deleted', () => {
    const { edit, revised } = replaceEdit(TEXT, 'Olaf ', '');
    expect(coveredAfter(edit, revised)).toEqual(['Scholz']);
  });

  it('leaves the new text outside when a replacement straddles an edge of the annotation', () => {
    const { edit, revised } = replaceEdit(TEXT, 'sagte Olaf', 'meinte Herr');
    expect(coveredAfter(edit, revised)).toEqual([' Scholz']);
    const end = replaceEdit(TEXT, 'Scholz in', 'S. aus');
    expect(coveredAfter(end.edit, end.revised)).toEqual(['Olaf ']);
  });

  it('orphans the annotation when all its text is deleted or replaced', () => {
    expect(replaceEdit(TEXT, 'sagte Olaf Scholz in', 'sagte').edit.mapFragments([SCHOLZ])).toEqual({
      status: 'orphaned',
    });
    expect(replaceEdit(TEXT, 'Olaf Scholz', 'Friedrich Merz').edit.mapFragments([SCHOLZ])).toEqual({
      status: 'orphaned',
    });
  });

  it('orphans the annotation when its text goes in several pieces', () => {
    const edit = new TextEdit([
      { from: 14, to: 19, insertedLength: 0 },
      { from: 19, to: 25, insertedLength: 3 },
    ]);
    expect(edit.mapFragments([SCHOLZ])).toEqual({ status: 'orphaned' });
  });

  describe('discontinuous annotations', () => {
    const text = 'Die SPD im Bundestag, genauer die Fraktion, stimmte zu.';
    const spd = { start: 4, end: 7 };
    const fraktion = { start: 34, end: 42 };

    it('moves every fragment', () => {
      const { edit, revised } = insertEdit(text, 0, 'Heute: ');
      expect(coveredAfter(edit, revised, [spd, fraktion])).toEqual(['SPD', 'Fraktion']);
    });

    it('keeps the fragments that survive when one is deleted', () => {
      const { edit, revised } = replaceEdit(text, 'Die SPD im', 'Im');
      expect(coveredAfter(edit, revised, [spd, fraktion])).toEqual(['Fraktion']);
    });

    it('merges fragments whose gap was deleted', () => {
      const { edit, revised } = replaceEdit(text, ' im Bundestag, genauer die ', '');
      expect(coveredAfter(edit, revised, [spd, fraktion])).toEqual(['SPDFraktion']);
    });
  });

  it('refuses overlapping, unordered or malformed changes', () => {
    expect(() => new TextEdit([{ from: 5, to: 3, insertedLength: 0 }])).toThrow(RangeError);
    expect(() => new TextEdit([{ from: 0, to: 1, insertedLength: -1 }])).toThrow(RangeError);
    expect(
      () =>
        new TextEdit([
          { from: 0, to: 5, insertedLength: 0 },
          { from: 4, to: 6, insertedLength: 0 },
        ]),
    ).toThrow(RangeError);
    expect(
      () =>
        new TextEdit([
          { from: 8, to: 9, insertedLength: 0 },
          { from: 2, to: 3, insertedLength: 0 },
        ]),
    ).toThrow(RangeError);
  });
});

describe('TextEdit.mapPosition', () => {
  it('puts a position at a pure insertion on the side assoc asks for', () => {
    const edit = new TextEdit([{ from: 5, to: 5, insertedLength: 3 }]);
    expect([edit.mapPosition(5, -1), edit.mapPosition(5, 1), edit.mapPosition(4, 1), edit.mapPosition(6, -1)]).toEqual([
      5, 8, 4, 9,
    ]);
  });

  it('sends a deleted position to the start or end of the replacement as assoc asks', () => {
    const edit = new TextEdit([{ from: 5, to: 10, insertedLength: 2 }]);
    expect([edit.mapPosition(7, -1), edit.mapPosition(7, 1), edit.mapPosition(5, 1), edit.mapPosition(10, -1)]).toEqual(
      [5, 7, 5, 7],
    );
  });

  it('honours an insertion right where a previous change ends', () => {
    const edit = new TextEdit([
      { from: 2, to: 4, insertedLength: 0 },
      { from: 4, to: 4, insertedLength: 5 },
    ]);
    expect([edit.mapPosition(4, -1), edit.mapPosition(4, 1)]).toEqual([2, 7]);
  });
});

describe('TextEdit.mapIntact', () => {
  it('moves a range no change reaches into, with text put right at its edges left outside', () => {
    const before = insertEdit(TEXT, 0, 'Am Montag und ');
    expect(before.edit.mapIntact(SCHOLZ)).toEqual({ start: 28, end: 39 });
    const atEdges = new TextEdit([
      { from: 13, to: 14, insertedLength: 3 },
      { from: 25, to: 25, insertedLength: 4 },
    ]);
    expect(atEdges.mapIntact(SCHOLZ)).toEqual({ start: 16, end: 27 });
  });

  it('gives nothing when a change removes any of the range’s text or puts text inside it', () => {
    expect(replaceEdit(TEXT, 'Scholz', 'Scholz').edit.mapIntact(SCHOLZ)).toBeNull();
    expect(insertEdit(TEXT, 18, 'X').edit.mapIntact(SCHOLZ)).toBeNull();
    expect(replaceEdit(TEXT, 'sagte Olaf', 'sagte').edit.mapIntact(SCHOLZ)).toBeNull();
    // Nothing put in and nothing taken out is no change.
    expect(insertEdit(TEXT, 18, '').edit.mapIntact(SCHOLZ)).toEqual(SCHOLZ);
  });
});

describe('TextEdit (properties)', () => {
  const scenario = fc
    .record({
      text: fc.stringMatching(/^[a-z ]{1,60}$/),
      cuts: fc.array(
        fc.record({ at: fc.nat(), deleted: fc.nat({ max: 6 }), inserted: fc.stringMatching(/^[A-Z]{0,4}$/) }),
        {
          maxLength: 5,
        },
      ),
      fragment: fc.record({ a: fc.nat(), b: fc.nat() }),
    })
    .map(({ text, cuts, fragment }) => {
      // Turn random cuts into sorted, non-overlapping changes with distinct starts.
      const changes: (TextChange & { text: string })[] = [];
      for (const cut of [...cuts].sort((x, y) => x.at - y.at)) {
        const previous = changes[changes.length - 1];
        const from = Math.max(cut.at % (text.length + 1), previous === undefined ? 0 : previous.to + 1);
        if (from > text.length) continue;
        const to = Math.min(text.length, from + cut.deleted);
        changes.push({ from, to, insertedLength: cut.inserted.length, text: cut.inserted });
      }
      const [start, end] = [fragment.a % text.length, fragment.b % text.length].sort((x, y) => x - y) as [
        number,
        number,
      ];
      return { text, changes, fragment: { start, end: Math.max(end, start + 1) } };
    });

  it('moves every surviving character to where it really is in the edited text', () => {
    fc.assert(
      fc.property(scenario, ({ text, changes }) => {
        const edit = new TextEdit(changes);
        const revised = applyChanges(text, changes);
        for (let position = 0; position < text.length; position++) {
          if (changes.some((change) => change.from <= position && position < change.to)) continue;
          expect(revised[edit.mapPosition(position, 1)]).toBe(text[position]);
        }
      }),
    );
  });

  it('leaves a fragment ending where the first change begins, or before, where it is', () => {
    fc.assert(
      fc.property(scenario, ({ changes, fragment }) => {
        const edit = new TextEdit(changes);
        if (fragment.end <= edit.firstChangeAt) expect(edit.mapFragments([fragment]).status).toBe('unchanged');
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a range intact exactly when no change reaches into it, holding the same text', () => {
    fc.assert(
      fc.property(scenario, ({ text, changes, fragment }) => {
        const intact = new TextEdit(changes).mapIntact(fragment);
        const reached = changes.some(
          ({ from, to, insertedLength }) =>
            Math.max(from, fragment.start) < Math.min(to, fragment.end) ||
            (insertedLength > 0 && fragment.start < from && from < fragment.end),
        );
        expect(intact === null).toBe(reached);
        if (intact !== null) {
          expect(applyChanges(text, changes).slice(intact.start, intact.end)).toBe(
            text.slice(fragment.start, fragment.end),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps what survives of an annotation, plus only text that replaced text inside it', () => {
    fc.assert(
      fc.property(scenario, ({ text, changes, fragment }) => {
        const mapped = new TextEdit(changes).mapFragments([fragment]);
        // Where each character of the edited text came from: an old position or a change.
        const origins: ({ old: number } | { change: TextChange })[] = [];
        let old = 0;
        for (const change of changes) {
          for (; old < change.from; old++) origins.push({ old });
          for (let k = 0; k < change.insertedLength; k++) origins.push({ change });
          old = change.to;
        }
        for (; old < text.length; old++) origins.push({ old });

        const inFragment = (p: number) => fragment.start <= p && p < fragment.end;
        const survivors = origins.flatMap((origin, at) => ('old' in origin && inFragment(origin.old) ? [at] : []));
        if (survivors.length === 0) {
          expect(mapped.status).toBe('orphaned');
          return;
        }
        expect(mapped.status).not.toBe('orphaned');
        const [range] = mapped.status === 'orphaned' ? [] : mapped.fragments;
        if (range === undefined) return;
        expect(survivors.every((at) => range.start <= at && at < range.end)).toBe(true);
        for (let at = range.start; at < range.end; at++) {
          const origin = origins[at];
          if (origin === undefined || 'old' in origin) {
            expect(origin !== undefined && inFragment(origin.old)).toBe(true);
          } else {
            const { from, to } = origin.change;
            const replacedInside = from < to && fragment.start <= from && to <= fragment.end;
            const insertedInside = from === to && fragment.start < from && from < fragment.end;
            expect(replacedInside || insertedInside).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
