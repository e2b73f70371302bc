import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { importFile } from '../../../main/library/import/import-file';
import { buildPdf } from './fixtures/pdf-builder';
import { SEED_AUTHOR, SEED_HEADLINE, seedParts } from './fixtures/seed-paragraphs';

function seedPdf(options: Parameters<typeof buildPdf>[1] = {}): Uint8Array {
  const { lines } = seedParts();
  return buildPdf([{ text: SEED_HEADLINE, size: 16 }, ...lines.map((text) => ({ text }))], options);
}

async function failure(bytes: Uint8Array, name: string): Promise<WorkbenchError> {
  const error: unknown = await importFile(bytes, name).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WorkbenchError);
  return error as WorkbenchError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('importing a PDF', () => {
  it('rebuilds the paragraphs from the text layer, with the larger headline as a heading', async () => {
    const article = await importFile(seedPdf(), 'schoigu.pdf');
    const { lines } = seedParts();
    expect(article.text).toBe([SEED_HEADLINE, ...lines].join('\n'));
    expect(article.blocks.map((block) => article.text.slice(block.start, block.end))).toEqual([
      SEED_HEADLINE,
      ...lines,
    ]);
    expect(article.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(article.blocks.slice(1).every((block) => block.kind === 'paragraph')).toBe(true);
    expect(article.original).toMatchObject({ type: 'application/pdf', encoding: null, name: 'schoigu.pdf' });
  });

  it('takes title, author and date from the document information, and detects the language', async () => {
    const article = await importFile(
      seedPdf({ info: { title: 'Xi und Schoigu', author: SEED_AUTHOR, creationDate: "D:20250228183000+01'00'" } }),
      'schoigu.pdf',
    );
    expect(article.title).toBe('Xi und Schoigu');
    expect(article.metadata).toMatchObject({
      title: 'Xi und Schoigu',
      author: SEED_AUTHOR,
      publishedAt: '2025-02-28T17:30:00.000Z',
      language: 'de',
    });
  });

  it('ignores a placeholder title such as the name of the Word file it was made from', async () => {
    const article = await importFile(seedPdf({ info: { title: 'Microsoft Word - entwurf3.docx' } }), 'schoigu.pdf');
    expect(article.title).toBe(SEED_HEADLINE);
  });

  it('continues a paragraph across a page break when the sentence goes on', async () => {
    // 29 one-line paragraphs fill the first page so that the long one starts three lines above its end.
    const filler = Array.from({ length: 29 }, (_, i) => ({ text: `Absatz ${i + 1} ist kurz.` }));
    const long = `Dieser Absatz beginnt unten auf der Seite ${'und geht auf der nächsten weiter, '.repeat(12)}bis er endet.`;
    const article = await importFile(buildPdf([...filler, { text: long }]), 'lang.pdf');
    const paragraphs = article.blocks.map((block) => article.text.slice(block.start, block.end));
    expect(paragraphs).toHaveLength(30);
    expect(paragraphs.at(-1)).toBe(long);
  });

  it('never fetches anything, not even the standard font data', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('network access attempted')));
    vi.stubGlobal('fetch', fetch);
    await importFile(seedPdf(), 'schoigu.pdf');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a truncated download as damaged', async () => {
    const bytes = seedPdf();
    const error = await failure(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.pdf');
    expect(error.code).toBe('file-damaged');
    expect(error.message).toContain('"cut.pdf"');
  });

  it('refuses a file that is named .pdf but is not one', async () => {
    const error = await failure(new TextEncoder().encode('<html><body>404 Not Found</body></html>'), 'report.pdf');
    expect(error.code).toBe('file-damaged');
    expect(error.message).toContain('"report.pdf"');
  });

  it('refuses a password-protected PDF and says how to get an importable copy', async () => {
    const error = await failure(seedPdf({ userPassword: 'geheim' }), 'locked.pdf');
    expect(error.code).toBe('file-encrypted');
    expect(error.message).toMatch(/"locked\.pdf" is password-protected/);
  });

  it('refuses a scanned PDF without text layer and points to OCR', async () => {
    const error = await failure(buildPdf([], { withoutText: true }), 'scan.pdf');
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('"scan.pdf"');
    expect(error.message).toContain('OCR');
  });

  it('refuses a PDF with more pages than the limit', async () => {
    const error = await failure(buildPdf([{ text: 'Seite' }], { extraPages: 2000 }), 'huge.pdf');
    expect(error.code).toBe('file-too-large');
    expect(error.message).toContain('2001 pages');
  });

  it('leaves the original bytes intact (pdf.js takes ownership of what it is given)', async () => {
    const bytes = seedPdf();
    const article = await importFile(bytes, 'schoigu.pdf');
    expect(article.original.bytes.byteLength).toBe(bytes.byteLength);
    expect(new TextDecoder('latin1').decode(article.original.bytes.subarray(0, 5))).toBe('%PDF-');
  });
});
