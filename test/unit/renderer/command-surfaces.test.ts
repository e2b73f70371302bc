import { readFileSync } from 'node:fs';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../main/shell/menu-template';
import { COMMAND_IDS, type CommandId } from '../../../shared/commands/command-catalog';
import { acceleratorOf, chordLabel, pressLabel } from '../../../shared/commands/key-press';
import type { Command } from '../../../renderer/src/commands/command';
import type { CommandRegistry } from '../../../renderer/src/commands/command-registry';
import { openCommandPalette } from '../../../renderer/src/command-palette/command-palette';
import type { PickerDialog, PickerRequest } from '../../../renderer/src/dialogs/picker-dialog';
import { HELP_GROUPS, shortcutGroups } from '../../../renderer/src/shortcuts/help-catalog';
import { windowRegistry } from '../support/window-commands';

const staticCommands = (registry: CommandRegistry): Command[] =>
  registry.commands.filter((command) => (COMMAND_IDS as readonly string[]).includes(command.id));

/** What the palette offers: the picker request it opens, answered with "cancel". */
async function paletteItems(registry: CommandRegistry, mac: boolean) {
  let request: PickerRequest<Command> | undefined;
  const picker = {
    pick: vi.fn(async (asked: PickerRequest<Command>) => {
      request = asked;
      return null;
    }),
  };
  await openCommandPalette(picker as unknown as PickerDialog, registry, mac);
  return request?.items ?? [];
}

function menuItems(platform: NodeJS.Platform): { id: CommandId; item: MenuItemConstructorOptions }[] {
  let sent: CommandId | undefined;
  const menu = applicationMenuTemplate({
    platform,
    appName: 'Annotation Workbench',
    developerItems: false,
    recentProjects: [],
    sendCommand: (id) => (sent = id),
    openRecent: vi.fn(),
    showAbout: vi.fn(),
  });
  const all = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
  return all(menu).flatMap((item) => {
    sent = undefined;
    if (item.role !== undefined || typeof item.click !== 'function') return [];
    (item.click as () => void)();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the click above, which TypeScript does not follow.
    return sent === undefined ? [] : [{ id: sent, item }];
  });
}

describe('the command surfaces', () => {
  it('register every command of the catalog exactly once', () => {
    const { registry } = windowRegistry();
    expect(
      staticCommands(registry)
        .map((command) => command.id)
        .sort(),
    ).toEqual([...COMMAND_IDS].sort());
  });

  it('the palette offers every command that applies, by its title and with its first key', async () => {
    const { registry } = windowRegistry();
    const items = await paletteItems(registry, false);
    expect(items.map((item) => item.value)).toEqual(registry.available());
    for (const item of items) {
      expect(item.label).toBe(item.value.title);
      expect(item.detail).toBe(registry.keyLabels(item.value, false)[0]);
    }
    const byTitle = (title: string) => items.find((item) => item.label === title);
    expect(byTitle('Redo')?.detail).toBe('Ctrl+Shift+Z');
    expect(byTitle('Label the selection as Person')?.detail).toBe('1');
    expect(byTitle('Delete the selected annotation')?.detail).toBe('Delete');
    expect(byTitle('Show keyboard shortcuts')?.detail).toBe('?');
    expect((await paletteItems(registry, true)).find((item) => item.label === 'Redo')?.detail).toBe('⌘⇧Z');
    // Editing commands are offered only while they apply.
    expect(byTitle('Edit the article text')).toBeDefined();
    expect(byTitle('Finish editing the article text')).toBeUndefined();
    const editing = windowRegistry({ editingText: true }).registry;
    const whileEditing = (await paletteItems(editing, false)).map((item) => item.label);
    expect(whileEditing).toContain('Finish editing the article text');
    expect(whileEditing).not.toContain('Edit the article text');
  });

  it.each(['linux', 'darwin'] as const)(
    'the %s menu sends registered commands, named and keyed as registered',
    (platform) => {
      const { registry } = windowRegistry();
      const items = menuItems(platform);
      expect(items.map(({ id }) => id)).toEqual([
        'new-article',
        'new-project',
        'open-project',
        'save-project-as',
        'check-project',
        'import',
        'import-folder',
        'import-annotations',
        'export',
        'undo',
        'redo',
        'search',
        'show-shortcuts',
      ]);
      for (const { id, item } of items) {
        const command = registry.get(id);
        expect(command, id).toBeDefined();
        expect(item.label).toBe(command?.menuTitle ?? command?.title);
        const menuKey = command?.keys?.find((binding) => binding.on === 'menu' || binding.inMenu === true);
        expect(item.accelerator).toBe(menuKey === undefined ? undefined : acceleratorOf(menuKey.press));
        // The key the menu shows is one help and the palette show too.
        if (menuKey !== undefined)
          expect(registry.keyLabels(command as Command, false)).toContain(pressLabel(menuKey.press, false));
      }
    },
  );

  it('help lists every key of every command, and only commands that are registered', () => {
    const { registry } = windowRegistry();
    const helpIds = HELP_GROUPS.flatMap((group) =>
      group.entries.flatMap((entry) => ('commands' in entry ? entry.commands : [])),
    );
    for (const id of helpIds) expect(registry.get(id), id).toBeDefined();
    const groups = shortcutGroups(registry, false);
    for (const command of staticCommands(registry)) {
      const labels = registry.keyLabels(command, false);
      if (labels.length === 0) continue;
      const groupIndex = HELP_GROUPS.findIndex((group) =>
        group.entries.some(
          (entry) => 'commands' in entry && (entry.commands as readonly string[]).includes(command.id),
        ),
      );
      expect(groupIndex, `${command.id} is not in help`).toBeGreaterThanOrEqual(0);
      const entryIndex = HELP_GROUPS[groupIndex]?.entries.findIndex(
        (entry) => 'commands' in entry && (entry.commands as readonly string[]).includes(command.id),
      );
      const shown = groups[groupIndex]?.shortcuts[entryIndex ?? -1]?.chords.map((chord) => chordLabel(chord, false));
      expect(shown).toEqual(expect.arrayContaining(labels));
    }
  });

  it('help writes the annotating keys for the platform', () => {
    const { registry } = windowRegistry();
    const annotating = (mac: boolean) =>
      shortcutGroups(registry, mac)
        .find((group) => group.title === 'Annotating')
        ?.shortcuts.flatMap((shortcut) => shortcut.chords.map((chord) => chord.join('+'))) ?? [];
    expect(annotating(false)).toEqual(
      expect.arrayContaining([
        '1–9',
        'Alt+1–9',
        'Enter',
        'Shift+Enter',
        '+',
        'Tab',
        'Shift+Tab',
        'Delete',
        'Esc',
        'C',
        'E',
        'R',
        'N',
        'Alt+Drag',
        'Ctrl+Z',
        'Ctrl+Shift+Z',
        'Ctrl+Shift+P',
      ]),
    );
    expect(annotating(true)).toEqual(expect.arrayContaining(['⌘+Z', '⌘+Shift+Z']));
    expect(annotating(true)).not.toContain('Ctrl+Z');
  });

  it('the README’s shortcut table lists every key of every command', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### Keyboard shortcuts'), readme.indexOf('### Import formats'));
    const { registry } = windowRegistry();
    for (const command of staticCommands(registry)) {
      for (const binding of (command.keys ?? []).filter((key) => key.unlisted !== true)) {
        expect(table, command.id).toContain(`\`${pressLabel(binding.press, false)}\``);
        if (binding.press.mod === true) expect(table, command.id).toContain(`\`${pressLabel(binding.press, true)}\``);
      }
    }
  });
});
