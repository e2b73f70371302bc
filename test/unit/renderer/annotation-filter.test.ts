import { describe, expect, it } from 'vitest';
import type { Annotation, Label } from '../../../shared/model/annotation';
import {
  NO_FILTER,
  attributeValueOptions,
  claimAttributeTexts,
  countText,
  filterAnnotations,
} from '../../../renderer/src/annotation-list/annotation-filter';

const label = (id: number, kind: Label['kind'], name: string, parentId: number | null = null): Label => ({
  id,
  kind,
  name,
  parentId,
  color: '#1f77b4',
  hotkey: null,
  position: id,
});

const LABELS: Label[] = [
  label(1, 'entity', 'Person'),
  label(2, 'entity', 'Place'),
  label(3, 'claim', 'Claim'),
  label(10, 'claim-attribute', 'stance'),
  label(11, 'claim-attribute', 'supports', 10),
  label(12, 'claim-attribute', 'refutes', 10),
  label(20, 'claim-attribute', 'verdict'),
  label(21, 'claim-attribute', 'false', 20),
];
const byId = new Map(LABELS.map((entry) => [entry.id, entry]));
const labelOf = (id: number) => byId.get(id);

let nextId = 1;
function annotation(labelId: number, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const id = nextId++;
  return {
    id,
    articleId: 1,
    labelId,
    fragments: [{ start: id * 100, end: id * 100 + exact.length }],
    quote: { exact, prefix: '', suffix: '' },
    orphaned: false,
    ...extra,
  };
}

const xi = annotation(1, 'Xi Jinping', { entityId: 7 });
const xiShort = annotation(1, 'Xi', { entityId: 7 });
const peking = annotation(2, 'Peking', { entityId: 8 });
const claim = annotation(3, 'Die Beziehungen seien so gut wie nie', {
  claim: { aboutEntityIds: [], attributes: { 10: 11, 20: 21 } },
});
const refuted = annotation(3, 'Köln liegt am Meer', { claim: { aboutEntityIds: [], attributes: { 10: 12 } } });
const ALL = [xi, xiShort, peking, claim, refuted];

describe('filterAnnotations', () => {
  it('lets everything through without a filter, in the given order', () => {
    expect(filterAnnotations(ALL, NO_FILTER, labelOf)).toEqual(ALL);
  });

  it('filters by kind', () => {
    expect(filterAnnotations(ALL, { ...NO_FILTER, kind: 'entity' }, labelOf)).toEqual([xi, xiShort, peking]);
    expect(filterAnnotations(ALL, { ...NO_FILTER, kind: 'claim' }, labelOf)).toEqual([claim, refuted]);
  });

  it('filters by label and by entity', () => {
    expect(filterAnnotations(ALL, { ...NO_FILTER, labelId: 2 }, labelOf)).toEqual([peking]);
    expect(filterAnnotations(ALL, { ...NO_FILTER, entityId: 7 }, labelOf)).toEqual([xi, xiShort]);
  });

  it('filters claims by an attribute value', () => {
    expect(filterAnnotations(ALL, { ...NO_FILTER, attributeValueId: 11 }, labelOf)).toEqual([claim]);
    expect(filterAnnotations(ALL, { ...NO_FILTER, attributeValueId: 12 }, labelOf)).toEqual([refuted]);
  });

  it('matches every typed word in the quote, ignoring case and accents', () => {
    expect(filterAnnotations(ALL, { ...NO_FILTER, text: '  koln MEER ' }, labelOf)).toEqual([refuted]);
    expect(filterAnnotations(ALL, { ...NO_FILTER, text: 'xi' }, labelOf)).toEqual([xi, xiShort]);
    expect(filterAnnotations(ALL, { ...NO_FILTER, text: 'xi peking' }, labelOf)).toEqual([]);
  });

  it('combines filters', () => {
    expect(filterAnnotations(ALL, { ...NO_FILTER, kind: 'entity', text: 'jinping', entityId: 7 }, labelOf)).toEqual([
      xi,
    ]);
    expect(filterAnnotations(ALL, { ...NO_FILTER, kind: 'entity', labelId: 3 }, labelOf)).toEqual([]);
  });

  it('finds every match among 20,000 annotations', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => annotation(1 + (i % 3), `Quote number ${i}`));
    const shown = filterAnnotations(many, { ...NO_FILTER, text: 'number 1999' }, labelOf);
    // Words match inside words: "1999" is in 11999 and in 19990…19999 too.
    expect(shown.map((found) => found.quote.exact).sort()).toEqual(
      ['1999', '11999', ...Array.from({ length: 10 }, (_, i) => `1999${i}`)].map((n) => `Quote number ${n}`).sort(),
    );
  });
});

describe('claim attribute values', () => {
  const options = attributeValueOptions(LABELS);

  it('lists every value as "attribute: value"', () => {
    expect(options.map((option) => option.text)).toEqual(['stance: supports', 'stance: refutes', 'verdict: false']);
  });

  it('names a claim’s chosen values', () => {
    expect(claimAttributeTexts(claim, options)).toEqual(['stance: supports', 'verdict: false']);
    expect(claimAttributeTexts(xi, options)).toEqual([]);
  });
});

describe('countText', () => {
  it('says how many are shown of how many', () => {
    expect(countText(12, 40)).toBe('12 of 40 annotations');
    expect(countText(40, 40)).toBe('40 annotations');
    expect(countText(1, 1)).toBe('1 annotation');
  });
});
