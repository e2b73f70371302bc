/**
 * Whether keyboard input or a paste aimed at `target` belongs to a text field (or to an open
 * dialog), in which case the window-wide shortcuts and paste-to-create must leave it alone.
 * The read-only article view is not a text field: pasting while reading an article creates one.
 */
export function belongsToTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  // The article body is contenteditable for its caret, but outside edit mode it is read-only text.
  if (target.closest('[data-reading="true"]') !== null) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, dialog') !== null;
}

/** A modal dialog is open: global shortcuts and paste-to-create pause until it closes. */
export function isModalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
