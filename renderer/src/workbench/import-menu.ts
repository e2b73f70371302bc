import { commandMenuItem } from '../commands/command-menu-item';
import type { CommandRegistry } from '../commands/command-registry';
import { MenuButton } from '../dom/menu-button';

/** The toolbar's "Import" menu: the File menu's import commands, for hosts without a native menu too. */
export function createImportMenu(commands: Pick<CommandRegistry, 'run'>): MenuButton {
  return new MenuButton({
    label: 'Import',
    icon: 'import',
    title: 'Import files or a folder (or drop files on the window)',
    items: [
      commandMenuItem(commands, 'import', { detail: 'Text, Markdown, HTML, Word, PDF' }),
      commandMenuItem(commands, 'import-folder', { detail: 'Every file in a folder and its subfolders' }),
      commandMenuItem(commands, 'import-annotations', { detail: 'Bundle, brat, W3C, doccano, Label Studio' }),
    ],
  });
}
