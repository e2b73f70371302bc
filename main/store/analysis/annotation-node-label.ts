const LABEL_MAX = 80;

/** A claim's or span's quote as a node label: long quotes are cut so the graph stays legible. */
export function annotationNodeLabel(quote: string): string {
  return quote.length > LABEL_MAX ? `${quote.slice(0, LABEL_MAX - 1)}…` : quote;
}
