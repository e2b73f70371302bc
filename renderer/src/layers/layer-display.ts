import type { LayerId, LayerRef } from '../../../shared/model/layer';
import type { Disposable } from '../lifecycle/disposable';
import { Emitter } from '../lifecycle/emitter';
import type { WorkbenchModel } from '../model/workbench-model';

/**
 * How the article shows colleagues' layers: all shown ones over the project's own annotations, only
 * the chosen one, or the chosen colleague's layer in a second pane beside the article.
 */
export type LayerDisplayMode = 'overlay' | 'single' | 'side-by-side';

export const LAYER_DISPLAY_MODES: readonly LayerDisplayMode[] = ['overlay', 'single', 'side-by-side'];

export const LAYER_DISPLAY_MODE_NAMES: Record<LayerDisplayMode, string> = {
  overlay: 'Overlay',
  single: 'One at a time',
  'side-by-side': 'Side by side',
};

/** What the display reads of the model: the layer list and its changes. */
export type LayerDisplayModel = Pick<WorkbenchModel, 'layers' | 'layer' | 'subscribe'>;

/**
 * Which layers the window draws and how: the mode, the layers hidden, and the one chosen for the
 * one-at-a-time and side-by-side modes. The window's own view state, not the project's; the layer
 * list itself is the model's, and layers removed there are forgotten here.
 */
export class LayerDisplay implements Disposable {
  private readonly model: LayerDisplayModel;
  private readonly changes = new Emitter<void>();
  private readonly unsubscribe: () => void;
  private currentMode: LayerDisplayMode = 'overlay';
  private readonly hidden = new Set<LayerRef>();
  private chosenRef: LayerRef = 'project';
  private listVersion = 0;

  readonly onDidChange = this.changes.event;

  constructor(model: LayerDisplayModel) {
    this.model = model;
    this.unsubscribe = model.subscribe((change) => {
      if (change.kind === 'layers') this.forgetRemoved();
    });
  }

  dispose(): void {
    this.unsubscribe();
    this.changes.dispose();
  }

  get mode(): LayerDisplayMode {
    return this.currentMode;
  }

  /** The layer one-at-a-time shows; side by side shows it in the pane if it is a colleague's. */
  get chosen(): LayerRef {
    return this.chosenRef;
  }

  /** Counts the model's layer changes (imports, renames, removals), after which marks are asked again. */
  get layerListVersion(): number {
    return this.listVersion;
  }

  isHidden(ref: LayerRef): boolean {
    return this.hidden.has(ref);
  }

  /** Whether the project's own highlights are drawn in the article. */
  get projectShown(): boolean {
    if (this.hidden.has('project')) return false;
    return this.currentMode !== 'single' || this.chosenRef === 'project';
  }

  /** The colleagues' layers drawn over the article text. */
  get overlaid(): readonly LayerId[] {
    if (this.currentMode === 'overlay') return this.visibleColleagues();
    if (this.currentMode === 'single' && this.chosenRef !== 'project' && !this.hidden.has(this.chosenRef)) {
      return [this.chosenRef];
    }
    return [];
  }

  /** The colleague's layer in the pane beside the article; null unless side by side with one to show. */
  get paneLayer(): LayerId | null {
    if (this.currentMode !== 'side-by-side') return null;
    if (this.chosenRef !== 'project' && !this.hidden.has(this.chosenRef)) return this.chosenRef;
    return this.visibleColleagues()[0] ?? null;
  }

  /** Every colleague layer the window needs the annotations of, in list order. */
  get drawn(): readonly LayerId[] {
    const pane = this.paneLayer;
    return pane === null ? this.overlaid : [pane];
  }

  setMode(mode: LayerDisplayMode): void {
    if (mode === this.currentMode) return;
    this.currentMode = mode;
    this.changes.fire();
  }

  /** Overlay → one at a time → side by side → overlay; returns the new mode. */
  cycleMode(): LayerDisplayMode {
    const next = LAYER_DISPLAY_MODES[(LAYER_DISPLAY_MODES.indexOf(this.currentMode) + 1) % LAYER_DISPLAY_MODES.length];
    this.setMode(next ?? 'overlay');
    return this.currentMode;
  }

  /** Chooses the layer to show on its own (or beside the article), and shows it if hidden. */
  choose(ref: LayerRef): void {
    if (ref !== 'project' && this.model.layer(ref) === undefined) return;
    if (ref === this.chosenRef && !this.hidden.has(ref)) return;
    this.chosenRef = ref;
    this.hidden.delete(ref);
    this.changes.fire();
  }

  setHidden(ref: LayerRef, hidden: boolean): void {
    if (hidden === this.hidden.has(ref)) return;
    if (hidden) this.hidden.add(ref);
    else this.hidden.delete(ref);
    this.changes.fire();
  }

  /** Hides every colleague's layer, or shows them all again if all are hidden; returns whether they show. */
  toggleColleagues(): boolean {
    const ids = this.model.layers.map((layer) => layer.id);
    const show = ids.length > 0 && ids.every((id) => this.hidden.has(id));
    for (const id of ids) {
      if (show) this.hidden.delete(id);
      else this.hidden.add(id);
    }
    if (ids.length > 0) this.changes.fire();
    return show;
  }

  private visibleColleagues(): LayerId[] {
    return this.model.layers.map((layer) => layer.id).filter((id) => !this.hidden.has(id));
  }

  /** A layer added, renamed or removed changes what is drawn and what the controls name: always a change. */
  private forgetRemoved(): void {
    this.listVersion += 1;
    for (const ref of [...this.hidden]) {
      if (ref !== 'project' && this.model.layer(ref) === undefined) this.hidden.delete(ref);
    }
    if (this.chosenRef !== 'project' && this.model.layer(this.chosenRef) === undefined) this.chosenRef = 'project';
    this.changes.fire();
  }
}
