import { describe, expect, it } from 'vitest';
import type { ClaimDetails, Label } from '../../../shared/model/annotation';
import {
  checkClaimDate,
  claimAttributesOf,
  withAboutEntity,
  withAttribute,
  withDate,
  withoutAboutEntity,
  withoutClaimant,
} from '../../../renderer/src/annotation-inspector/claim-form';

function label(id: number, name: string, parentId: number | null, position: number): Label {
  return { id, kind: 'claim-attribute', name, parentId, color: '#000000', hotkey: null, position };
}

const claim: ClaimDetails = {
  claimantEntityId: 4,
  claimantAnnotationId: 9,
  aboutEntityIds: [1],
  attributes: { 10: 11 },
};

describe('claimAttributesOf', () => {
  it('groups values under their attribute, in schema order', () => {
    const labels = [
      label(12, 'refutes', 10, 2),
      label(20, 'verdict', null, 3),
      label(10, 'stance', null, 0),
      label(11, 'supports', 10, 1),
    ];
    expect(
      claimAttributesOf(labels).map(({ attribute, values }) => [attribute.name, values.map((v) => v.name)]),
    ).toEqual([
      ['stance', ['supports', 'refutes']],
      ['verdict', []],
    ]);
  });
});

describe('claim edits', () => {
  it('sets, changes and clears an attribute without touching the rest', () => {
    expect(withAttribute(claim, 20, 21).attributes).toEqual({ 10: 11, 20: 21 });
    expect(withAttribute(claim, 10, 12).attributes).toEqual({ 10: 12 });
    expect(withAttribute(claim, 10, null).attributes).toEqual({});
    expect(claim.attributes).toEqual({ 10: 11 });
  });

  it('sets and clears the date', () => {
    expect(withDate(claim, '2025-02-28').date).toBe('2025-02-28');
    expect('date' in withDate({ ...claim, date: '2025' }, null)).toBe(false);
  });

  it('clears both ways of naming the claimant', () => {
    expect(withoutClaimant(claim)).toEqual({ aboutEntityIds: [1], attributes: { 10: 11 } });
  });

  it('adds an entity once and removes it', () => {
    expect(withAboutEntity(claim, 2).aboutEntityIds).toEqual([1, 2]);
    expect(withAboutEntity(claim, 1)).toBe(claim);
    expect(withoutAboutEntity(claim, 1).aboutEntityIds).toEqual([]);
  });
});

describe('checkClaimDate', () => {
  it('accepts what a published date accepts, and empty as none', () => {
    expect(checkClaimDate(' 2025-02-28 ')).toEqual({ ok: true, date: '2025-02-28' });
    expect(checkClaimDate('2025-02')).toEqual({ ok: true, date: '2025-02' });
    expect(checkClaimDate('  ')).toEqual({ ok: true, date: null });
  });

  it('rejects other spellings with the model’s words', () => {
    expect(checkClaimDate('28.02.2025')).toEqual({ ok: false, message: 'Use a date such as 2025-02-28.' });
  });
});
