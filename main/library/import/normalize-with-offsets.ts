// A character that may combine with or reorder against the one before it under NFC: combining
// marks, and the Hangul vowel and final-consonant jamo that compose with a preceding syllable.
const JOINS_PREVIOUS = /^[\p{M}\u1160-\u11FF]/u;

/**
 * NFC-normalises text assembled from pieces and moves offsets recorded in the raw text to the
 * same places in the normalised one. Normalising each piece between two offsets on its own is
 * exact unless the next piece starts with a character that joins the previous one (a combining
 * accent right after a link, say); such a boundary stays inside one normalised run and moves to
 * where the text before it ends up, never past the run.
 */
export function normalizeWithOffsets(
  raw: string,
  offsets: Iterable<number>,
): { text: string; mapped: ReadonlyMap<number, number> } {
  const boundaries = [...new Set(offsets)].filter((o) => o >= 0 && o <= raw.length).sort((a, b) => a - b);
  const mapped = new Map<number, number>();
  const normalized = raw.normalize('NFC');
  if (normalized === raw) {
    for (const offset of boundaries) mapped.set(offset, offset);
    return { text: raw, mapped };
  }

  const parts: string[] = [];
  let length = 0;
  let runStart = 0;
  let provisional: number[] = [];
  const closeRun = (end: number) => {
    const run = raw.slice(runStart, end).normalize('NFC');
    parts.push(run);
    length += run.length;
    for (const offset of provisional) mapped.set(offset, Math.min(mapped.get(offset) ?? length, length));
    provisional = [];
    runStart = end;
  };
  for (const offset of boundaries) {
    if (JOINS_PREVIOUS.test(raw.slice(offset, offset + 2))) {
      mapped.set(offset, length + raw.slice(runStart, offset).normalize('NFC').length);
      provisional.push(offset);
      continue;
    }
    closeRun(offset);
    mapped.set(offset, length);
  }
  closeRun(raw.length);

  // A provisional position is measured on a shorter prefix than the next boundary's, so order is
  // kept; the clamp makes sure of it, since an inverted pair would break the block layout.
  let previous = 0;
  for (const offset of boundaries) {
    const value = Math.max(previous, mapped.get(offset) ?? previous);
    mapped.set(offset, value);
    previous = value;
  }
  return { text: parts.join(''), mapped };
}
