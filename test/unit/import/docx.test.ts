import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { importFile } from '../../../main/library/import/import-file';
import type { ImportedArticle } from '../../../main/library/import/imported-article';
import { buildDocx, docxParts, zipParts, type DocxParagraph } from './fixtures/docx-builder';
import { oleFile } from './fixtures/ole-file';
import { SEED_AUTHOR, SEED_HEADLINE, seedParts } from './fixtures/seed-paragraphs';
import { crowdedZip, zipBombDocx } from './fixtures/zip-bomb';

const blockTexts = (article: ImportedArticle) =>
  article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end), block.level]);

function seedParagraphs(): DocxParagraph[] {
  const { lead, tweet, rest } = seedParts();
  const teaser = rest.at(-1) ?? '';
  const [teaserLead = '', ...teaserLink] = teaser.split(' – ');
  return [
    { style: 'Title', runs: [{ text: SEED_HEADLINE }] },
    ...lead.map((text) => ({ runs: [{ text }] })),
    { style: 'Quote', runs: [{ text: tweet[0] }] },
    { style: 'Quote', runs: [{ text: tweet[1] }] },
    ...rest.slice(0, -1).map((text) => ({ runs: [{ text }] })),
    { runs: [{ text: `${teaserLead} – ` }, { text: teaserLink.join(' – '), href: 'https://news.example.org/lawrow' }] },
  ];
}

async function failure(bytes: Uint8Array, name: string): Promise<WorkbenchError> {
  const error: unknown = await importFile(bytes, name).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WorkbenchError);
  return error as WorkbenchError;
}

describe('importing a Word document', () => {
  it('reads title, author, date and language from the core properties and the text paragraph by paragraph', async () => {
    const bytes = buildDocx(seedParagraphs(), {
      title: 'Xi empfängt Schoigu',
      creator: SEED_AUTHOR,
      created: '2025-02-28T17:30:00Z',
      language: 'de-DE',
    });
    const article = await importFile(bytes, 'schoigu.docx');
    const { lead, tweet, rest } = seedParts();
    expect(article.title).toBe('Xi empfängt Schoigu');
    expect(article.metadata).toMatchObject({
      author: SEED_AUTHOR,
      publishedAt: '2025-02-28T17:30:00.000Z',
      language: 'de-DE',
    });
    expect(blockTexts(article)).toEqual([
      ['heading', SEED_HEADLINE, 1],
      ...lead.map((text) => ['paragraph', text, undefined]),
      ['blockquote', tweet[0], undefined],
      ['blockquote', tweet[1], undefined],
      ...rest.map((text) => ['paragraph', text, undefined]),
    ]);
    expect(article.links.map((link) => [article.text.slice(link.start, link.end), link.href])).toEqual([
      [
        'Lawrow besucht Teheran – Iran wird sich im Atomstreit nicht dem Druck der USA beugen',
        'https://news.example.org/lawrow',
      ],
    ]);
    expect(article.original).toMatchObject({
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: null,
    });
  });

  it('takes the first heading as title when the document has none, and detects the language', async () => {
    const article = await importFile(buildDocx(seedParagraphs()), 'schoigu.docx');
    expect(article.title).toBe(SEED_HEADLINE);
    expect(article.metadata.language).toBe('de');
  });

  it('refuses a truncated document as damaged', async () => {
    const bytes = buildDocx(seedParagraphs());
    const error = await failure(bytes.subarray(0, Math.floor(bytes.length * 0.7)), 'cut.docx');
    expect(error.code).toBe('file-damaged');
    expect(error.message).toContain('"cut.docx" is damaged or incomplete');
  });

  it('refuses a password-protected document and says how to fix it', async () => {
    const error = await failure(oleFile(['EncryptionInfo', 'EncryptedPackage']), 'locked.docx');
    expect(error.code).toBe('file-encrypted');
    expect(error.message).toContain('"locked.docx" is password-protected');
    expect(error.message).toContain('Remove the password in Word');
  });

  it('refuses an old Word 97–2003 document with a pointer to .docx', async () => {
    const error = await failure(oleFile(['WordDocument', '1Table']), 'old.doc');
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/"old\.doc" is an old Word 97–2003 document.*\.docx/);
  });

  it('refuses a zip bomb by what it actually inflates to', async () => {
    const error = await failure(zipBombDocx(300 * 1024 * 1024, 2000), 'bomb.docx');
    expect(error.code).toBe('file-too-large');
    expect(error.message).toContain('"bomb.docx"');
    expect(error.message).toContain('zip bomb');
  });

  it('refuses a zip bomb that declares its size honestly without inflating it', async () => {
    const error = await failure(zipBombDocx(250 * 1024 * 1024), 'honest-bomb.docx');
    expect(error.code).toBe('file-too-large');
  });

  it('refuses an archive with more parts than any document has', async () => {
    const error = await failure(crowdedZip(10_001), 'crowded.docx');
    expect(error.code).toBe('file-too-large');
    expect(error.message).toContain('"crowded.docx" has 10002 parts');
  });

  it('refuses a part with a DTD, the start of every XML entity attack ("billion laughs")', async () => {
    const entities = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    );
    const parts = docxParts([{ runs: [{ text: 'Harmlos' }] }]);
    parts['word/document.xml'] = (parts['word/document.xml'] ?? '')
      .replace('?>', `?>\n<!DOCTYPE w:document [<!ENTITY lol "lol">${entities.join('')}]>`)
      .replace('Harmlos', '&lol9;');
    const error = await failure(zipParts(parts), 'laughs.docx');
    expect(error.code).toBe('file-damaged');
    expect(error.message).toContain('"laughs.docx"');
    expect(error.message).toContain('document type declaration');
  });

  it('refuses a ZIP archive that is not a Word document', async () => {
    const error = await failure(
      zipParts({ 'content.xml': '<office:document/>', mimetype: 'application/vnd.oasis.opendocument.text' }),
      'notes.zip',
    );
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('"notes.zip" is a ZIP archive');
  });

  it('never reads an embedded image, only its alt text', async () => {
    const parts = docxParts([{ runs: [{ text: 'Text vor dem Bild.' }] }]);
    parts['word/document.xml'] = (parts['word/document.xml'] ?? '').replace(
      '</w:body>',
      `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Bild" descr="Foto aus Peking"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p></w:body>`,
    );
    parts['word/_rels/document.xml.rels'] = (parts['word/_rels/document.xml.rels'] ?? '').replace(
      '</Relationships>',
      '<Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/missing.png"/></Relationships>',
    );
    const article = await importFile(zipParts(parts), 'bild.docx');
    expect(blockTexts(article)).toEqual([
      ['paragraph', 'Text vor dem Bild.', undefined],
      ['figure', 'Foto aus Peking', undefined],
    ]);
  });
});
