/**
 * A successful answer whose value is bytes (`annotation.columns`) travels as they are, behind this
 * marker, instead of as JSON: an encoded JSON envelope starts with "{", never with a NUL byte. Eight
 * bytes, so the value still starts on an 8-byte boundary for the Float64Array views read from it.
 */
const MARKER = [0x00, 0x41, 0x57, 0x42, 0x42, 0x49, 0x4e, 0x00]; // "\0AWBBIN\0"

export function wrapBinaryValue(value: Uint8Array): Uint8Array<ArrayBuffer> {
  const wrapped = new Uint8Array(MARKER.length + value.byteLength);
  wrapped.set(MARKER);
  wrapped.set(value, MARKER.length);
  return wrapped;
}

/** The value of a binary envelope, as a view into it; null for a JSON envelope. */
export function binaryValueOf(encoded: Uint8Array): Uint8Array | null {
  if (encoded.byteLength < MARKER.length || MARKER.some((byte, i) => encoded[i] !== byte)) return null;
  return encoded.subarray(MARKER.length);
}
