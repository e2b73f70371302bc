import { commandDeclaration, type CommandId } from '../../../shared/commands/command-catalog';
import type { MenuButtonItem } from '../dom/menu-button';
import type { CommandRegistry } from './command-registry';

/**
 * An entry of a toolbar menu that runs a command of the catalog, named as the palette names it
 * unless `label` says otherwise. The menu may be built before the command is registered.
 */
export function commandMenuItem(
  commands: Pick<CommandRegistry, 'run'>,
  id: CommandId,
  options: { label?: string; detail?: string } = {},
): MenuButtonItem {
  return {
    label: options.label ?? commandDeclaration(id).title,
    ...(options.detail === undefined ? {} : { detail: options.detail }),
    run: () => commands.run(id, { source: 'button' }),
  };
}
