import { describe, expect, it, vi } from 'vitest';
import type { ContextKey, KeyBinding } from '../../../shared/commands/command-catalog';
import type { Command } from '../../../renderer/src/commands/command';
import { CommandRegistry } from '../../../renderer/src/commands/command-registry';
import { keyEvent } from '../support/window-commands';

function registryWith(facts: Partial<Record<ContextKey, boolean>> = {}) {
  const reportError = vi.fn();
  const registry = new CommandRegistry((key) => facts[key] ?? false, reportError);
  return { registry, reportError, facts };
}

function command(
  id: string,
  keys: KeyBinding[] = [],
  extra: Partial<Command> = {},
): Command & { run: ReturnType<typeof vi.fn> } {
  return { id, title: `Title of ${id}`, group: 'view', keys, run: vi.fn(), ...extra } as Command & {
    run: ReturnType<typeof vi.fn>;
  };
}

describe('CommandRegistry', () => {
  it('refuses a second command with the same id', () => {
    const { registry } = registryWith();
    registry.register(command('a'));
    expect(() => registry.register(command('a'))).toThrow('A command "a" is registered already.');
  });

  it('refuses a key another command already answers in the same place', () => {
    const { registry } = registryWith();
    registry.register(command('new', [{ press: { key: 'n', mod: true }, on: 'window' }]));
    expect(() => registry.register(command('other', [{ press: { key: 'N', mod: true }, on: 'window' }]))).toThrow(
      'The key Ctrl+N of "Title of other" is already bound to "Title of new".',
    );
    // A menu accelerator fires wherever focus is, so it meets keys of the window and the article.
    expect(() => registry.register(command('menu', [{ press: { key: 'n', mod: true }, on: 'menu' }]))).toThrow();
    // A modifier that may be held either way overlaps with both.
    expect(() =>
      registry.register(command('any', [{ press: { key: 'n', mod: true, shift: 'any' }, on: 'window' }])),
    ).toThrow();
    // A physical key given by its code is the same key as its character.
    registry.register(command('entity', [{ press: { code: 'KeyE' }, on: 'article' }]));
    expect(() => registry.register(command('e', [{ press: { key: 'e' }, on: 'article' }]))).toThrow();
  });

  it('accepts the same key in another place, with other modifiers, or where the conditions exclude each other', () => {
    const { registry } = registryWith();
    registry.register(command('new', [{ press: { key: 'n', mod: true }, on: 'window' }]));
    registry.register(command('new-project', [{ press: { key: 'n', mod: true, shift: true }, on: 'menu' }]));
    registry.register(command('article-n', [{ press: { key: 'n', mod: true }, on: 'article' }]));
    registry.register(command('deselect', [{ press: { key: 'Escape' }, on: 'article', when: ['!editingText'] }]));
    registry.register(
      command('finish', [{ press: { key: 'Escape', mod: 'any' }, on: 'article' }], { when: ['editingText'] }),
    );
    registry.register(command('digit', [{ press: { code: 'Digit1' }, on: 'article' }]));
    registry.register(command('numpad', [{ press: { code: 'Numpad1' }, on: 'article' }]));
    expect(registry.commands.map((entry) => entry.id)).toHaveLength(7);
  });

  it('runs the command bound to a key, with Ctrl or ⌘, and only with exactly the modifiers it names', () => {
    const { registry } = registryWith();
    const newArticle = registry.register(command('new', [{ press: { key: 'n', mod: true }, on: 'window' }]));
    const run = (registry.get('new') as ReturnType<typeof command>).run;
    expect(registry.handleKey(keyEvent({ key: 'n', ctrlKey: true }), 'window')).toBe(true);
    expect(registry.handleKey(keyEvent({ key: 'n', metaKey: true }), 'window')).toBe(true);
    expect(run).toHaveBeenCalledTimes(2);
    expect(run).toHaveBeenLastCalledWith({ source: 'key', event: expect.objectContaining({ key: 'n' }) });
    expect(registry.handleKey(keyEvent({ key: 'N', ctrlKey: true, shiftKey: true }), 'window')).toBe(false);
    expect(registry.handleKey(keyEvent({ key: 'n', ctrlKey: true, altKey: true }), 'window')).toBe(false);
    expect(registry.handleKey(keyEvent({ key: 'n' }), 'window')).toBe(false);
    expect(registry.handleKey(keyEvent({ key: 'n', ctrlKey: true }), 'article')).toBe(false);
    expect(registry.handleKey(keyEvent({ key: 'n', ctrlKey: true, isComposing: true }), 'window')).toBe(false);
    newArticle.dispose();
    expect(registry.handleKey(keyEvent({ key: 'n', ctrlKey: true }), 'window')).toBe(false);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('respects when: a key whose condition fails goes on to the page, and a command that does not apply is not offered', () => {
    const { registry, facts } = registryWith({ textEntryFocused: true });
    const undo = command('undo', [{ press: { key: 'z', mod: true }, on: 'window', when: ['!textEntryFocused'] }]);
    const finish = command('finish', [{ press: { key: 'F2' }, on: 'article' }], { when: ['editingText'] });
    registry.register(undo);
    registry.register(finish);
    expect(registry.handleKey(keyEvent({ key: 'z', ctrlKey: true }), 'window')).toBe(false);
    expect(undo.run).not.toHaveBeenCalled();
    facts.textEntryFocused = false;
    expect(registry.handleKey(keyEvent({ key: 'z', ctrlKey: true }), 'window')).toBe(true);
    expect(undo.run).toHaveBeenCalledOnce();

    expect(registry.available().map((entry) => entry.id)).toEqual(['undo']);
    expect(registry.run('finish', { source: 'palette' })).toBe(false);
    expect(registry.handleKey(keyEvent({ key: 'F2' }), 'article')).toBe(false);
    facts.editingText = true;
    expect(registry.available().map((entry) => entry.id)).toEqual(['undo', 'finish']);
    expect(registry.run('finish', { source: 'menu' })).toBe(true);
    expect(finish.run).toHaveBeenCalledWith({ source: 'menu' });
  });

  it('lets a command decline a key it cannot use, so the key keeps its default (Tab at the last annotation)', () => {
    const { registry } = registryWith();
    const next = command('next', [{ press: { key: 'Tab' }, on: 'article' }]);
    next.run.mockReturnValue(false);
    registry.register(next);
    expect(registry.handleKey(keyEvent({ key: 'Tab' }), 'article')).toBe(false);
    expect(next.run).toHaveBeenCalledOnce();
  });

  it('gives a key the user chose precedence over a built-in one, and the built-in key back when it goes', () => {
    const { registry } = registryWith();
    const linkEntity = command('link-entity', [{ press: { code: 'KeyE' }, on: 'article' }]);
    registry.register(linkEntity);
    const label = command('label:9', [{ press: { code: 'KeyE', alt: 'any' }, on: 'article' }]);
    const labelRegistration = registry.register(label, 'user');
    registry.handleKey(keyEvent({ key: 'e', code: 'KeyE' }), 'article');
    expect(label.run).toHaveBeenCalledOnce();
    expect(linkEntity.run).not.toHaveBeenCalled();
    labelRegistration.dispose();
    registry.handleKey(keyEvent({ key: 'e', code: 'KeyE' }), 'article');
    expect(linkEntity.run).toHaveBeenCalledOnce();
    // Two keys the user chose cannot clash either.
    registry.register(label, 'user');
    expect(() =>
      registry.register(command('label:10', [{ press: { code: 'KeyE' }, on: 'article' }]), 'user'),
    ).toThrow();
  });

  it('reports a command that fails, at once or later', async () => {
    const { registry, reportError } = registryWith();
    registry.register(
      command('throws', [], {
        run: () => {
          throw new Error('at once');
        },
      }),
    );
    registry.register(command('rejects', [], { run: () => Promise.reject(new Error('later')) }));
    registry.run('throws', { source: 'palette' });
    registry.run('rejects', { source: 'palette' });
    // The rejection is reported once the microtasks of this turn have run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reportError.mock.calls.map(([error]) => (error as Error).message)).toEqual(['at once', 'later']);
  });

  it('lists commands by group, then as registered, and writes their listed keys for the platform', () => {
    const { registry } = registryWith();
    registry.register(command('project', [], { group: 'project' }));
    registry.register(
      command(
        'redo',
        [
          { press: { key: 'z', mod: true, shift: true }, on: 'window' },
          { press: { key: 'y', mod: true }, on: 'window', unlisted: true },
          { press: { key: 'z', mod: true, shift: true }, on: 'article' },
        ],
        { group: 'history' },
      ),
    );
    registry.register(command('label:1', [], { group: 'label' }));
    expect(registry.commands.map((entry) => entry.id)).toEqual(['label:1', 'redo', 'project']);
    const redo = registry.get('redo') as Command;
    expect(registry.keyLabels(redo, false)).toEqual(['Ctrl+Shift+Z']);
    expect(registry.keyLabels(redo, true)).toEqual(['⌘⇧Z']);
  });
});
