/** A piece of a search snippet: plain text, or text that matched the query. */
export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

/**
 * Cuts a snippet into plain and highlighted pieces. Ranges come from main in UTF-16 units; ranges
 * that are empty, out of bounds or overlap an earlier one are trimmed or dropped, so a bad range
 * can cost a highlight but never garble the text, which is always reproduced exactly.
 */
export function snippetSegments(
  snippet: string,
  highlights: readonly { start: number; end: number }[],
): SnippetSegment[] {
  const ranges = highlights
    .map(({ start, end }) => ({
      start: Math.max(0, Math.trunc(start)),
      end: Math.min(snippet.length, Math.trunc(end)),
    }))
    .filter(({ start, end }) => Number.isFinite(start) && Number.isFinite(end) && start < end)
    .sort((a, b) => a.start - b.start);
  const segments: SnippetSegment[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    if (start >= range.end) continue;
    if (start > at) segments.push({ text: snippet.slice(at, start), highlighted: false });
    segments.push({ text: snippet.slice(start, range.end), highlighted: true });
    at = range.end;
  }
  if (at < snippet.length) segments.push({ text: snippet.slice(at), highlighted: false });
  return segments;
}

/** The article text range a hit points at: its first highlighted word, starting at `textOffset`. */
export function hitTextRange(hit: {
  snippet: string;
  highlights: readonly { start: number; end: number }[];
  textOffset: number | null;
}): { start: number; end: number } | null {
  if (hit.textOffset === null) return null;
  const first = snippetSegments(hit.snippet, hit.highlights).find((segment) => segment.highlighted);
  return { start: hit.textOffset, end: hit.textOffset + (first?.text.length ?? 0) };
}
