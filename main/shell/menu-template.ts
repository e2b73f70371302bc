import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { RecentProject } from '../../shared/model/project';

export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Reload and developer tools are for people working on the app, never in a packaged build. */
  readonly developerItems: boolean;
  readonly recentProjects: readonly RecentProject[];
  sendCommand(command: MenuCommand): void;
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
 * The application menu. Items send menu commands to the renderer, which owns the matching dialogs and
 * editor state; only "Open recent" acts in main, because it needs nothing from the page.
 */
export function applicationMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.sendCommand(name),
  });
  // The editor handles undo/redo keys itself (ProseMirror history); the menu only shows them, so a
  // key press is never applied twice. registerAccelerator is honoured on Windows and Linux.
  const editorCommand = (label: string, name: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    ...command(label, name, accelerator),
    registerAccelerator: false,
  });

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
      command('New article…', 'new-article', 'CmdOrCtrl+N'),
      separator,
      command('New project…', 'new-project', 'CmdOrCtrl+Shift+N'),
      command('Open project…', 'open-project', 'CmdOrCtrl+O'),
      { label: 'Open recent', submenu: recentSubmenu(options) },
      command('Save project as…', 'save-project-as', 'CmdOrCtrl+Shift+S'),
      separator,
      command('Import files…', 'import', 'CmdOrCtrl+I'),
      command('Import folder…', 'import-folder', 'CmdOrCtrl+Shift+I'),
      command('Import annotations…', 'import-annotations'),
      command('Export…', 'export', 'CmdOrCtrl+E'),
      ...(isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      editorCommand('Undo', 'undo', 'CmdOrCtrl+Z'),
      editorCommand('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Search all articles…', 'search', 'CmdOrCtrl+Shift+F'),
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
      command('Keyboard shortcuts', 'show-shortcuts', 'F1'),
      // macOS keeps About in the application menu.
      ...(isMac ? [] : [{ label: 'About Annotation Workbench', click: () => options.showAbout() }]),
    ],
  };

  return [...appMenu, fileMenu, editMenu, viewMenu, ...(isMac ? [{ role: 'windowMenu' } as const] : []), helpMenu];
}
