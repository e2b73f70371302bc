/** Checks for values read from JSON files another tool wrote, before they are trusted. */

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A character offset: a non-negative whole number. */
function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A span's start and end as a file gives them, checked to be offsets with the start first. */
export function spanProblem(start: unknown, end: unknown): string | null {
  if (!isOffset(start) || !isOffset(end)) return 'The start and end must be whole numbers from 0 on.';
  return start < end ? null : `The span ${start}–${end} is empty or ends before it starts.`;
}

/** An id as files write them (number or string), as the string the parsed annotations use. */
export function localIdOf(value: unknown): string | null {
  if (typeof value === 'string' && value.length > 0) return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** JSON.parse that reports failure instead of throwing, with the parser's own message. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
