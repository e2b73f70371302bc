import { describe, expect, it } from 'vitest';
import { suggestedLabelIndex } from '../../../renderer/src/annotation/suggested-label';

const labels = [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 7 }];

describe('suggestedLabelIndex', () => {
  it('offers the selected annotation’s label first', () => {
    expect(suggestedLabelIndex(labels, 3, 7)).toBe(2);
  });

  it('offers the label used last when no annotation is selected', () => {
    expect(suggestedLabelIndex(labels, null, 7)).toBe(3);
  });

  it('falls back to the picker’s first when neither is a span label any more', () => {
    expect(suggestedLabelIndex(labels, 42, 43)).toBeUndefined();
    expect(suggestedLabelIndex(labels, null, null)).toBeUndefined();
    expect(suggestedLabelIndex(labels, 42, 2)).toBe(1);
  });
});
