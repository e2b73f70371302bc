import type { ArticleAnnotation, TextFragment } from '../model/annotation';
import { ABSENT, FLAG_CLAIM, FLAG_ORPHANED } from './column-layout';
import { readAnnotationColumns } from './read-annotation-columns';

export interface DecodedAnnotations {
  readonly articleId: number;
  readonly annotations: ArticleAnnotation[];
}

/** The annotations a buffer of `encodeAnnotationColumns` holds, checked first; throws MalformedColumnsError. */
export function decodeAnnotationColumns(bytes: Uint8Array): DecodedAnnotations {
  const { articleId, count, ids, fragmentEnds, starts, ends, stamps, lengths, flags, text, side } =
    readAnnotationColumns(bytes);
  const annotations: ArticleAnnotation[] = new Array<ArticleAnnotation>(count);
  let fragment = 0;
  let unit = 0;
  let claim = 0;
  const nextText = (length: number): string => text.slice(unit, (unit += length));
  for (let i = 0; i < count; i++) {
    const fragments: TextFragment[] = [];
    for (const last = fragmentEnds[i] ?? 0; fragment < last; fragment++) {
      fragments.push({ start: starts[fragment] ?? 0, end: ends[fragment] ?? 0 });
    }
    // In the order the encoder wrote them: exact, then note.
    const exact = nextText(lengths[i] ?? 0);
    const annotation: ArticleAnnotation = {
      id: ids[i] ?? 0,
      articleId,
      labelId: ids[count + i] ?? 0,
      fragments,
      quote: { exact },
      orphaned: ((flags[i] ?? 0) & FLAG_ORPHANED) !== 0,
    };
    const note = lengths[count + i] ?? ABSENT;
    if (note !== ABSENT) annotation.note = nextText(note);
    const entityId = ids[2 * count + i] ?? 0;
    if (entityId !== 0) annotation.entityId = entityId;
    if (((flags[i] ?? 0) & FLAG_CLAIM) !== 0) annotation.claim = side.claims[claim++];
    const createdBy = ids[3 * count + i] ?? 0;
    if (createdBy !== 0) annotation.createdBy = createdBy;
    const updatedBy = ids[4 * count + i] ?? 0;
    if (updatedBy !== 0) annotation.updatedBy = updatedBy;
    const createdAt = stamps[i] ?? ABSENT;
    if (createdAt !== ABSENT) annotation.createdAt = side.stamps[createdAt];
    const updatedAt = stamps[count + i] ?? ABSENT;
    if (updatedAt !== ABSENT) annotation.updatedAt = side.stamps[updatedAt];
    annotations[i] = annotation;
  }
  return { articleId, annotations };
}
