import type { AnnotatedSpan } from '../../../shared/agreement/annotated-span';

/** The span of the first occurrence of `quote` in `text` (after `from`), in UTF-16 offsets. */
export function spanIn(text: string, quote: string, label: number, from = 0): AnnotatedSpan {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length, label };
}
