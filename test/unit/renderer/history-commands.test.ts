import { describe, expect, it, vi } from 'vitest';
import { historyCommands, type HistoryCommandDeps } from '../../../renderer/src/workbench/history-commands';

function undoWith(overrides: Partial<HistoryCommandDeps> = {}) {
  const deps: HistoryCommandDeps = {
    saveTextEdit: vi.fn(async () => true),
    undo: vi.fn(async () => undefined),
    redo: vi.fn(async () => undefined),
    textEntryFocused: () => false,
    nativeEdit: vi.fn(),
    ...overrides,
  };
  const [undo, redo] = historyCommands(deps);
  if (undo === undefined || redo === undefined) throw new Error('Undo and Redo are missing');
  return { deps, undo, redo };
}

describe('Undo and Redo', () => {
  it('save an edit of the text in progress first, so whole saved steps are taken back', async () => {
    const { deps, undo, redo } = undoWith();
    await undo.run({ source: 'key' });
    await redo.run({ source: 'palette' });
    expect(deps.saveTextEdit).toHaveBeenCalledTimes(2);
    expect(deps.undo).toHaveBeenCalledOnce();
    expect(deps.redo).toHaveBeenCalledOnce();
  });

  it('undo nothing when the edit could not be saved', async () => {
    const { deps, undo } = undoWith({ saveTextEdit: vi.fn(async () => false) });
    await undo.run({ source: 'key' });
    expect(deps.undo).not.toHaveBeenCalled();
  });

  it('from the Edit menu, undo in the focused text field instead', async () => {
    const { deps, undo, redo } = undoWith({ textEntryFocused: () => true });
    await undo.run({ source: 'menu' });
    await redo.run({ source: 'menu' });
    expect(deps.nativeEdit).toHaveBeenNthCalledWith(1, 'undo');
    expect(deps.nativeEdit).toHaveBeenNthCalledWith(2, 'redo');
    expect(deps.undo).not.toHaveBeenCalled();
    // The palette runs the project's undo wherever focus went back to.
    await undo.run({ source: 'palette' });
    expect(deps.undo).toHaveBeenCalledOnce();
  });
});
