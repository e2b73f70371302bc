import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { LayerImportReport } from '../../../shared/model/layer';
import { DialogImport, type SavingWrite } from '../dialogs/dialog-import';
import { ReportDialog } from '../dialogs/report-dialog';
import { describeLayerImport } from './describe-layer-import';

export interface LayerImportOptions {
  readonly api: Pick<WorkbenchApi, 'invoke'>;
  readonly write: SavingWrite;
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
  private readonly importing: DialogImport<LayerImportReport>;

  constructor(private readonly options: LayerImportOptions) {
    this.importing = new DialogImport(options.write);
  }

  run(): Promise<void> {
    return this.importing.run(
      () => this.options.api.invoke('layers.import'),
      (report) => {
        if (report.imported) this.options.imported(report);
        this.report.show(describeLayerImport(report));
      },
    );
  }
}
