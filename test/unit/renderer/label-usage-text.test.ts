import { describe, expect, it } from 'vitest';
import { describeLabelUsage, isLabelUsed } from '../../../renderer/src/schema-settings/label-usage-text';

const NONE = { annotations: 0, entities: 0, relations: 0, articles: 0, claimAttributes: 0, layerAnnotations: 0 };

describe('label usage text', () => {
  it('tells used from unused labels', () => {
    expect(isLabelUsed(NONE)).toBe(false);
    expect(isLabelUsed({ ...NONE, articles: 1 })).toBe(true);
  });

  it('lists what uses a label in a sentence', () => {
    expect(describeLabelUsage({ ...NONE, annotations: 1 })).toBe('1 annotation');
    expect(describeLabelUsage({ ...NONE, annotations: 3, entities: 1, relations: 2 })).toBe(
      '3 annotations, 1 entity and 2 relations',
    );
    expect(describeLabelUsage({ ...NONE, layerAnnotations: 2 })).toBe('2 annotations in colleagues’ layers');
  });
});
