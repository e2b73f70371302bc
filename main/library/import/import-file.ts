import { WorkbenchError } from '../../../shared/ipc/errors';
import { sniffArticleFormat } from '../../import-formats/article-formats';
import { FileToImport } from '../../import-formats/file-to-import';
import { ARTICLE_LIMITS } from '../../../shared/model/article';
import { deriveTitle } from '../../../shared/text/derive-title';
import { SUPPORTED_ENCODINGS, type SupportedEncoding } from './decode-text';
import { detectLanguage } from './detect-language';
import type { ExtractedContent } from './extracted-content';
import type { ImportedArticle } from './imported-article';
import { checkFileSize } from './import-limits';

export interface ImportOptions {
  /** Decode a text file (plain text, Markdown, HTML) with this encoding instead of detecting one. Binary formats ignore it. */
  encoding?: SupportedEncoding;
}

/** The title the file states, else its first heading, else a headline-like first line, else one derived from the text. */
function chooseTitle(content: ExtractedContent): string {
  const firstHeading = content.blocks.find((block) => block.kind === 'heading');
  const candidates = [
    content.metadata.title,
    firstHeading === undefined ? null : content.text.slice(firstHeading.start, firstHeading.end),
    content.titleCandidate,
  ];
  const title = candidates.map((candidate) => candidate?.replace(/\s+/g, ' ').trim()).find((candidate) => !!candidate);
  if (title === undefined) return deriveTitle(content.text);
  return title.length <= ARTICLE_LIMITS.titleMaxChars ? title : deriveTitle(title);
}

/**
 * Turns one file's bytes into an article: finds the format (import-formats/article-formats.ts), extracts
 * text, structure and metadata with that format's reader (formats/), and fills in the title and
 * language where the file names none. Nothing in the file is executed or fetched. Every failure
 * is a WorkbenchError whose message names the file and says what to do.
 */
export async function importFile(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportedArticle> {
  const content = await extractContent(bytes, fileName, options);
  return {
    title: chooseTitle(content),
    text: content.text,
    blocks: content.blocks,
    links: content.links,
    metadata: {
      title: content.metadata.title ?? null,
      source: content.metadata.source ?? null,
      url: content.metadata.url ?? null,
      author: content.metadata.author ?? null,
      publishedAt: content.metadata.publishedAt ?? null,
      language: content.metadata.language ?? detectLanguage(content.text),
    },
    notes: content.notes ?? [],
    original: { bytes, name: fileName, type: content.type, encoding: content.encoding },
  };
}

/** What a file's reader makes of it, without the title and language importFile adds: for checking a text against its file. */
export async function extractContent(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ExtractedContent> {
  const { encoding } = options;
  if (encoding !== undefined && !SUPPORTED_ENCODINGS.includes(encoding)) {
    throw new WorkbenchError('invalid-argument', `"${encoding}" is not a character encoding the workbench knows.`);
  }
  checkFileSize(bytes.length, fileName);
  if (bytes.length === 0) throw new WorkbenchError('invalid-argument', `"${fileName}" is empty.`);

  const file = new FileToImport(fileName, bytes);
  return sniffArticleFormat(file).parse(file, encoding === undefined ? {} : { encoding });
}
