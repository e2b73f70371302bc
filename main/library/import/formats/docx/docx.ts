import mammoth from 'mammoth';
import { WorkbenchError } from '../../../../../shared/ipc/errors';
import type { ExtractedContent } from '../../extracted-content';
import { ArticleTextBuilder } from '../../text-builder';
import { checkZipArchive } from '../../check-zip-archive';
import { readCoreProperties } from './docx-core-properties';
import { HtmlBlockWriter } from '../html/html-blocks';
import { parseHtmlDocument } from '../html/html-dom';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CORE_PROPERTIES = 'docProps/core.xml';

// Word's built-in title and quote styles, on top of mammoth's default headings and lists.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/**
 * A Word document. The archive is checked first (check-zip-archive.ts: size, zip bombs, DTDs),
 * then mammoth turns the document body into simple HTML, which is written into the article like
 * a web page's content. Images are never read: only their alt text survives.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedContent> {
  const { names, kept } = checkZipArchive(bytes, fileName, [CORE_PROPERTIES]);
  if (!names.has('word/document.xml')) {
    throw new WorkbenchError(
      'file-damaged',
      `"${fileName}" is not a Word document inside (it has no document body). Nothing was imported.`,
    );
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw new WorkbenchError(
      'file-damaged',
      `"${fileName}" could not be read as a Word document; it may be damaged. Nothing was imported.`,
    );
  }

  const builder = new ArticleTextBuilder(fileName);
  const { document } = parseHtmlDocument(html);
  if (document.documentElement !== null) {
    new HtmlBlockWriter(builder, { baseUrl: null, skipPageFurniture: false }).write(document.documentElement);
  }
  const { text, blocks, links } = builder.build();
  if (text === '') throw new WorkbenchError('invalid-argument', `"${fileName}" contains no text.`);
  return {
    text,
    blocks,
    links,
    metadata: readCoreProperties(kept.get(CORE_PROPERTIES)),
    type: DOCX_TYPE,
    encoding: null,
  };
}
