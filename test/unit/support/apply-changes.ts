/** The text simultaneous changes make of `text` (offsets of the text before them), as the editor computes it. */
export function applyChanges(
  text: string,
  changes: readonly { readonly from: number; readonly to: number; readonly insertedText: string }[],
): string {
  let result = '';
  let at = 0;
  for (const { from, to, insertedText } of changes) {
    result += text.slice(at, from) + insertedText;
    at = to;
  }
  return result + text.slice(at);
}
