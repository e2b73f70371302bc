import { shell } from 'electron';
import { WorkbenchError } from '../../shared/ipc/errors';
import type { ExportRevealAction } from '../../shared/model/interchange';

/**
 * Opens an export with the program the system gives its type, or shows it selected in the file
 * manager. Only the workspace calls this, with the path of an export it wrote (WrittenExports).
 */
export async function revealPath(path: string, action: ExportRevealAction): Promise<void> {
  if (action === 'show-in-folder') {
    shell.showItemInFolder(path);
    return;
  }
  const failure = await shell.openPath(path);
  if (failure !== '') throw new WorkbenchError('io', `The export could not be opened: ${failure}`);
}
