import { catalogCommand, type Command } from '../commands/command';
import { LAYER_DISPLAY_MODE_NAMES, type LayerDisplay } from './layer-display';

/** What the layer commands act on (LayersUi's parts are these). */
export interface LayerCommandTarget {
  readonly display: Pick<LayerDisplay, 'cycleMode' | 'toggleColleagues'>;
  /** Whether the project has any colleague's layer to show. */
  hasLayers(): boolean;
  importLayer(): Promise<void>;
  notify(message: string): void;
}

/** The layer commands of the catalog: importing a colleague's layer and how layers are shown. */
export function layerCommands(target: LayerCommandTarget): Command[] {
  return [
    catalogCommand('import-layer', () => target.importLayer()),
    catalogCommand('cycle-layer-mode', () => {
      const mode = target.display.cycleMode();
      target.notify(
        target.hasLayers()
          ? `Layers: ${LAYER_DISPLAY_MODE_NAMES[mode].toLowerCase()}.`
          : `Layers: ${LAYER_DISPLAY_MODE_NAMES[mode].toLowerCase()}. Import a colleague’s layer to compare it.`,
      );
    }),
    catalogCommand('toggle-colleague-layers', () => {
      if (!target.hasLayers()) {
        target.notify('No colleague’s layer yet: import one first.');
        return;
      }
      target.notify(target.display.toggleColleagues() ? 'Colleagues’ layers shown.' : 'Colleagues’ layers hidden.');
    }),
  ];
}
