/**
 * JSON written piece by piece, byte for byte as `JSON.stringify(value, null, indent)` would write
 * it, for documents too large to be one string. Arrays whose items should be produced one at a time
 * are marked with `streamedArray`; the items are written with JSON.stringify each (re-indented to
 * their depth), so only one item is ever a whole string.
 */
export class StreamedArray {
  constructor(readonly items: Iterable<unknown>) {}
}

/** An array in the output whose items come from `items` as the document is written. */
export const streamedArray = (items: Iterable<unknown>): StreamedArray => new StreamedArray(items);

/** Whether a value must be walked here rather than handed to JSON.stringify whole. */
function holdsStream(value: unknown): boolean {
  if (value instanceof StreamedArray) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(holdsStream);
}

/** JSON.stringify's output for `value` at `depth`: its line breaks continue at the depth's indentation. */
function stringifyAt(value: unknown, indent: string, depth: number): string {
  // Undefined, functions and symbols in arrays are written as null, as JSON.stringify does.
  const text = JSON.stringify(value, null, indent) as string | undefined;
  if (text === undefined) return 'null';
  // Line breaks inside JSON strings are escaped, so every raw one is structure.
  return depth === 0 ? text : text.replaceAll('\n', `\n${indent.repeat(depth)}`);
}

function* arrayChunks(items: Iterable<unknown>, indent: string, depth: number, streamed: boolean): Generator<string> {
  let first = true;
  const inner = `\n${indent.repeat(depth + 1)}`;
  for (const item of items) {
    yield first ? `[${inner}` : `,${inner}`;
    first = false;
    // A streamed array's items are not searched for streams (only one that is itself a stream).
    if (item instanceof StreamedArray || (!streamed && holdsStream(item))) yield* jsonChunks(item, indent, depth + 1);
    else yield stringifyAt(item, indent, depth + 1);
  }
  yield first ? '[]' : `\n${indent.repeat(depth)}]`;
}

/** `value` as `JSON.stringify(value, null, indent)` would write it, in pieces; `StreamedArray`s are arrays. */
export function* jsonChunks(value: unknown, indent: string, depth = 0): Generator<string> {
  if (value instanceof StreamedArray) {
    yield* arrayChunks(value.items, indent, depth, true);
    return;
  }
  if (!holdsStream(value)) {
    yield stringifyAt(value, indent, depth);
    return;
  }
  if (Array.isArray(value)) {
    yield* arrayChunks(value, indent, depth, false);
    return;
  }
  let first = true;
  const inner = `\n${indent.repeat(depth + 1)}`;
  for (const [key, item] of Object.entries(value as object)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(item, indent, depth + 1);
  }
  yield first ? '{}' : `\n${indent.repeat(depth)}}`;
}
