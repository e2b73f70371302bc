import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { LayerRef } from '../../../shared/model/layer';

/** A layer as the team views offer it: the project's own (the curated layer) or a colleague's. */
export interface LayerChoice {
  readonly ref: LayerRef;
  readonly name: string;
}

export const PROJECT_LAYER_NAME = 'Project (curated)';

/**
 * The layers the agreement and curation views offer, the project's own first. Until the window's
 * model keeps the layer list this one place asks the store for it; pointing it at the model later
 * changes no view.
 */
export class LayerChoices {
  private choices: readonly LayerChoice[] = [{ ref: 'project', name: PROJECT_LAYER_NAME }];

  constructor(private readonly api: WorkbenchApi) {}

  get all(): readonly LayerChoice[] {
    return this.choices;
  }

  async refresh(): Promise<readonly LayerChoice[]> {
    const layers = await this.api.invoke('layers.list');
    this.choices = [
      { ref: 'project', name: PROJECT_LAYER_NAME },
      ...layers.map((layer) => ({ ref: layer.id, name: layer.name })),
    ];
    return this.choices;
  }

  /** A layer's name; one removed meanwhile is named by its number, so a report still reads. */
  name(ref: LayerRef): string {
    return this.choices.find((choice) => choice.ref === ref)?.name ?? `Layer ${String(ref)}`;
  }
}
