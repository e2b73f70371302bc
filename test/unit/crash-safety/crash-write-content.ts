/** What the writer child writes for index i, so the parent can check acknowledged writes in full. */
export function crashWriteTitle(i: number): string {
  return `Meldung ${i}`;
}

export function crashWriteUpdatedTitle(i: number): string {
  return `Meldung ${i} (geprüft)`;
}

/** Distinct per index (the store refuses duplicate originals) and long enough to span pages. */
export function crashWriteText(i: number): string {
  const paragraph = `Absatz ${i} über Peking und Moskau – „Zitat“ Nummer ${i}, Grüße aus Köln.`;
  return Array.from({ length: 40 }, (_, p) => `${paragraph} Teil ${p}.`).join('\n\n');
}
