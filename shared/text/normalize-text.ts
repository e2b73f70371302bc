/**
 * Every article text is stored in one canonical form so offsets mean the same thing on every
 * machine: line endings are `\n` (CRLF and lone CR files would otherwise shift every offset after
 * the first line break) and the text is NFC, so "ü" typed or pasted as u + combining diaeresis
 * is one character like the precomposed form.
 */
export function normalizeArticleText(raw: string): string {
  const withoutBom = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}
