import type { Annotation, ClaimDetails } from '../model/annotation';
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

function textsOf(annotation: Annotation): readonly (string | undefined)[] {
  return [annotation.quote.exact, annotation.quote.prefix, annotation.quote.suffix, annotation.note];
}

/**
 * An article's annotations in the binary layout of `column-layout.ts`, in the order given. Stamps
 * (the authorship times) repeat across annotations made together, so each distinct one is sent once.
 */
export function encodeAnnotationColumns(
  articleId: number,
  annotations: readonly Annotation[],
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
  const claims: ClaimDetails[] = [];
  let fragmentCount = 0;
  let textUnits = 0;
  for (const annotation of annotations) {
    fragmentCount += annotation.fragments.length;
    for (const text of textsOf(annotation)) textUnits += text?.length ?? 0;
    if (annotation.claim !== undefined) claims.push(annotation.claim);
  }
  const stampColumns = annotations.map((a) => [indexOfStamp(a.createdAt), indexOfStamp(a.updatedAt)]);
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
  const stampIndices = new Uint32Array(buffer, offsets.stamps, count * STAMP_COLUMNS.length);
  const lengths = new Uint32Array(buffer, offsets.lengths, count * TEXT_COLUMNS.length);
  const flags = new Uint8Array(buffer, offsets.flags, count);
  const units = new Uint16Array(buffer, offsets.text, textUnits + side.length);

  let fragment = 0;
  let unit = 0;
  const write = (text: string): void => {
    for (let i = 0; i < text.length; i++) units[unit++] = text.charCodeAt(i);
  };
  annotations.forEach((annotation, i) => {
    const idValues = [
      annotation.id,
      annotation.labelId,
      annotation.entityId,
      annotation.createdBy,
      annotation.updatedBy,
    ];
    idValues.forEach((value, column) => (ids[column * count + i] = value ?? 0));
    for (const { start, end } of annotation.fragments) {
      starts[fragment] = start;
      ends[fragment++] = end;
    }
    fragmentEnds[i] = fragment;
    (stampColumns[i] ?? []).forEach((value, column) => (stampIndices[column * count + i] = value));
    textsOf(annotation).forEach((text, column) => {
      lengths[column * count + i] = text?.length ?? ABSENT;
      if (text !== undefined) write(text);
    });
    flags[i] = (annotation.orphaned ? FLAG_ORPHANED : 0) | (annotation.claim !== undefined ? FLAG_CLAIM : 0);
  });
  write(side);
  return new Uint8Array(buffer);
}
