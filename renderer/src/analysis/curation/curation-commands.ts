import type { CurationChoice } from '../../../../shared/model/curation';
import { pressLabel } from '../../../../shared/commands/key-press';
import { catalogCommand, type Command } from '../../commands/command';
import type { CommandRegistry } from '../../commands/command-registry';
import type { CurationActions, CurationCommandAccess } from './curation-desk';

/**
 * The curation view's commands (keys A, B, H, R, E, N/J, P/K in its walk; the palette while it is
 * shown). Each acts on the view on screen; without one it does not apply and the key goes on.
 */
export function curationCommands(desk: { readonly active: CurationActions | null }): Command[] {
  const onView = (act: (view: CurationActions) => unknown) => () => {
    const view = desk.active;
    return view === null ? false : act(view);
  };
  const decide = (choice: Exclude<CurationChoice, 'edited'>) => onView((view) => view.decide(choice));
  return [
    catalogCommand('curation-accept-a', decide('a')),
    catalogCommand('curation-accept-b', decide('b')),
    catalogCommand('curation-accept-both', decide('both')),
    catalogCommand('curation-reject', decide('reject')),
    catalogCommand(
      'curation-edit',
      onView((view) => view.edit()),
    ),
    catalogCommand(
      'curation-next',
      onView((view) => view.step(1)),
    ),
    catalogCommand(
      'curation-previous',
      onView((view) => view.step(-1)),
    ),
  ];
}

/** The registry as the curation view uses it: its walk's keys, and its buttons named by their commands. */
export function curationCommandAccess(registry: CommandRegistry, mac: boolean): CurationCommandAccess {
  return {
    handleKey: (event) => registry.handleKey(event, 'curation'),
    run: (id) => {
      registry.run(id, { source: 'button' });
    },
    describe: (id) => {
      const command = registry.get(id);
      const key = command?.keys?.find((binding) => binding.on === 'curation');
      return { title: command?.title ?? id, key: key === undefined ? undefined : pressLabel(key.press, mac) };
    },
  };
}
