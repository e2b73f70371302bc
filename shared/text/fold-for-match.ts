/** Lower case without diacritics, so "sudan" finds "Sudán" and "muller" finds "Müller". */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
