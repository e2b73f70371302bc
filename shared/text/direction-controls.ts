/**
 * Explicit direction controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). They are invisible,
 * and in a one-line name from a file someone sent they can make "txt.exe" read as "exe.txt" in
 * lists, menus and reports. The marks LRM and RLM are not among them: they only nudge neutral
 * characters, and right-to-left titles legitimately use them.
 */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const DIRECTION_CONTROLS = new RegExp(DIRECTION_CONTROL.source, 'gu');

export function hasDirectionControls(text: string): boolean {
  return DIRECTION_CONTROL.test(text);
}

/** The text without explicit direction controls; each line is laid out with `dir="auto"` instead. */
export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}
