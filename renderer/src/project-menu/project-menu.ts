import type { RecentProject } from '../../../shared/model/project';
import { commandMenuItem } from '../commands/command-menu-item';
import type { CommandRegistry } from '../commands/command-registry';
import { MenuButton } from '../dom/menu-button';

export interface ProjectMenuCallbacks {
  /** Runs the project commands (and File › Export…, here too so hosts without a native menu reach it). */
  readonly commands: Pick<CommandRegistry, 'run'>;
  openRecent(id: string): void;
  /** Loads the recent list each time the menu opens, so it is never stale. */
  loadRecent(): Promise<readonly RecentProject[]>;
  /** The open project's display path, left out of the recent list. */
  currentDisplayPath(): string | null;
  reportError(error: unknown): void;
}

/** Recent projects shown in the menu; the store keeps more. */
const MAX_RECENT = 8;

/**
 * The toolbar's "Project" menu button. It duplicates the native File menu so every project action
 * works from the keyboard and in hosts without a native menu (the browser host used by the
 * end-to-end tests). The recent projects are loaded each time it opens.
 */
export function createProjectMenu(callbacks: ProjectMenuCallbacks): MenuButton {
  const menu = new MenuButton({
    label: 'Project',
    icon: 'folder',
    items: [
      commandMenuItem(callbacks.commands, 'new-project'),
      commandMenuItem(callbacks.commands, 'open-project'),
      commandMenuItem(callbacks.commands, 'save-project-as', { label: 'Save as…' }),
      commandMenuItem(callbacks.commands, 'check-project'),
      commandMenuItem(callbacks.commands, 'set-annotator'),
      commandMenuItem(callbacks.commands, 'export'),
    ],
  });
  /** Ignores a recent list that arrives after the menu was closed and reopened. */
  let openCount = 0;
  menu.addGroup('Recent projects', (recent) => {
    openCount += 1;
    const thisOpening = openCount;
    recent.setNotice('Loading…');
    const showRecent = (projects: readonly RecentProject[]) => {
      const current = callbacks.currentDisplayPath();
      const others = projects.filter((project) => project.displayPath !== current).slice(0, MAX_RECENT);
      if (others.length === 0) {
        recent.setNotice('No other recent projects');
        return;
      }
      recent.setItems(
        others.map((project) => ({
          label: project.name,
          path: project.displayPath,
          run: () => callbacks.openRecent(project.id),
        })),
      );
    };
    callbacks.loadRecent().then(
      (projects) => {
        if (thisOpening === openCount && menu.isOpen) showRecent(projects);
      },
      (error: unknown) => {
        if (thisOpening === openCount) showRecent([]);
        callbacks.reportError(error);
      },
    );
  });
  return menu;
}
