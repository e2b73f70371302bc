/** The text without its combining marks (after NFD): "Sudán" → "Sudan", "Müller" → "Muller". */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower case without diacritics, so "sudan" finds "Sudán" and "muller" finds "Müller". */
export function foldForMatch(text: string): string {
  return withoutDiacritics(text).toLocaleLowerCase();
}
