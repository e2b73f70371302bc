import { Inflate } from 'fflate';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { formatBytes, IMPORT_LIMITS } from './import-limits';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARKER = 0xffffffff;
/** Compressed bytes handed to the inflater at a time; deflate expands at most ~1032:1, so output chunks stay bounded. */
const INPUT_SLICE = 16 * 1024;
const DTD_MARKERS = ['<!DOCTYPE', '<!ENTITY'].map((marker) => Buffer.from(marker, 'latin1'));

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const damaged = (fileName: string, detail = '') =>
  new WorkbenchError('file-damaged', `"${fileName}" is damaged or incomplete${detail}. Nothing was imported.`);

const bomb = (fileName: string) =>
  new WorkbenchError(
    'file-too-large',
    `"${fileName}" unpacks to far more data than a document holds (more than ${formatBytes(IMPORT_LIMITS.maxZipInflatedBytes)}, or over ${IMPORT_LIMITS.maxZipCompressionRatio} times its packed size). It may be a "zip bomb" and was not imported.`,
  );

function readCentralDirectory(bytes: Uint8Array, fileName: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) throw damaged(fileName, ' (its table of contents is missing, as when a download is cut off)');
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === ZIP64_MARKER || size === ZIP64_MARKER) {
    throw new WorkbenchError(
      'file-too-large',
      `"${fileName}" is a ZIP64 archive (over 65,535 parts or 4 GB), far beyond any Word document; it was not imported.`,
    );
  }
  if (count > IMPORT_LIMITS.maxZipEntries) {
    throw new WorkbenchError(
      'file-too-large',
      `"${fileName}" has ${count} parts; a Word document the workbench imports has at most ${IMPORT_LIMITS.maxZipEntries}.`,
    );
  }
  if (offset + size > end) throw damaged(fileName);

  const entries: Entry[] = [];
  const names = new TextDecoder('utf-8');
  for (let at = offset, index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) throw damaged(fileName);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(bytes: Uint8Array, entry: Entry, fileName: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_FILE_HEADER) throw damaged(fileName);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(fileName);
  return bytes.subarray(start, end);
}

/** Finds a DTD marker in a stream of chunks, including one split across two chunks. */
class DtdDetector {
  #tail = Buffer.alloc(0);
  found = false;

  scan(chunk: Uint8Array): void {
    if (this.found) return;
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const seam = Buffer.concat([this.#tail, buffer.subarray(0, 16)]);
    this.found = DTD_MARKERS.some((marker) => buffer.includes(marker) || seam.includes(marker));
    this.#tail = Buffer.from(buffer.subarray(Math.max(0, buffer.length - 16)));
  }
}

/**
 * Checks a ZIP archive before any library unpacks it: the table of contents must be intact, the
 * number of parts and their total unpacked size bounded, and each part must inflate completely
 * without exceeding the compression ratio of real documents. Sizes are measured by actually
 * inflating every part with a counting stream (the data is thrown away), because the sizes an
 * archive declares are whatever its maker wrote. XML parts must carry no DTD: Open Packaging
 * forbids them, and they are how entity-expansion attacks start.
 *
 * Returns the inflated bytes of the parts named in `keep` (small metadata parts) and the names of all parts.
 */
export function checkZipArchive(
  bytes: Uint8Array,
  fileName: string,
  keep: readonly string[] = [],
): { names: Set<string>; kept: Map<string, Uint8Array> } {
  const entries = readCentralDirectory(bytes, fileName);
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declaredTotal > IMPORT_LIMITS.maxZipInflatedBytes) throw bomb(fileName);

  const kept = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if ((entry.flags & 1) !== 0) {
      throw new WorkbenchError(
        'file-encrypted',
        `"${fileName}" is password-protected. Remove the password in Word and import it again.`,
      );
    }
    const data = entryData(bytes, entry, fileName);
    const chunks: Uint8Array[] = [];
    const keepThis = keep.includes(entry.name);
    const dtd = /\.(xml|rels)$/i.test(entry.name) ? new DtdDetector() : null;
    let inflated = 0;
    const count = (chunk: Uint8Array) => {
      inflated += chunk.length;
      total += chunk.length;
      const ratioExceeded =
        inflated > IMPORT_LIMITS.zipRatioGraceBytes &&
        inflated > Math.max(data.length, 1) * IMPORT_LIMITS.maxZipCompressionRatio;
      if (ratioExceeded || total > IMPORT_LIMITS.maxZipInflatedBytes) throw bomb(fileName);
      dtd?.scan(chunk);
      if (keepThis) chunks.push(chunk);
    };
    if (entry.method === STORED) {
      count(data);
    } else if (entry.method === DEFLATED) {
      let complete = false;
      const inflater = new Inflate((chunk, final) => {
        count(chunk);
        if (final) complete = true;
      });
      try {
        for (let at = 0; at < data.length || at === 0; at += INPUT_SLICE) {
          inflater.push(data.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= data.length);
        }
      } catch (error) {
        if (error instanceof WorkbenchError) throw error;
        throw damaged(fileName);
      }
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set in the inflater's callback, which TypeScript does not follow.
      if (!complete) throw damaged(fileName);
    } else {
      throw new WorkbenchError(
        'unsupported-format',
        `"${fileName}" uses a ZIP compression method (${entry.method}) that Word documents never use; it was not imported.`,
      );
    }
    if (dtd?.found === true) {
      throw new WorkbenchError(
        'file-damaged',
        `"${fileName}" is not a valid Word document: its part ${entry.name} contains a document type declaration, which Word never writes (such declarations are used in XML attacks). Nothing was imported.`,
      );
    }
    if (keepThis) kept.set(entry.name, Buffer.concat(chunks));
  }
  return { names: new Set(entries.map((entry) => entry.name)), kept };
}
