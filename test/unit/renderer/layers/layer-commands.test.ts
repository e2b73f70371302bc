import { describe, expect, it, vi } from 'vitest';
import { layerCommands } from '../../../../renderer/src/layers/layer-commands';
import { LayerDisplay } from '../../../../renderer/src/layers/layer-display';
import { layerModel } from '../../support/layer-fixtures';

function commands(layers = layerModel()) {
  const display = new LayerDisplay(layers);
  const target = {
    display,
    hasLayers: () => layers.layers.length > 0,
    importLayer: vi.fn(async () => undefined),
    notify: vi.fn(),
  };
  const byId = new Map(layerCommands(target).map((command) => [command.id, command]));
  const run = (id: string) => byId.get(id)?.run({ source: 'key' });
  return { display, target, run };
}

describe('the layer commands', () => {
  it('L cycles the display mode and says which one is on', () => {
    const { display, target, run } = commands();
    run('cycle-layer-mode');
    expect(display.mode).toBe('single');
    expect(target.notify).toHaveBeenLastCalledWith('Layers: one at a time.');
    run('cycle-layer-mode');
    expect(target.notify).toHaveBeenLastCalledWith('Layers: side by side.');
  });

  it('Shift+L hides and shows all colleagues’ layers, and says to import one when there is none', () => {
    const { display, target, run } = commands();
    run('toggle-colleague-layers');
    expect(display.overlaid).toEqual([]);
    expect(target.notify).toHaveBeenLastCalledWith('Colleagues’ layers hidden.');
    run('toggle-colleague-layers');
    expect(display.overlaid).toHaveLength(2);
    const none = commands(layerModel([]));
    none.run('toggle-colleague-layers');
    expect(none.target.notify).toHaveBeenLastCalledWith('No colleague’s layer yet: import one first.');
    none.run('import-layer');
    expect(none.target.importLayer).toHaveBeenCalledOnce();
  });
});
