import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { LayerImportReport } from '../../../shared/model/layer';
import { ReportDialog } from '../dialogs/report-dialog';
import { describeLayerImport } from './describe-layer-import';

export interface LayerImportOptions {
  readonly api: Pick<WorkbenchApi, 'invoke'>;
  /** Runs the import with the status bar's save state; null when it failed (already reported). */
  readonly write: <T>(action: () => Promise<T>) => Promise<T | null>;
  /** The new layer arrived: show the Layers tab. */
  imported(report: LayerImportReport): void;
}

/**
 * "Import a colleague's layer…": main asks for the files and adds them as the colleague's layer,
 * or nothing; the report says which. The layer itself reaches the window as the change set's
 * `layers` part, so nothing is read again here.
 */
export class LayerImportController {
  readonly report = new ReportDialog('layer-import-report-dialog', 'layer-report');
  private readonly options: LayerImportOptions;
  private running = false;

  constructor(options: LayerImportOptions) {
    this.options = options;
  }

  async run(): Promise<void> {
    // A second file dialog on top of the first would import the same layer twice.
    if (this.running) return;
    this.running = true;
    try {
      const { api, write } = this.options;
      // Wrapped, so that a failed write (null) is told apart from a cancelled file dialog.
      const outcome = await write(async (): Promise<{ report: LayerImportReport | null }> => ({
        report: await api.invoke('layers.import'),
      }));
      const report = outcome?.report ?? null;
      if (report === null) return;
      if (report.imported) this.options.imported(report);
      this.report.show(describeLayerImport(report));
    } finally {
      this.running = false;
    }
  }
}
