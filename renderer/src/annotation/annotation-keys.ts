import type { Label } from '../../../shared/model/annotation';
import type { AnnotationActions } from './annotation-actions';
import type { AnnotationSession } from './annotation-session';

export interface AnnotationKeyTargets {
  readonly actions: AnnotationActions;
  readonly session: AnnotationSession;
  /** Shift+Enter: "annotate all occurrences" of the selection. */
  annotateAll(): void;
  /** N: the note of the selected annotation, in the side panel. */
  editNote(): void;
  /** Whether the article text is being edited (then only Esc is ours). */
  editing(): boolean;
  /** Esc in edit mode: save and leave it. */
  stopEditing(): void;
  /** F2: start or stop editing the text. */
  toggleEditing(): void;
  /** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y in the article (ProseMirror stops them reaching the window). */
  undo(): void;
  redo(): void;
}

/**
 * The keys of the article body outside edit mode (listed in shortcut-catalog.ts). Label keys are
 * read from `event.code`, so Alt (exact selection, no word snapping) does not turn "1" into "¡"
 * on a Mac keyboard. Returns true for a key it handled; ProseMirror then prevents the default.
 */
export function handleAnnotationKey(event: KeyboardEvent, targets: AnnotationKeyTargets): boolean {
  if (event.isComposing) return false;
  const { actions, session } = targets;
  if (event.key === 'F2') {
    targets.toggleEditing();
    return true;
  }
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey && (key === 'z' || key === 'y')) {
    if (key === 'z' && !event.shiftKey) targets.undo();
    else targets.redo();
    return true;
  }
  if (targets.editing()) {
    if (event.key !== 'Escape') return false;
    targets.stopEditing();
    return true;
  }
  if (mod) return false;
  const label = labelForKey(event, session.spanLabels);
  if (label !== undefined && !event.shiftKey) {
    if (hasTextSelection() || actions.hasPending) void actions.labelSelection(label, event.altKey);
    else if (session.selectedId !== null) void actions.relabelSelected(label);
    else void actions.labelSelection(label, event.altKey);
    return true;
  }
  switch (event.key) {
    case 'Tab':
      return actions.cycle(event.shiftKey ? -1 : 1);
    case 'Enter':
      if (event.shiftKey) targets.annotateAll();
      else void actions.pickLabelForSelection(event.altKey);
      return true;
    case '+':
      actions.addSelectionAsPiece(event.altKey);
      return true;
    case 'Delete':
    case 'Backspace':
      if (session.selectedId === null) return true;
      void actions.deleteSelected();
      return true;
    case 'Escape':
      if (actions.hasPending) actions.clearPending();
      else if (session.selectedId !== null) session.select(null);
      else return false;
      return true;
  }
  if (event.altKey || event.shiftKey) return false;
  switch (event.code) {
    case 'KeyC':
      void actions.linkClaimant();
      return true;
    case 'KeyE':
      void actions.linkSelectedEntity();
      return true;
    case 'KeyR':
      void actions.startRelation();
      return true;
    case 'KeyN':
      targets.editNote();
      return true;
  }
  return false;
}

/** The span label whose hotkey is this physical key (a digit or a letter), if any. */
export function labelForKey(event: Pick<KeyboardEvent, 'code'>, labels: readonly Label[]): Label | undefined {
  const match = /^(?:Digit|Numpad)(\d)$|^Key([A-Z])$/u.exec(event.code);
  if (match === null) return undefined;
  const key = (match[1] ?? match[2] ?? '').toLowerCase();
  return labels.find((label) => label.hotkey === key);
}

function hasTextSelection(): boolean {
  const selection = document.getSelection();
  return selection !== null && !selection.isCollapsed;
}
