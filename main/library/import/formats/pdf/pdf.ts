import { WorkbenchError } from '../../../../../shared/ipc/errors';
import type { ExtractedContent } from '../../extracted-content';
import type { ArticleMetadata } from '../../imported-article';
import { IMPORT_LIMITS, textTooLongError } from '../../import-limits';
import { canonicalLanguageTag } from '../../language-tag';
import { cleanMetadataText } from '../../metadata-text';
import { ArticleTextBuilder } from '../../text-builder';
import { firstLine, looksLikeTitle } from '../../title-line';
import { loadPdfJs } from './load-pdfjs';
import { pageLines, pdfParagraphs, type PlacedText } from './pdf-paragraphs';

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

const latin1 = new TextDecoder('latin1');

// Titles that name the file or the tool rather than the article.
const PLACEHOLDER_TITLE =
  /^(untitled|unbenannt|sans titre|title|document\d*)$|\.(docx?|pdf|indd|qxd|rtf|odt)$|^microsoft word -/i;

/** A PDF ends with "%%EOF" (within its last kilobyte, as readers check); a cut-off download does not. */
function endsLikePdf(bytes: Uint8Array): boolean {
  return latin1.decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF');
}

const damaged = (fileName: string) =>
  new WorkbenchError(
    'file-damaged',
    `"${fileName}" is damaged or incomplete and cannot be read as a PDF. Nothing was imported.`,
  );

async function openPdf(pdfjs: PdfJs, bytes: Uint8Array, fileName: string) {
  // Data only, never a URL; no system or web fonts, no WebAssembly decoders, no XFA forms: text
  // extraction needs none of them, and each would be a way for a file to reach outside itself.
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    useWasm: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return { task, document: await task.promise };
  } catch (error) {
    await task.destroy();
    if (error instanceof pdfjs.PasswordException) {
      throw new WorkbenchError(
        'file-encrypted',
        `"${fileName}" is password-protected. Open it with its password, save or print an unprotected copy and import that.`,
      );
    }
    throw damaged(fileName);
  }
}

async function readMetadata(document: PdfDocument, pdfjs: PdfJs): Promise<Partial<ArticleMetadata>> {
  const { info, metadata } = await document.getMetadata();
  // pdf.js declares the XMP metadata as always there; it is null for a PDF that has none.
  const xmp = metadata as typeof metadata | null;
  const field = (name: string): string | null => {
    const value = (info as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : null;
  };
  const xmpField = (name: string): string | null => {
    const value: unknown = xmp?.get(name);
    return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null;
  };
  const title = cleanMetadataText(field('Title') ?? xmpField('dc:title'));
  const creationDate = field('CreationDate');
  const created = creationDate === null ? null : pdfjs.PDFDateString.toDateObject(creationDate);
  return {
    title: title !== null && !PLACEHOLDER_TITLE.test(title) ? title : null,
    author: cleanMetadataText(field('Author') ?? xmpField('dc:creator')),
    publishedAt: created === null || Number.isNaN(created.getTime()) ? null : created.toISOString(),
    language: canonicalLanguageTag(field('Language')),
  };
}

async function pageText(document: PdfDocument, pageNumber: number): Promise<PlacedText[]> {
  const page = await document.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    return content.items.flatMap((item) => {
      if (!('str' in item)) return [];
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
      const fontSize = Math.hypot(c, d) || item.height;
      return [{ str: item.str, x, y, width: item.width, fontSize, hasEOL: item.hasEOL }];
    });
  } finally {
    page.cleanup();
  }
}

/**
 * A PDF's text layer, read with pdf.js from the bytes alone: lines are rebuilt from positioned
 * text runs and grouped into paragraphs and headings by spacing and size (pdf-paragraphs.ts).
 * Scanned PDFs have no text layer and are refused with a pointer to OCR.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedContent> {
  if (!endsLikePdf(bytes)) throw damaged(fileName);
  const pdfjs = await loadPdfJs();
  const { task, document } = await openPdf(pdfjs, bytes, fileName);
  try {
    if (document.numPages > IMPORT_LIMITS.maxPdfPages) {
      throw new WorkbenchError(
        'file-too-large',
        `"${fileName}" has ${document.numPages} pages; the workbench imports PDFs of up to ${IMPORT_LIMITS.maxPdfPages} pages.`,
      );
    }
    const metadata = await readMetadata(document, pdfjs);
    const pages = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const lines = pageLines(await pageText(document, number));
      characters += lines.reduce((sum, line) => sum + line.text.length, 0);
      if (characters > IMPORT_LIMITS.maxTextUnits) throw textTooLongError(fileName);
      pages.push(lines);
    }
    const builder = new ArticleTextBuilder(fileName);
    for (const paragraph of pdfParagraphs(pages)) {
      builder.startBlock(paragraph.kind, paragraph.level);
      builder.append(paragraph.text);
    }
    const { text, blocks } = builder.build();
    if (text === '') {
      throw new WorkbenchError(
        'unsupported-format',
        `"${fileName}" has no text layer; it is probably a scanned image. Run it through OCR (for example OCRmyPDF or Adobe Acrobat's "Recognize Text") and import the result.`,
      );
    }
    const first = firstLine(text);
    return {
      text,
      blocks,
      links: [],
      metadata,
      ...(looksLikeTitle(first) ? { titleCandidate: first } : {}),
      type: 'application/pdf',
      encoding: null,
    };
  } catch (error) {
    if (error instanceof WorkbenchError) throw error;
    throw damaged(fileName);
  } finally {
    await task.destroy();
  }
}
