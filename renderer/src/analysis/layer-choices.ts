import type { LayerRef } from '../../../shared/model/layer';
import type { WorkbenchModel } from '../model/workbench-model';

/** A layer as the team views offer it: the project's own (the curated layer) or a colleague's. */
export interface LayerChoice {
  readonly ref: LayerRef;
  readonly name: string;
}

export const PROJECT_LAYER_NAME = 'Project (curated)';

/** The layers the agreement and curation views offer, the project's own first, from the window's one model. */
export class LayerChoices {
  constructor(private readonly model: WorkbenchModel) {}

  get all(): readonly LayerChoice[] {
    return [
      { ref: 'project', name: PROJECT_LAYER_NAME },
      ...this.model.layers.map((layer) => ({ ref: layer.id, name: layer.name })),
    ];
  }

  /** A layer's name; one removed meanwhile is named by its number, so a report still reads. */
  name(ref: LayerRef): string {
    return this.all.find((choice) => choice.ref === ref)?.name ?? `Layer ${String(ref)}`;
  }
}
