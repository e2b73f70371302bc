import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { CommandRegistry } from '../commands/command-registry';
import { ContextKeys } from '../commands/context-keys';
import { ConfirmDialog } from '../dialogs/confirm-dialog';
import { JobProgressPanel } from '../dom/job-progress-panel';
import { isMacPlatform } from '../dom/platform';
import { errorReporter, type ReportError } from '../errors/report-error';
import { ToastRegion } from '../notifications/toast-region';
import { SaveTracker } from '../status-bar/save-tracker';
import { StatusBarView } from '../status-bar/status-bar-view';
import { belongsToTextEntry } from '../dom/text-entry-focus';

/** What every part of the window uses, built first: the transport's API and the shared services. */
export interface WindowServices {
  readonly api: WorkbenchApi;
  readonly mac: boolean;
  readonly toasts: ToastRegion;
  readonly status: StatusBarView;
  readonly confirm: ConfirmDialog;
  /** The progress card shared by imports and exports. */
  readonly jobProgress: JobProgressPanel;
  readonly saves: SaveTracker;
  readonly reportError: ReportError;
  /** Facts the commands depend on; the parts that know them define them as they are built. */
  readonly contextKeys: ContextKeys;
  /** Empty at first: commands are registered once what they act on exists. */
  readonly commands: CommandRegistry;
}

export function createWindowServices(api: WorkbenchApi): WindowServices {
  const toasts = new ToastRegion();
  const status = new StatusBarView();
  const reportError = errorReporter(toasts);
  const contextKeys = new ContextKeys();
  contextKeys.define('textEntryFocused', (target) => belongsToTextEntry(target ?? document.activeElement));
  return {
    api,
    mac: isMacPlatform(),
    toasts,
    status,
    confirm: new ConfirmDialog(),
    jobProgress: new JobProgressPanel(),
    saves: new SaveTracker(status),
    reportError,
    contextKeys,
    commands: new CommandRegistry((key, target) => contextKeys.holds(key, target ?? null), reportError),
  };
}
