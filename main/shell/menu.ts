import { app, Menu } from 'electron';
import type { CommandId } from '../../shared/commands/command-catalog';
import type { ErrorLog, Handlers } from '../ipc/dispatcher';
import { applicationMenuTemplate } from './menu-template';

export interface ApplicationMenuOptions {
  /** The workspace's own handlers: the menu reads the current and recent projects from them. */
  readonly handlers: Pick<Handlers, 'project.current' | 'project.recent'>;
  readonly developerItems: boolean;
  readonly sendCommand: (command: CommandId) => void;
  readonly openRecent: (id: string) => void;
  readonly log: ErrorLog;
}

/**
 * Sets the application menu and returns a function that rebuilds it; call that whenever the project
 * changes, because "Open recent" lists the other recent projects and Electron menus are immutable.
 */
export function installApplicationMenu(options: ApplicationMenuOptions): () => void {
  const rebuild = async () => {
    const [current, recent] = await Promise.all([
      options.handlers['project.current'](undefined),
      options.handlers['project.recent'](undefined),
    ]);
    const template = applicationMenuTemplate({
      platform: process.platform,
      appName: app.getName(),
      developerItems: options.developerItems,
      // The open project is always first in the recent list; reopening it from there would do nothing useful.
      recentProjects: recent.filter((project) => project.displayPath !== current.displayPath),
      sendCommand: options.sendCommand,
      openRecent: options.openRecent,
      showAbout: () => app.showAboutPanel(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const refresh = () => {
    rebuild().catch((error: unknown) => options.log('Could not build the application menu', error));
  };
  refresh();
  return refresh;
}
