import { describe, expect, it } from 'vitest';
import { ANNOTATION_LIMITS } from '../../../shared/model/annotation';
import { checkNote } from '../../../renderer/src/annotation-inspector/note-text';
import { relationLinesOf } from '../../../renderer/src/annotation-inspector/relation-lines';

describe('checkNote', () => {
  it('saves trimmed text, removes an emptied note and skips unchanged text', () => {
    expect(checkNote('  hello ', undefined)).toEqual({ kind: 'save', note: 'hello' });
    expect(checkNote('  ', 'old')).toEqual({ kind: 'save', note: null });
    expect(checkNote('old ', 'old')).toEqual({ kind: 'unchanged' });
    expect(checkNote('', undefined)).toEqual({ kind: 'unchanged' });
  });

  it('refuses a note over the limit', () => {
    expect(checkNote('x'.repeat(ANNOTATION_LIMITS.noteMaxChars + 1), undefined).kind).toBe('invalid');
  });
});

describe('relationLinesOf', () => {
  it('lists outgoing relations first, then incoming, with the other end', () => {
    const relations = [
      { id: 1, typeLabelId: 7, sourceAnnotationId: 3, targetAnnotationId: 5 },
      { id: 2, typeLabelId: 8, sourceAnnotationId: 5, targetAnnotationId: 6 },
      { id: 3, typeLabelId: 9, sourceAnnotationId: 5, targetAnnotationId: 4 },
    ];
    expect(relationLinesOf(5, relations)).toEqual([
      { relationId: 2, direction: 'out', typeLabelId: 8, otherId: 6 },
      { relationId: 3, direction: 'out', typeLabelId: 9, otherId: 4 },
      { relationId: 1, direction: 'in', typeLabelId: 7, otherId: 3 },
    ]);
    expect(relationLinesOf(99, relations)).toEqual([]);
  });
});
