import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { IntegrityReport } from '../../../shared/model/project';
import type { ReportError } from '../errors/report-error';
import type { Disposable } from '../lifecycle/disposable';
import type { ToastRegion } from '../notifications/toast-region';

export interface ProjectIntegrityDeps {
  readonly api: WorkbenchApi;
  readonly toasts: Pick<ToastRegion, 'show' | 'info'>;
  readonly reportError: ReportError;
  /** The open project's name, for the messages. */
  projectName(): string;
  /** Opens the export dialog, offered on the damage notice. */
  exportProject(): void;
}

/** What the analyst reads when a check finds the file damaged; it stays until dismissed. */
export function damageMessage(projectName: string, report: IntegrityReport): string {
  const first = report.problems[0] ?? 'no details';
  return (
    `The project file “${projectName}” is damaged (SQLite found: ${first}). ` +
    'Export it now as an Annotation Workbench bundle and keep the original file: a damaged file may ' +
    'refuse to open next time, and a new project can import the bundle.'
  );
}

/**
 * Tells the analyst what the store's integrity checks find: the background check after open
 * reports damage as the `project.damaged` event (nothing else would show it: the project keeps
 * working until a damaged page is read), and "Check the project file" asks for a check at will.
 */
export class ProjectIntegrity implements Disposable {
  private readonly release: () => void;

  constructor(private readonly deps: ProjectIntegrityDeps) {
    this.release = deps.api.on('project.damaged', (report) => this.showDamage(report));
  }

  /** Runs the full check; on a large project it takes a while, so the analyst is told it started. */
  async check(): Promise<void> {
    const closeStarted = this.deps.toasts.info(`Checking “${this.deps.projectName()}” for damage…`);
    try {
      const report = await this.deps.api.invoke('project.checkIntegrity');
      if (report.intact) this.deps.toasts.info(`“${this.deps.projectName()}” is intact: SQLite found no damage.`);
      else this.showDamage(report);
    } catch (error) {
      this.deps.reportError(error);
    } finally {
      closeStarted();
    }
  }

  dispose(): void {
    this.release();
  }

  private showDamage(report: IntegrityReport): void {
    this.deps.toasts.show('error', damageMessage(this.deps.projectName(), report), {
      // Not Save as…: it copies pages as they are, damage included; an export reads only the rows.
      action: { label: 'Export…', run: () => this.deps.exportProject() },
    });
  }
}
