import { describe, expect, it, vi } from 'vitest';
import { keyEvent, label, windowRegistry } from '../support/window-commands';

const LABELS = [label(1, 'entity', 'Person', '1'), label(2, 'entity', 'Role', 'r'), label(3, 'entity', 'Claim', null)];
const CLAIM = label(4, 'claim', 'Claim', '7');

describe('label commands', () => {
  it('are named after the labels, told apart by kind where names repeat', () => {
    const { registry } = windowRegistry({}, [...LABELS, CLAIM]);
    const titles = registry.commands.filter((command) => command.group === 'label').map((command) => command.title);
    expect(titles).toEqual([
      'Label the selection as Person',
      'Label the selection as Role',
      'Label the selection as Claim (entity)',
      'Label the selection as Claim (claim)',
    ]);
    const all = registry.commands.map((command) => command.title);
    expect(new Set(all).size).toBe(all.length);
  });

  it('answer the label’s physical key, so Alt (exact selection) still works on every layout', () => {
    const { registry, actions } = windowRegistry({}, LABELS);
    expect(registry.handleKey(keyEvent({ key: '¡', code: 'Digit1', altKey: true }), 'article')).toBe(true);
    expect(actions.labelSelection).toHaveBeenLastCalledWith(LABELS[0], true);
    expect(registry.handleKey(keyEvent({ key: '1', code: 'Numpad1' }), 'article')).toBe(true);
    expect(actions.labelSelection).toHaveBeenLastCalledWith(LABELS[0], false);
    // R is a label's key here, which takes precedence over "Add a relation".
    expect(registry.handleKey(keyEvent({ key: 'r', code: 'KeyR' }), 'article')).toBe(true);
    expect(actions.labelSelection).toHaveBeenLastCalledWith(LABELS[1], false);
    expect(actions.startRelation).not.toHaveBeenCalled();
    expect(registry.handleKey(keyEvent({ key: '9', code: 'Digit9' }), 'article')).toBe(false);
    expect(registry.handleKey(keyEvent({ key: '!', code: 'Digit1', shiftKey: true }), 'article')).toBe(false);
    expect(registry.handleKey(keyEvent({ key: '1', code: 'Digit1', ctrlKey: true }), 'article')).toBe(false);
    // While the text is being edited, keys type.
    const editing = windowRegistry({ editingText: true }, LABELS);
    expect(editing.registry.handleKey(keyEvent({ key: '1', code: 'Digit1' }), 'article')).toBe(false);
  });

  it('relabel the selected annotation when no text is selected', () => {
    const { registry, actions, session } = windowRegistry({}, LABELS);
    session.model.selectedId = 12;
    registry.handleKey(keyEvent({ key: '1', code: 'Digit1' }), 'article');
    expect(actions.relabelSelected).toHaveBeenCalledWith(LABELS[0]);
    expect(actions.labelSelection).not.toHaveBeenCalled();
  });

  it('follow the schema: a new key works and a removed one is free again', () => {
    const { registry, actions, session } = windowRegistry({}, LABELS);
    session.setLabels([label(2, 'entity', 'Role', null), label(5, 'entity', 'Weapon', 'e')]);
    registry.handleKey(keyEvent({ key: 'r', code: 'KeyR' }), 'article');
    expect(actions.startRelation).toHaveBeenCalledOnce();
    registry.handleKey(keyEvent({ key: 'e', code: 'KeyE' }), 'article');
    expect(actions.labelSelection).toHaveBeenCalledWith(expect.objectContaining({ name: 'Weapon' }), false);
    expect(actions.linkSelectedEntity).not.toHaveBeenCalled();
    expect(registry.get('label:1')).toBeUndefined();
  });
});

describe('annotation keys', () => {
  it('Tab moves between annotations, and on to the next control after the last one', () => {
    const { registry, actions } = windowRegistry();
    expect(registry.handleKey(keyEvent({ key: 'Tab' }), 'article')).toBe(true);
    expect(actions.cycle).toHaveBeenLastCalledWith(1);
    expect(registry.handleKey(keyEvent({ key: 'Tab', shiftKey: true }), 'article')).toBe(true);
    expect(actions.cycle).toHaveBeenLastCalledWith(-1);
    vi.mocked(actions.cycle).mockReturnValue(false);
    expect(registry.handleKey(keyEvent({ key: 'Tab' }), 'article')).toBe(false);
  });

  it('Esc drops collected pieces first, then the selection, and is not taken when there is neither', () => {
    const { registry, actions, session } = windowRegistry();
    expect(registry.handleKey(keyEvent({ key: 'Escape' }), 'article')).toBe(false);
    session.model.selectedId = 3;
    actions.hasPending = true;
    expect(registry.handleKey(keyEvent({ key: 'Escape' }), 'article')).toBe(true);
    expect(actions.clearPending).toHaveBeenCalledOnce();
    expect(session.model.selectedId).toBe(3);
    actions.hasPending = false;
    expect(registry.handleKey(keyEvent({ key: 'Escape' }), 'article')).toBe(true);
    expect(session.model.selectedId).toBeNull();
  });

  it('Delete deletes the selected annotation, and is left alone with none selected', () => {
    const { registry, actions, facts } = windowRegistry();
    expect(registry.handleKey(keyEvent({ key: 'Delete' }), 'article')).toBe(false);
    facts.annotationSelected = true;
    expect(registry.handleKey(keyEvent({ key: 'Backspace' }), 'article')).toBe(true);
    expect(actions.deleteSelected).toHaveBeenCalledOnce();
  });

  it('Enter picks a label (exactly with Alt), Shift+Enter annotates all occurrences, + adds a piece', () => {
    const { registry, actions } = windowRegistry();
    registry.handleKey(keyEvent({ key: 'Enter', altKey: true }), 'article');
    expect(actions.pickLabelForSelection).toHaveBeenCalledWith(true);
    registry.handleKey(keyEvent({ key: 'Enter', shiftKey: true }), 'article');
    expect(actions.annotateAllOccurrences).toHaveBeenCalledOnce();
    registry.handleKey(keyEvent({ key: '+', shiftKey: true }), 'article');
    expect(actions.addSelectionAsPiece).toHaveBeenCalledWith(false);
  });

  it('C, E and R act on the selected annotation; with Alt or Shift they are not ours', () => {
    const { registry, actions } = windowRegistry();
    registry.handleKey(keyEvent({ key: 'c', code: 'KeyC' }), 'article');
    registry.handleKey(keyEvent({ key: 'e', code: 'KeyE' }), 'article');
    expect(actions.linkClaimant).toHaveBeenCalledOnce();
    expect(actions.linkSelectedEntity).toHaveBeenCalledOnce();
    expect(registry.handleKey(keyEvent({ key: 'R', code: 'KeyR', shiftKey: true }), 'article')).toBe(false);
    expect(registry.handleKey(keyEvent({ key: '®', code: 'KeyR', altKey: true }), 'article')).toBe(false);
  });
});
