import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from '../../../main/ipc/encoded-json';
import { AnnotationColumnsBytes } from '../../../shared/annotation-columns/annotation-columns-bytes';
import { columnOffsets } from '../../../shared/annotation-columns/column-layout';
import { decodeAnnotationColumns } from '../../../shared/annotation-columns/decode-annotation-columns';
import { encodeAnnotationColumns } from '../../../shared/annotation-columns/encode-annotation-columns';
import { MalformedColumnsError } from '../../../shared/annotation-columns/read-annotation-columns';
import { FRAGMENT_QUOTE_SEPARATOR, type Annotation, type ArticleAnnotation } from '../../../shared/model/annotation';

const ARTICLE = 7;

/** An annotation of `exact` at `start` in a text, with whatever else the test gives it. */
function annotation(id: number, start: number, exact: string, rest: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId: ARTICLE,
    labelId: 3,
    fragments: [{ start, end: start + exact.length }],
    quote: { exact, prefix: '', suffix: '' },
    orphaned: false,
    ...rest,
  };
}

// Emoji (surrogate pairs), combining marks, CJK, RTL and CRLF: offsets and lengths are UTF-16 units.
const DESSERT = 'Crème brûlée'.normalize('NFD');
const TEXT = `Der 👩‍🔬 Forscher\r\nsagte: „${DESSERT}“ — 習近平 traf שלום in Köln.`;
const at = (exact: string) => TEXT.indexOf(exact);

const MIXED: Annotation[] = [
  annotation(11, at('👩‍🔬'), '👩‍🔬', {
    quote: { exact: '👩‍🔬', prefix: 'Der ', suffix: ' Forscher\r\n' },
    entityId: 42,
    createdBy: 1,
    createdAt: '2026-12-06T10:00:00.000Z',
    updatedBy: 2,
    updatedAt: '2026-12-06T11:00:00.000Z',
  }),
  annotation(12, at(DESSERT), DESSERT, {
    note: 'Dessert — mit ́ kombinierendem Zeichen',
    createdAt: '2026-12-06T10:00:00.000Z',
  }),
  {
    ...annotation(13, at('習近平'), '習近平'),
    fragments: [
      { start: at('習近平'), end: at('習近平') + 3 },
      { start: at('שלום'), end: at('שלום') + 4 },
    ],
    quote: { exact: `習近平${FRAGMENT_QUOTE_SEPARATOR}שלום`, prefix: '— ', suffix: ' in' },
    claim: {
      claimantEntityId: 42,
      claimantAnnotationId: 11,
      aboutEntityIds: [5, 6],
      attributes: { 20: 21, 22: 23 },
      date: '2025-02-28',
    },
  },
  annotation(14, at('Köln'), 'Köln', { orphaned: true, claim: { aboutEntityIds: [], attributes: {} } }),
];

/** An annotation as the window gets it: the quote without its context. */
const inArticle = (annotation: Annotation): ArticleAnnotation => ({
  ...annotation,
  quote: { exact: annotation.quote.exact },
});

function damaged(bytes: Uint8Array): string {
  try {
    decodeAnnotationColumns(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(MalformedColumnsError);
    return (error as Error).message;
  }
  throw new Error('the damaged buffer was accepted');
}

/** A copy of the columns of MIXED with `change` applied to the bytes at a section's start. */
function tampered(change: (view: DataView, offsets: ReturnType<typeof columnOffsets>) => void): Uint8Array {
  const bytes = encodeAnnotationColumns(ARTICLE, MIXED).slice();
  const view = new DataView(bytes.buffer);
  const offsets = columnOffsets({
    count: view.getUint32(8, true),
    fragmentCount: view.getUint32(12, true),
    textUnits: view.getUint32(16, true),
    sideUnits: view.getUint32(20, true),
  });
  change(view, offsets);
  return bytes;
}

describe('annotation columns', () => {
  it('give back every annotation as it was: offsets, quotes, notes, claims, authorship', () => {
    const bytes = encodeAnnotationColumns(ARTICLE, MIXED);
    expect(decodeAnnotationColumns(bytes)).toEqual({ articleId: ARTICLE, annotations: MIXED.map(inArticle) });
    for (const decoded of decodeAnnotationColumns(bytes).annotations) {
      expect(decoded.quote.exact).toBe(
        decoded.fragments.map((f) => TEXT.slice(f.start, f.end)).join(FRAGMENT_QUOTE_SEPARATOR),
      );
    }
  });

  it('keep an article without annotations, and a lone surrogate as it was stored', () => {
    expect(decodeAnnotationColumns(encodeAnnotationColumns(ARTICLE, []))).toEqual({
      articleId: ARTICLE,
      annotations: [],
    });
    const lone = [annotation(1, 0, '\ud83dx', { quote: { exact: '\ud83dx', prefix: '', suffix: '\udc4d' } })];
    expect(decodeAnnotationColumns(encodeAnnotationColumns(ARTICLE, lone)).annotations).toEqual(lone.map(inArticle));
  });

  it('leave out the context either side of each quote, which the window does not show', () => {
    const withContext = MIXED.map((each) => ({
      ...each,
      quote: { ...each.quote, prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) },
    }));
    const withoutContext = MIXED.map((each) => ({ ...each, quote: { ...each.quote, prefix: '', suffix: '' } }));
    expect(encodeAnnotationColumns(ARTICLE, withContext)).toEqual(encodeAnnotationColumns(ARTICLE, withoutContext));
    for (const decoded of decodeAnnotationColumns(encodeAnnotationColumns(ARTICLE, withContext)).annotations) {
      expect(decoded.quote).toEqual({ exact: expect.any(String) as string });
    }
  });

  it('send each authorship time once however many annotations share it', () => {
    const stamped = (id: number, createdAt: string) => annotation(id, id * 10, 'Wort', { createdAt });
    const ids = Array.from({ length: 100 }, (_, i) => i + 1);
    const shared = encodeAnnotationColumns(
      ARTICLE,
      ids.map((id) => stamped(id, '2026-12-06T10:00:00.000Z')),
    );
    const distinct = encodeAnnotationColumns(
      ARTICLE,
      ids.map((id) => stamped(id, `2026-12-06T10:00:${id}.000Z`)),
    );
    expect(distinct.byteLength - shared.byteLength).toBeGreaterThan(99 * 2 * '2026-12-06T10:00:00.000Z'.length);
  });

  it('read columns that arrive at an offset no Float64Array view could start at', () => {
    const bytes = encodeAnnotationColumns(ARTICLE, MIXED);
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    expect(decodeAnnotationColumns(shifted.subarray(3)).annotations).toEqual(MIXED.map(inArticle));
  });

  it('refuse bytes that are not whole columns', () => {
    const bytes = encodeAnnotationColumns(ARTICLE, MIXED);
    expect(damaged(bytes.subarray(0, 10))).toMatch(/shorter than its header/);
    expect(damaged(bytes.subarray(0, bytes.byteLength - 2))).toMatch(/bytes where the header says/);
    expect(damaged(new TextEncoder().encode(JSON.stringify(MIXED)))).toMatch(/not annotation columns/);
    expect(damaged(tampered((view) => view.setUint32(4, 1, true)))).toMatch(/layout version 1, expected 2/);
    expect(damaged(tampered((view) => view.setFloat64(24, 0, true)))).toMatch(/no article id/);
  });

  it('refuse ids, fragments, quotes, flags and side tables that break the schema', () => {
    expect(damaged(tampered((view, o) => view.setFloat64(o.ids, 0, true)))).toMatch(/no id of its own/);
    expect(damaged(tampered((view, o) => view.setFloat64(o.ids + 8, 11, true)))).toMatch(/no id of its own/);
    expect(damaged(tampered((view, o) => view.setFloat64(o.ids + 8, 1.5, true)))).toMatch(/no id of its own/);
    expect(damaged(tampered((view, o) => view.setFloat64(o.ids + 4 * 8, -1, true)))).toMatch(/has no label/);
    expect(damaged(tampered((view, o) => view.setUint32(o.fragmentEnds, 0, true)))).toMatch(/fragment count/);
    expect(damaged(tampered((view, o) => view.setUint32(o.starts, 9999, true)))).toMatch(/out of order/);
    expect(damaged(tampered((view, o) => view.setUint32(o.lengths, 1, true)))).toMatch(/does not match its fragments/);
    // The second annotation's note, in the note lengths after the 4 quote lengths.
    expect(damaged(tampered((view, o) => view.setUint32(o.lengths + 4 * 5, 0, true)))).toMatch(/broken note/);
    expect(damaged(tampered((view, o) => view.setUint32(o.stamps, 9, true)))).toMatch(/broken createdAt/);
    expect(damaged(tampered((view, o) => view.setUint8(o.flags, 4)))).toMatch(/unknown flags/);
    expect(damaged(tampered((view, o) => view.setUint8(o.flags + 1, 2)))).toMatch(/claims do not match/);
    expect(damaged(tampered((view, o) => view.setUint16(o.side, 0x5b, true)))).toMatch(/side table/);
  });

  it('are what the contract accepts as the result of annotation.columns, and nothing else', () => {
    expect(AnnotationColumnsBytes.safeParse(encodeAnnotationColumns(ARTICLE, MIXED)).success).toBe(true);
    expect(AnnotationColumnsBytes.safeParse(MIXED).success).toBe(false);
    expect(AnnotationColumnsBytes.safeParse(tampered((view) => view.setUint32(8, 99, true))).success).toBe(false);
    expect(AnnotationColumnsBytes.safeParse(encodeAnnotationColumns(ARTICLE, MIXED).subarray(0, 40)).success).toBe(
      false,
    );
    // The annotations themselves are checked where the window reads them, not twice on their way.
    const badFlag = tampered((view, o) => view.setUint8(o.flags, 4));
    expect(AnnotationColumnsBytes.safeParse(badFlag).success).toBe(true);
    expect(() => decodeAnnotationColumns(badFlag)).toThrow(MalformedColumnsError);
  });

  it('cross main as bytes in a binary envelope, while every other answer stays JSON', () => {
    const bytes = encodeAnnotationColumns(ARTICLE, MIXED);
    const decoded = decodeEnvelope(encodeEnvelope({ ok: true, value: bytes }));
    expect(decoded.ok && decoded.value instanceof Uint8Array && decodeAnnotationColumns(decoded.value)).toEqual({
      articleId: ARTICLE,
      annotations: MIXED.map(inArticle),
    });
    expect(decodeEnvelope(encodeEnvelope({ ok: true, value: { bytes: 3 } }))).toEqual({
      ok: true,
      value: { bytes: 3 },
    });
    const refused = { ok: false, error: { code: 'not-found', message: 'Gone.' } } as const;
    expect(decodeEnvelope(encodeEnvelope(refused))).toEqual(refused);
  });
});
