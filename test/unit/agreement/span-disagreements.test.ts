import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedSpan } from '../../../shared/agreement/annotated-span';
import { spanDisagreements } from '../../../shared/agreement/span-disagreements';
import { spanIn } from './spans';

const ROLE = 1;
const PLACE = 2;
const PERSON = 3;
const rangeOf = ({ start, end }: AnnotatedSpan) => ({ start, end });

describe('span disagreements', () => {
  const text = 'Präsident der Russischen Föderation 🇷🇺 Wladimir Putin traf سلام in 北京.';
  const title = spanIn(text, 'Präsident der Russischen Föderation', ROLE);
  const country = spanIn(text, 'Russischen Föderation', ROLE);
  const putin = spanIn(text, 'Wladimir Putin', PERSON);

  it('lists boundary, label and one-sided differences in text order with offsets, and leaves agreement out', () => {
    const first = [title, putin, spanIn(text, 'سلام', PERSON), spanIn(text, '🇷🇺', PLACE)];
    const second = [country, putin, spanIn(text, 'سلام', PLACE), spanIn(text, '北京', PLACE)];
    expect(spanDisagreements(first, second)).toEqual([
      { kind: 'boundary', start: title.start, end: title.end, first: title, second: country },
      { kind: 'only-first', ...rangeOf(spanIn(text, '🇷🇺', PLACE)), first: spanIn(text, '🇷🇺', PLACE) },
      {
        kind: 'label',
        ...rangeOf(spanIn(text, 'سلام', PERSON)),
        first: spanIn(text, 'سلام', PERSON),
        second: spanIn(text, 'سلام', PLACE),
      },
      { kind: 'only-second', ...rangeOf(spanIn(text, '北京', PLACE)), second: spanIn(text, '北京', PLACE) },
    ]);
  });

  it('pairs a span with the same label before one with another label', () => {
    const inner = spanIn(text, 'Russischen Föderation', PLACE);
    expect(spanDisagreements([title], [inner, country]).map((d) => d.kind)).toEqual(['boundary', 'only-second']);
  });

  it('finds nothing between a layer and itself, and accounts for every span of both layers', () => {
    const span = fc
      .tuple(fc.nat(60), fc.integer({ min: 1, max: 12 }), fc.constantFrom(ROLE, PLACE, PERSON))
      .map(([start, length, label]): AnnotatedSpan => ({ start, end: start + length, label }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.array(span, { maxLength: 8 }), (a, b) => {
        expect(spanDisagreements(a, a)).toEqual([]);
        const found = spanDisagreements(a, b);
        const firstInvolved = found.flatMap((d) => ('first' in d ? [d.first] : []));
        const secondInvolved = found.flatMap((d) => ('second' in d ? [d.second] : []));
        const identical = a.length - firstInvolved.length;
        expect(b.length - secondInvolved.length).toBe(identical);
      }),
    );
  });
});
