const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_BYTES = 512;
const ENTRY_BYTES = 128;
const STREAM = 2;

/**
 * What an OLE compound file (the container of Office 97–2003 files, and of password-protected
 * Office 2007+ files, which keep the encrypted package inside one) holds, told by its stream names.
 */
export type OleContents = 'encrypted-package' | 'word-97' | 'other';

/** True for an OLE compound file (D0 CF 11 E0 A1 B1 1A E1). */
export function isOleContainer(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((byte, index) => bytes[index] === byte);
}

const NAMES: ReadonlyMap<string, OleContents> = new Map([
  ['EncryptedPackage', 'encrypted-package'],
  ['WordDocument', 'word-97'],
]);

/**
 * Directory entries are 128-byte records in sectors that start on 512-byte boundaries, each
 * beginning with its UTF-16LE name and carrying the name's byte length at offset 64. Scanning the
 * aligned records for stream names avoids following the allocation tables, which a damaged or
 * crafted file may corrupt; content that merely mentions a name never sits in that layout.
 */
export function oleContents(bytes: Uint8Array): OleContents {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder('utf-16le');
  let found: OleContents = 'other';
  for (let offset = HEADER_BYTES; offset + ENTRY_BYTES <= bytes.length; offset += ENTRY_BYTES) {
    const nameBytes = view.getUint16(offset + 64, true);
    if (bytes[offset + 66] !== STREAM || nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0) continue;
    const kind = NAMES.get(decoder.decode(bytes.subarray(offset, offset + nameBytes - 2)));
    if (kind === 'encrypted-package') return kind;
    if (kind !== undefined) found = kind;
  }
  return found;
}
