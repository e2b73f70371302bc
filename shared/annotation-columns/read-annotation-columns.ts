import { ANNOTATION_LIMITS, FRAGMENT_QUOTE_SEPARATOR } from '../model/annotation';
import {
  ABSENT,
  COLUMNS_MAGIC,
  COLUMNS_VERSION,
  HEADER_BYTES,
  ID_COLUMNS,
  KNOWN_FLAGS,
  FLAG_CLAIM,
  STAMP_COLUMNS,
  TEXT_COLUMNS,
  columnOffsets,
  isRowId,
  type ColumnCounts,
  type ColumnOffsets,
} from './column-layout';
import { parseColumnSideTable, type ColumnSideTable } from './column-side-table';

/** The columns of a buffer that passed every check of the layout, as views into it. */
export interface AnnotationColumns {
  readonly articleId: number;
  readonly count: number;
  /** Column-major: ID_COLUMNS[c] of annotation i at `c * count + i`. */
  readonly ids: Float64Array;
  readonly fragmentEnds: Uint32Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly stamps: Uint32Array;
  readonly lengths: Uint32Array;
  readonly flags: Uint8Array;
  /** Every string of TEXT_COLUMNS, one after another. */
  readonly text: string;
  readonly side: ColumnSideTable;
}

export class MalformedColumnsError extends Error {
  constructor(problem: string) {
    super(`The annotations arrived damaged (${problem}).`);
    this.name = 'MalformedColumnsError';
  }
}

function fail(problem: string): never {
  throw new MalformedColumnsError(problem);
}

const CHARS_PER_CALL = 8192;

interface Utf16Decoder {
  decode(units: Uint16Array): string;
}
const { TextDecoder } = globalThis as { TextDecoder?: new (label: 'utf-16le') => Utf16Decoder };
const utf16 = TextDecoder === undefined ? null : new TextDecoder('utf-16le');

/**
 * The strings of a text block. TextDecoder is several times faster, but it writes U+FFFD for a
 * lone surrogate; a block where U+FFFD shows is read unit by unit, so the text stays as stored.
 */
function unitsToString(units: Uint16Array): string {
  const fast = utf16?.decode(units);
  if (fast !== undefined && !fast.includes('\ufffd')) return fast;
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += CHARS_PER_CALL) {
    parts.push(String.fromCharCode.apply(null, units.subarray(at, at + CHARS_PER_CALL) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Checks a buffer against the layout of `column-layout.ts` before anything reads it: sizes,
 * ids, fragment order and bounds, string lengths, flags and the side table, as the Annotation
 * schema would check the same annotations sent as JSON. Throws MalformedColumnsError.
 */
export function readAnnotationColumns(bytes: Uint8Array): AnnotationColumns {
  // Views need their element size to divide their offset; a copy realigns a buffer that arrived mid-way.
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const { buffer, byteOffset } = aligned;
  const { articleId, counts, offsets } = readColumnsHeader(aligned);
  const { count, fragmentCount, textUnits, sideUnits } = counts;
  const at = (offset: number) => byteOffset + offset;
  const units = new Uint16Array(buffer, at(offsets.text), textUnits + sideUnits);
  let side: ColumnSideTable;
  try {
    side = parseColumnSideTable(JSON.parse(unitsToString(units.subarray(textUnits))));
  } catch {
    fail('the side table is not valid');
  }
  const columns: AnnotationColumns = {
    articleId,
    count,
    ids: new Float64Array(buffer, at(offsets.ids), count * ID_COLUMNS.length),
    fragmentEnds: new Uint32Array(buffer, at(offsets.fragmentEnds), count),
    starts: new Uint32Array(buffer, at(offsets.starts), fragmentCount),
    ends: new Uint32Array(buffer, at(offsets.ends), fragmentCount),
    stamps: new Uint32Array(buffer, at(offsets.stamps), count * STAMP_COLUMNS.length),
    lengths: new Uint32Array(buffer, at(offsets.lengths), count * TEXT_COLUMNS.length),
    flags: new Uint8Array(buffer, at(offsets.flags), count),
    text: unitsToString(units.subarray(0, textUnits)),
    side,
  };
  checkRows(columns, fragmentCount, textUnits);
  return columns;
}

/**
 * The header of a buffer of annotation columns, checked against the buffer's size: what is cheap
 * to check without reading the annotations (readAnnotationColumns checks those too). Throws
 * MalformedColumnsError.
 */
export function readColumnsHeader(bytes: Uint8Array): {
  articleId: number;
  counts: ColumnCounts;
  offsets: ColumnOffsets;
} {
  if (bytes.byteLength < HEADER_BYTES) fail('shorter than its header');
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const field = (i: number): number => header.getUint32(4 * i, true);
  if (field(0) !== COLUMNS_MAGIC) fail('not annotation columns');
  if (field(1) !== COLUMNS_VERSION) fail(`layout version ${field(1)}, expected ${COLUMNS_VERSION}`);
  const counts = { count: field(2), fragmentCount: field(3), textUnits: field(4), sideUnits: field(5) };
  const articleId = header.getFloat64(24, true);
  if (!isRowId(articleId)) fail('no article id');
  const offsets = columnOffsets(counts);
  if (offsets.byteLength !== bytes.byteLength) {
    fail(`${bytes.byteLength} bytes where the header says ${offsets.byteLength}`);
  }
  return { articleId, counts, offsets };
}

function checkRows(columns: AnnotationColumns, fragmentCount: number, textUnits: number): void {
  const { count, ids, fragmentEnds, starts, ends, stamps, lengths, flags, side } = columns;
  const seen = new Set<number>();
  let fragment = 0;
  let unit = 0;
  let claims = 0;
  for (let i = 0; i < count; i++) {
    const id = ids[i] ?? 0;
    if (!isRowId(id) || seen.has(id)) fail(`annotation ${i} has no id of its own`);
    seen.add(id);
    if (!isRowId(ids[count + i] ?? 0)) fail(`annotation ${id} has no label`);
    for (let c = 2; c < ID_COLUMNS.length; c++) {
      const value = ids[c * count + i] ?? 0;
      if (value !== 0 && !isRowId(value)) fail(`annotation ${id} has a broken ${ID_COLUMNS[c] ?? 'id'}`);
    }
    const first = fragment;
    const last = fragmentEnds[i] ?? 0;
    if (last <= first || last > fragmentCount || last - first > ANNOTATION_LIMITS.fragmentsMax) {
      fail(`annotation ${id} has a broken fragment count`);
    }
    let covered = 0;
    for (; fragment < last; fragment++) {
      const start = starts[fragment] ?? 0;
      const end = ends[fragment] ?? 0;
      if (start >= end || (fragment > first && start <= (ends[fragment - 1] ?? 0))) {
        fail(`annotation ${id} has fragments out of order`);
      }
      covered += end - start;
    }
    for (let c = 0; c < STAMP_COLUMNS.length; c++) {
      const stamp = stamps[c * count + i] ?? ABSENT;
      if (stamp !== ABSENT && stamp >= side.stamps.length)
        fail(`annotation ${id} has a broken ${STAMP_COLUMNS[c] ?? 'stamp'}`);
    }
    const exact = lengths[i] ?? ABSENT;
    const note = lengths[count + i] ?? ABSENT;
    const separators = (last - first - 1) * FRAGMENT_QUOTE_SEPARATOR.length;
    if (exact !== covered + separators) fail(`annotation ${id} has a quote that does not match its fragments`);
    if (note !== ABSENT && (note === 0 || note > ANNOTATION_LIMITS.noteMaxChars)) {
      fail(`annotation ${id} has a broken note`);
    }
    unit += exact + (note === ABSENT ? 0 : note);
    const flag = flags[i] ?? 0;
    if ((flag & ~KNOWN_FLAGS) !== 0) fail(`annotation ${id} has unknown flags`);
    if ((flag & FLAG_CLAIM) !== 0) {
      if (side.claims[claims++]?.claimantAnnotationId === id) fail(`claim ${id} is its own claimant`);
    }
  }
  if (fragment !== fragmentCount) fail('fragments left over');
  if (unit !== textUnits) fail('the text block does not match the string lengths');
  if (claims !== side.claims.length) fail('the claims do not match the claim flags');
}
