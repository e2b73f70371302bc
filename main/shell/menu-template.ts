import type { MenuItemConstructorOptions } from 'electron';
import { commandDeclaration, menuKeyOf, type CommandId } from '../../shared/commands/command-catalog';
import { acceleratorOf } from '../../shared/commands/key-press';
import type { RecentProject } from '../../shared/model/project';

export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Reload and developer tools are for people working on the app, never in a packaged build. */
  readonly developerItems: boolean;
  readonly recentProjects: readonly RecentProject[];
  sendCommand(command: CommandId): void;
  openRecent(id: string): void;
  showAbout(): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** On Windows and Linux "&" marks a mnemonic in menu labels; project names are shown as written. */
function literalLabel(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&');
}

function recentSubmenu(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  if (options.recentProjects.length === 0) return [{ label: 'No other recent projects', enabled: false }];
  return options.recentProjects.map((project) => ({
    label: literalLabel(project.name, options.platform),
    sublabel: project.displayPath,
    toolTip: project.displayPath,
    click: () => options.openRecent(project.id),
  }));
}

/**
 * The application menu. Items send command ids to the renderer, whose command registry owns the
 * matching dialogs and editor state; only "Open recent" acts in main, because it needs nothing from the page.
 */
export function applicationMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  // Names and keys come from the command catalog the renderer's registry also reads.
  const command = (id: CommandId): MenuItemConstructorOptions => {
    const declaration = commandDeclaration(id);
    const key = menuKeyOf(id);
    return {
      label: declaration.menuTitle ?? declaration.title,
      click: () => options.sendCommand(id),
      ...(key === undefined
        ? {}
        : {
            accelerator: acceleratorOf(key.press),
            // A key the page answers only in some places (undo, which text fields keep for
            // themselves) must reach the page: the menu then only shows it. registerAccelerator is
            // honoured on Windows and Linux.
            ...(key.on !== 'menu' && key.when !== undefined ? { registerAccelerator: false } : {}),
          }),
    };
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('new-article'),
      separator,
      command('new-project'),
      command('open-project'),
      { label: 'Open recent', submenu: recentSubmenu(options) },
      command('save-project-as'),
      command('check-project'),
      separator,
      command('import'),
      command('import-folder'),
      command('import-annotations'),
      command('export'),
      ...(isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('undo'),
      command('redo'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('search'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.developerItems ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      command('show-shortcuts'),
      // macOS keeps About in the application menu.
      ...(isMac ? [] : [{ label: 'About Annotation Workbench', click: () => options.showAbout() }]),
    ],
  };

  return [...appMenu, fileMenu, editMenu, viewMenu, ...(isMac ? [{ role: 'windowMenu' } as const] : []), helpMenu];
}
