import type { ArticleAnnotation, ClaimDetails } from '../model/annotation';
import {
  ABSENT,
  COLUMNS_MAGIC,
  COLUMNS_VERSION,
  FLAG_CLAIM,
  FLAG_ORPHANED,
  ID_COLUMNS,
  STAMP_COLUMNS,
  TEXT_COLUMNS,
  columnOffsets,
} from './column-layout';
import type { ColumnSideTable } from './column-side-table';

/**
 * An article's annotations in the binary layout of `column-layout.ts`, in the order given. Stamps
 * (the authorship times) repeat across annotations made together, so each distinct one is sent once.
 *
 * It writes straight into the columns, with no array or closure per annotation: at 20,000
 * annotations the garbage of those was most of the encoding's time in the store worker.
 */
export function encodeAnnotationColumns(
  articleId: number,
  annotations: readonly ArticleAnnotation[],
): Uint8Array<ArrayBuffer> {
  const count = annotations.length;
  const stamps: string[] = [];
  const stampIndex = new Map<string, number>();
  const indexOfStamp = (stamp: string | undefined): number => {
    if (stamp === undefined) return ABSENT;
    let index = stampIndex.get(stamp);
    if (index === undefined) {
      index = stamps.length;
      stamps.push(stamp);
      stampIndex.set(stamp, index);
    }
    return index;
  };
  // Stamps and claims go into the side table, whose length the layout needs before the columns.
  const stampIndices = new Uint32Array(count * STAMP_COLUMNS.length);
  const claims: ClaimDetails[] = [];
  let fragmentCount = 0;
  let textUnits = 0;
  for (let i = 0; i < count; i++) {
    const annotation = annotations[i] as ArticleAnnotation;
    fragmentCount += annotation.fragments.length;
    textUnits += textLength(annotation);
    stampIndices[i] = indexOfStamp(annotation.createdAt);
    stampIndices[count + i] = indexOfStamp(annotation.updatedAt);
    if (annotation.claim !== undefined) claims.push(annotation.claim);
  }
  const side = JSON.stringify({ stamps, claims } satisfies ColumnSideTable);
  const offsets = columnOffsets({ count, fragmentCount, textUnits, sideUnits: side.length });

  const buffer = new ArrayBuffer(offsets.byteLength);
  const header = new DataView(buffer);
  [COLUMNS_MAGIC, COLUMNS_VERSION, count, fragmentCount, textUnits, side.length].forEach((value, i) =>
    header.setUint32(4 * i, value, true),
  );
  header.setFloat64(24, articleId, true);
  const ids = new Float64Array(buffer, offsets.ids, count * ID_COLUMNS.length);
  const fragmentEnds = new Uint32Array(buffer, offsets.fragmentEnds, count);
  const starts = new Uint32Array(buffer, offsets.starts, fragmentCount);
  const ends = new Uint32Array(buffer, offsets.ends, fragmentCount);
  new Uint32Array(buffer, offsets.stamps, count * STAMP_COLUMNS.length).set(stampIndices);
  const lengths = new Uint32Array(buffer, offsets.lengths, count * TEXT_COLUMNS.length);
  const flags = new Uint8Array(buffer, offsets.flags, count);
  const units = new Uint16Array(buffer, offsets.text, textUnits + side.length);

  let fragment = 0;
  let unit = 0;
  /** Writes one of TEXT_COLUMNS (`column`) of annotation `i`. */
  const writeText = (text: string | undefined, column: number, i: number): void => {
    lengths[column * count + i] = text?.length ?? ABSENT;
    if (text === undefined) return;
    for (let at = 0; at < text.length; at++) units[unit++] = text.charCodeAt(at);
  };
  for (let i = 0; i < count; i++) {
    const annotation = annotations[i] as ArticleAnnotation;
    // In the order of ID_COLUMNS; 0 stands for an id the annotation does not have.
    ids[i] = annotation.id;
    ids[count + i] = annotation.labelId;
    ids[2 * count + i] = annotation.entityId ?? 0;
    ids[3 * count + i] = annotation.createdBy ?? 0;
    ids[4 * count + i] = annotation.updatedBy ?? 0;
    for (const { start, end } of annotation.fragments) {
      starts[fragment] = start;
      ends[fragment++] = end;
    }
    fragmentEnds[i] = fragment;
    // In the order of TEXT_COLUMNS.
    writeText(annotation.quote.exact, 0, i);
    writeText(annotation.note, 1, i);
    flags[i] = (annotation.orphaned ? FLAG_ORPHANED : 0) | (annotation.claim !== undefined ? FLAG_CLAIM : 0);
  }
  for (let at = 0; at < side.length; at++) units[unit++] = side.charCodeAt(at);
  return new Uint8Array(buffer);
}

/** UTF-16 units of the annotation's strings in TEXT_COLUMNS. */
function textLength({ quote, note }: ArticleAnnotation): number {
  return quote.exact.length + (note?.length ?? 0);
}
