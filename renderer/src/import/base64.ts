/**
 * Bytes → base64 for `library.importDropped`. A dropped file can be tens of megabytes, and
 * `String.fromCharCode(...bytes)` over all of it overflows the call stack, so the bytes are encoded
 * in chunks. Each chunk is a multiple of 3 bytes long, so it encodes to whole base64 quads without
 * padding and the encoded chunks simply concatenate.
 */
const CHUNK_BYTES = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  // Chromium 140+ (and so Electron 45) encodes natively, in one pass and without building strings.
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  return typeof native === 'function' ? native.call(bytes) : bytesToBase64Chunked(bytes);
}

/** The portable path, exported so tests run it even where the runtime encodes natively. */
export function bytesToBase64Chunked(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}
