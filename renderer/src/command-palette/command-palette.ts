import type { Command } from '../commands/command';
import type { CommandRegistry } from '../commands/command-registry';
import type { PickerDialog } from '../dialogs/picker-dialog';

/**
 * The command palette (Ctrl/⌘+Shift+P): every command that applies now, by name, with its key, in
 * the shared picker. The chosen command runs once the picker has closed and given focus back, so a
 * command that opens the picker again (pick a label, link an entity) is not cancelled by the
 * closing one, and one that depends on focus sees where the analyst was.
 */
export async function openCommandPalette(picker: PickerDialog, registry: CommandRegistry, mac: boolean): Promise<void> {
  const command = await picker.pick<Command>({
    title: 'Commands',
    placeholder: 'Type a command',
    items: registry.available().map((command) => {
      const [key] = registry.keyLabels(command, mac);
      return {
        value: command,
        label: command.title,
        ...(key === undefined ? {} : { detail: key }),
        ...(command.keywords === undefined ? {} : { keywords: command.keywords }),
      };
    }),
    emptyText: 'No command matches.',
  });
  if (command === null) return;
  await picker.closed();
  registry.run(command.id, { source: 'palette' });
}
