import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { toDisposable, type Disposable } from '../lifecycle/disposable';
import type { CommandRegistry } from './command-registry';

/** Runs the commands the application menu sends (`menu.command`: an id of the command catalog). */
export function listenForMenuCommands(api: Pick<WorkbenchApi, 'on'>, registry: CommandRegistry): Disposable {
  return toDisposable(
    api.on('menu.command', (id) => {
      if (!registry.run(id, { source: 'menu' })) console.warn('The menu command does not apply now', id);
    }),
  );
}
