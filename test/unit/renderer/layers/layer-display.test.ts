import { describe, expect, it } from 'vitest';
import { LayerDisplay } from '../../../../renderer/src/layers/layer-display';
import { ANA, BEN, layerModel } from '../../support/layer-fixtures';

function display() {
  const model = layerModel();
  const shown = new LayerDisplay(model);
  let changes = 0;
  shown.onDidChange(() => (changes += 1));
  return { model, shown, changes: () => changes };
}

describe('how layers are shown', () => {
  it('overlays every colleague’s layer on the project’s own annotations at first', () => {
    const { shown } = display();
    expect(shown.mode).toBe('overlay');
    expect(shown.projectShown).toBe(true);
    expect(shown.overlaid).toEqual([ANA.id, BEN.id]);
    expect(shown.paneLayer).toBeNull();
    expect(shown.drawn).toEqual([ANA.id, BEN.id]);
  });

  it('leaves a hidden layer out, the project’s own included', () => {
    const { shown, changes } = display();
    shown.setHidden(ANA.id, true);
    expect(shown.overlaid).toEqual([BEN.id]);
    shown.setHidden('project', true);
    expect(shown.projectShown).toBe(false);
    shown.setHidden('project', true);
    expect(changes()).toBe(2);
  });

  it('one at a time shows only the chosen layer: the project’s highlights go while a colleague’s is chosen', () => {
    const { shown } = display();
    shown.setMode('single');
    expect(shown.projectShown).toBe(true);
    expect(shown.overlaid).toEqual([]);
    shown.choose(BEN.id);
    expect(shown.projectShown).toBe(false);
    expect(shown.overlaid).toEqual([BEN.id]);
    expect(shown.drawn).toEqual([BEN.id]);
    shown.choose('project');
    expect(shown.projectShown).toBe(true);
    expect(shown.drawn).toEqual([]);
  });

  it('side by side puts the chosen colleague’s layer in the pane, or the first shown one', () => {
    const { shown } = display();
    shown.setMode('side-by-side');
    expect(shown.projectShown).toBe(true);
    expect(shown.overlaid).toEqual([]);
    expect(shown.paneLayer).toBe(ANA.id);
    shown.choose(BEN.id);
    expect(shown.paneLayer).toBe(BEN.id);
    expect(shown.drawn).toEqual([BEN.id]);
    shown.setHidden(BEN.id, true);
    expect(shown.paneLayer).toBe(ANA.id);
  });

  it('cycles overlay → one at a time → side by side → overlay', () => {
    const { shown } = display();
    expect([shown.cycleMode(), shown.cycleMode(), shown.cycleMode()]).toEqual(['single', 'side-by-side', 'overlay']);
  });

  it('hides all colleagues’ layers at once, and shows them all again', () => {
    const { shown } = display();
    shown.setHidden(ANA.id, true);
    expect(shown.toggleColleagues()).toBe(false);
    expect(shown.overlaid).toEqual([]);
    expect(shown.projectShown).toBe(true);
    expect(shown.toggleColleagues()).toBe(true);
    expect(shown.overlaid).toEqual([ANA.id, BEN.id]);
  });

  it('choosing a hidden layer shows it; a layer removed is forgotten', () => {
    const { model, shown } = display();
    shown.setMode('single');
    shown.setHidden(BEN.id, true);
    shown.choose(BEN.id);
    expect(shown.isHidden(BEN.id)).toBe(false);
    model.apply({ layers: { upserted: [], deleted: [BEN.id] } });
    expect(shown.chosen).toBe('project');
    expect(shown.projectShown).toBe(true);
    shown.choose(BEN.id);
    expect(shown.chosen).toBe('project');
  });
});
