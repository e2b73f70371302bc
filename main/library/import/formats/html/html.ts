import { Readability } from '@mozilla/readability';
import { WorkbenchError } from '../../../../../shared/ipc/errors';
import { decodeText, type SupportedEncoding } from '../../decode-text';
import type { ExtractedContent } from '../../extracted-content';
import { IMPORT_LIMITS } from '../../import-limits';
import { cleanMetadataText } from '../../metadata-text';
import { ArticleTextBuilder } from '../../text-builder';
import { HtmlBlockWriter } from './html-blocks';
import { declaredCharset } from './html-charset';
import { parseHtmlDocument, type DomDocument, type DomElement } from './html-dom';
import { readHtmlMetadata } from './html-metadata';

interface ReadableArticle {
  content: DomElement;
  title: string | null;
  byline: string | null;
}

/**
 * The main content of a page as Readability finds it (the article without navigation, ads,
 * consent banners, sidebars and footers), or null when it finds none. Readability rearranges
 * the document it is given, so this runs after the metadata has been read.
 */
function readableArticle(document: DomDocument): ReadableArticle | null {
  let result;
  try {
    /* eslint-disable @typescript-eslint/no-unnecessary-type-assertion -- both casts are needed where DOM typings exist: test/tsconfig.json compiles this file with them. */
    const reader = new Readability<DomElement>(document as unknown as ConstructorParameters<typeof Readability>[0], {
      // Hand back the cleaned element itself rather than HTML that would need parsing again.
      serializer: (node) => node as unknown as DomElement,
    });
    /* eslint-enable @typescript-eslint/no-unnecessary-type-assertion */
    result = reader.parse();
  } catch {
    // Readability is a heuristic over arbitrary markup; where it breaks, the whole page is read instead.
    return null;
  }
  if (result?.content == null) return null;
  return { content: result.content, title: result.title ?? null, byline: result.byline ?? null };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A saved web page. The page is parsed inert (html-dom.ts), its metadata read, its article found
 * with Readability and written block by block (html-blocks.ts), preceded by the headline and byline
 * when Readability took them out of the body. If Readability finds nothing, or the page nests too
 * deeply for it, the whole page is read without its navigation and other furniture.
 */
export function readHtml(bytes: Uint8Array, fileName: string, encoding?: SupportedEncoding): ExtractedContent {
  const declared = encoding === undefined ? declaredCharset(bytes) : undefined;
  const decoded = decodeText(bytes, fileName, { encoding, declared });
  const { document, depth } = parseHtmlDocument(decoded.text.replace(/\r\n?/g, '\n'));
  const { metadata, baseUrl } = readHtmlMetadata(document);
  const article = depth <= IMPORT_LIMITS.maxReadabilityDepth ? readableArticle(document) : null;

  const builder = new ArticleTextBuilder(fileName);
  const writer = new HtmlBlockWriter(builder, { baseUrl, skipPageFurniture: article === null });
  if (article !== null) {
    // Only the start of the body matters: that is where a kept headline or byline would be.
    const body = collapse((article.content.textContent ?? '').slice(0, 5000));
    const headline = cleanMetadataText(article.title) ?? metadata.title ?? null;
    // Readability drops a headline that repeats the title; one that differs stays in the body.
    if (headline !== null && article.content.querySelector('h1') === null && !body.startsWith(headline)) {
      builder.startBlock('heading', 1);
      builder.append(headline);
    }
    const byline = cleanMetadataText(article.byline);
    if (byline !== null && !body.includes(byline)) {
      builder.startBlock('paragraph');
      builder.append(byline);
    }
    builder.endBlock();
    writer.write(article.content);
    metadata.author ??= byline?.replace(/^(by|von|par|por|di|door|av|af)\s+/i, '') ?? null;
  } else if (document.documentElement !== null) {
    writer.write(document.documentElement);
  }

  const { text, blocks, links } = builder.build();
  if (text === '') {
    throw new WorkbenchError(
      'invalid-argument',
      `"${fileName}" contains no readable text. If the page builds its content with JavaScript, save it again after it has loaded completely.`,
    );
  }
  const type = /\.xhtml$/i.test(fileName) ? 'application/xhtml+xml' : 'text/html';
  return { text, blocks, links, metadata, type, encoding: decoded.encoding, notes: decoded.notes };
}
