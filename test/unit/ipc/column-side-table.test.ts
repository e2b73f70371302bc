import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnSideTable, parseColumnSideTable } from '../../../shared/annotation-columns/column-side-table';
import { ANNOTATION_LIMITS } from '../../../shared/model/annotation';

const validId = fc.integer({ min: 1, max: 500 });
const validDate = fc.constantFrom('2025', '2025-02', '2025-02-28', '2025-02-28T10:00:00Z', '2025-02-28 10:00+01:00');

/** A claim as the store writes it. */
const storedClaim = fc.record(
  {
    claimantEntityId: validId,
    claimantAnnotationId: validId,
    aboutEntityIds: fc.uniqueArray(validId, { maxLength: 4 }),
    attributes: fc.dictionary(validId.map(String), validId, { maxKeys: 3 }),
    date: validDate,
  },
  { requiredKeys: ['aboutEntityIds', 'attributes'] },
);

/** Values that break an id: zero, negative, fractional, unsafe, not numbers at all. */
const badId = fc.constantFrom<unknown>(0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1, '7', null, true, [3], {});
/** Other spellings of a label id as an attribute key, and keys that are no number at all. */
const badKey = fc.constantFrom('01', '-1', '0', '1.5', '1e3', ' 1', '0x10', 'abc', '', 'Infinity', '9007199254740992');

type Claim = Record<string, unknown>;

/** One thing wrong with a stored claim: each way a claim can break the schema, or come close to. */
const oneFlaw: fc.Arbitrary<(claim: Claim) => Claim> = fc.oneof(
  fc
    .constantFrom('claimantEntityId', 'claimantAnnotationId')
    .chain((field) => badId.map((bad) => (claim: Claim) => ({ ...claim, [field]: bad }))),
  badId.map((bad) => (claim: Claim) => ({
    ...claim,
    aboutEntityIds: [...(claim['aboutEntityIds'] as unknown[]), bad],
  })),
  fc.constant((claim: Claim) => ({ ...claim, aboutEntityIds: [7, 8, 7] })),
  fc.constant((claim: Claim) => ({
    ...claim,
    aboutEntityIds: Array.from({ length: ANNOTATION_LIMITS.aboutEntitiesMax + 1 }, (_, i) => i + 1),
  })),
  fc.constantFrom<unknown>('1,2', null, {}).map((bad) => (claim: Claim) => ({ ...claim, aboutEntityIds: bad })),
  badKey.map((key) => (claim: Claim) => ({ ...claim, attributes: { ...(claim['attributes'] as object), [key]: 3 } })),
  badId.map((bad) => (claim: Claim) => ({ ...claim, attributes: { 5: bad } })),
  fc.constant((claim: Claim) => ({
    ...claim,
    attributes: Object.fromEntries(
      Array.from({ length: ANNOTATION_LIMITS.labelsPerKindMax + 1 }, (_, i) => [String(i + 1), 1]),
    ),
  })),
  fc.constantFrom<unknown>([], null, 'stance').map((bad) => (claim: Claim) => ({ ...claim, attributes: bad })),
  fc
    .constantFrom<unknown>('28.02.2025', 'yesterday', '', '2025-2-28', 20250228, null)
    .map((bad) => (claim: Claim) => ({ ...claim, date: bad })),
  fc.constant((claim: Claim) => ({ ...claim, stance: 'refutes' })),
  fc.constant((claim: Claim) => Object.fromEntries(Object.entries(claim).filter(([key]) => key !== 'aboutEntityIds'))),
);

const anyClaim: fc.Arbitrary<unknown> = fc.oneof(
  storedClaim,
  fc.tuple(storedClaim, oneFlaw).map(([claim, flaw]) => flaw(claim)),
  fc.constantFrom(null, [], 'claim'),
);

const anySideTable: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ stamps: fc.array(fc.string(), { maxLength: 3 }), claims: fc.array(anyClaim, { maxLength: 3 }) }),
  fc.record(
    {
      stamps: fc.oneof(fc.array(fc.string(), { maxLength: 2 }), fc.constantFrom<unknown>([1], '2026')),
      claims: fc.oneof(fc.array(storedClaim, { maxLength: 2 }), fc.constant({})),
      extra: fc.constant(true),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom(null, [], 'side'),
);

/** The schema's verdict, and what it makes of the value. */
function bySchema(value: unknown): { ok: boolean; value?: unknown } {
  const parsed = ColumnSideTable.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

function byParse(value: unknown): { ok: boolean; value?: unknown } {
  try {
    return { ok: true, value: parseColumnSideTable(value) };
  } catch {
    return { ok: false };
  }
}

describe('the side table of annotation columns', () => {
  it('is accepted, refused and read exactly as the schema does, whatever arrives', () => {
    fc.assert(
      fc.property(anySideTable, (value) => {
        // Through JSON, as the side table always arrives.
        const arrived: unknown = JSON.parse(JSON.stringify(value));
        expect(byParse(arrived)).toEqual(bySchema(arrived));
      }),
      { numRuns: 2_000 },
    );
  });

  it('is taken as it arrived when the store wrote it, without the schema making a copy', () => {
    const stored: unknown = JSON.parse(
      JSON.stringify({
        stamps: ['2026-12-06T10:00:00.000Z'],
        claims: [
          {
            claimantEntityId: 42,
            claimantAnnotationId: 11,
            aboutEntityIds: [5, 6],
            attributes: { 20: 21, 22: 23 },
            date: '2025-02-28',
          },
          { aboutEntityIds: [], attributes: {} },
        ],
      }),
    );
    expect(parseColumnSideTable(stored)).toBe(stored);
  });

  it('goes to the schema for what the store does not write, which reads "012" as label 12', () => {
    const unusual = { stamps: [], claims: [{ aboutEntityIds: [], attributes: { '012': 3 } }] };
    const read = parseColumnSideTable(unusual);
    expect(read).not.toBe(unusual);
    expect(read.claims[0]?.attributes).toEqual({ 12: 3 });
  });
});
