import type { PickerDialog } from '../dom/picker-dialog';
import type { Command, SidePanelTabName } from './commands';

/**
 * The command palette (Ctrl/⌘+Shift+P): every action by name in the shared picker. The chosen
 * command runs once the picker has closed and given focus back, so a command that opens the picker
 * again (pick a label, link an entity) is not cancelled by the closing one.
 */
export async function openCommandPalette(picker: PickerDialog, commands: readonly Command[]): Promise<void> {
  const closed = new Promise((resolve) => picker.element.addEventListener('close', resolve, { once: true }));
  const command = await picker.pick<Command>({
    title: 'Commands',
    placeholder: 'Type a command',
    items: commands.map((command) => ({
      value: command,
      label: command.name,
      ...(command.shortcut === undefined ? {} : { detail: command.shortcut }),
      ...(command.keywords === undefined ? {} : { keywords: command.keywords }),
    })),
    emptyText: 'No command matches.',
  });
  if (command === null) return;
  await closed;
  command.run();
}

/** The side panel's tabs as its tab strip shows them, so the palette lists whichever are registered. */
export function sidePanelTabsOf(panel: HTMLElement): SidePanelTabName[] {
  return [...panel.querySelectorAll<HTMLElement>('[role="tab"][data-tab]')].map((tab) => ({
    id: tab.dataset['tab'] ?? '',
    title: tab.textContent,
  }));
}
