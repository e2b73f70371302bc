import { describe, expect, it } from 'vitest';
import { describeLayerImport } from '../../../../renderer/src/layers/describe-layer-import';
import { ANA } from '../../support/layer-fixtures';

const stat = (view: ReturnType<typeof describeLayerImport>, id: string) => view.stats.find((s) => s.id === id)?.value;

describe('the layer import report', () => {
  it('counts matched and unmatched documents and the labels added, and says nothing was overwritten', () => {
    const view = describeLayerImport({
      files: ['ana.json'],
      imported: true,
      layer: ANA,
      matched: [
        { name: 'seed.txt', articleId: 1, annotations: 12 },
        { name: 'second.txt', articleId: 2, annotations: 3 },
      ],
      unmatched: ['elsewhere.txt'],
      labelsAdded: ['Stance'],
      warnings: [],
      problems: [],
    });
    expect(view.heading).toBe('Layer imported');
    expect([stat(view, 'matched'), stat(view, 'unmatched'), stat(view, 'annotations'), stat(view, 'labels')]).toEqual([
      2, 1, 15, 1,
    ]);
    expect(view.notes[0]).toContain('nothing was overwritten');
    expect(view.sections.map((section) => section.title)).toEqual([
      'Matched (2)',
      'Not in this project, left out (1)',
      'Labels added to the schema (1)',
    ]);
  });

  it('lists each problem with its place when no layer was added', () => {
    const view = describeLayerImport({
      files: ['ana.json'],
      imported: false,
      matched: [],
      unmatched: [],
      labelsAdded: [],
      warnings: [],
      problems: [{ place: 'ana.json:4', message: 'The offsets do not fit the text.' }],
    });
    expect(view.heading).toBe('Layer not imported');
    expect(view.notes).toContain('No layer was added.');
    expect(view.sections[0]?.rows).toEqual([{ primary: 'ana.json:4', detail: 'The offsets do not fit the text.' }]);
  });
});
