/**
 * The binary layout of an article's annotations as `annotation.columns` sends them: one typed
 * array per field instead of one JSON object per annotation, so the window reads 20,000
 * annotations without parsing megabytes of JSON. Every section starts on a boundary its element
 * size divides, so each is a view into the one buffer, never a copy.
 *
 *   header        8 × u32: magic, version, count, fragment count, text units, side units,
 *                 then the article id as f64
 *   ids …         f64 × count for each of ID_COLUMNS (0 where absent)
 *   fragment ends u32 × count: where each annotation's fragments end in the fragment columns
 *   starts, ends  u32 × fragment count each
 *   stamps        u32 × count for each of STAMP_COLUMNS: an index into the side table's stamps
 *   lengths       u32 × count for each of TEXT_COLUMNS: UTF-16 length in the text block
 *   flags         u8 × count (FLAG_*)
 *   (padding to 2 bytes)
 *   text block    u16 × text units: every string of TEXT_COLUMNS in annotation order, so
 *                 offsets and lengths stay in UTF-16 code units as everywhere else
 *   side table    u16 × side units: JSON {stamps, claims} for what is rare or repeats
 */

export const COLUMNS_MAGIC = 0x43425741; // "AWBC" read as little-endian bytes
export const COLUMNS_VERSION = 2;
export const HEADER_BYTES = 32;

/** Marks a stamp or an optional string that the annotation does not have. */
export const ABSENT = 0xffff_ffff;

/** An id as the columns and the side table carry one: a positive integer JavaScript holds exactly. */
export const isRowId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

export const ID_COLUMNS = ['id', 'labelId', 'entityId', 'createdBy', 'updatedBy'] as const;
export const STAMP_COLUMNS = ['createdAt', 'updatedAt'] as const;
/** The quote's context is left out: the window does not show it (ArticleAnnotation), and it was over half the bytes. */
export const TEXT_COLUMNS = ['exact', 'note'] as const;

export const FLAG_ORPHANED = 1;
export const FLAG_CLAIM = 2;
export const KNOWN_FLAGS = FLAG_ORPHANED | FLAG_CLAIM;

export interface ColumnCounts {
  readonly count: number;
  readonly fragmentCount: number;
  readonly textUnits: number;
  readonly sideUnits: number;
}

/** Where each section starts, in bytes from the start of the buffer, and the buffer's whole size. */
export interface ColumnOffsets {
  readonly ids: number;
  readonly fragmentEnds: number;
  readonly starts: number;
  readonly ends: number;
  readonly stamps: number;
  readonly lengths: number;
  readonly flags: number;
  readonly text: number;
  readonly side: number;
  readonly byteLength: number;
}

export function columnOffsets({ count, fragmentCount, textUnits, sideUnits }: ColumnCounts): ColumnOffsets {
  const ids = HEADER_BYTES;
  const fragmentEnds = ids + 8 * count * ID_COLUMNS.length;
  const starts = fragmentEnds + 4 * count;
  const ends = starts + 4 * fragmentCount;
  const stamps = ends + 4 * fragmentCount;
  const lengths = stamps + 4 * count * STAMP_COLUMNS.length;
  const flags = lengths + 4 * count * TEXT_COLUMNS.length;
  const text = flags + count + (count % 2);
  const side = text + 2 * textUnits;
  return { ids, fragmentEnds, starts, ends, stamps, lengths, flags, text, side, byteLength: side + 2 * sideUnits };
}
