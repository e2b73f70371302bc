import { docxFormat } from '../library/import/formats/docx/docx-format';
import { htmlFormat } from '../library/import/formats/html/html-format';
import { markdownFormat } from '../library/import/formats/markdown/markdown-format';
import { pdfFormat } from '../library/import/formats/pdf/pdf-format';
import { plainTextFormat } from '../library/import/formats/plain-text/plain-text-format';
import {
  refuseByExtension,
  refuseUnclaimedArchive,
  refuseUnreadableContainer,
  unsupportedFormat,
} from '../library/import/unreadable-files';
import type { FileToImport } from './file-to-import';
import { bestMatch, type ArticleFormat } from './import-format';

/** Every format a file can be imported from as an article; of equally sure sniffs, the earlier wins. */
export const ARTICLE_FORMATS: readonly ArticleFormat[] = [
  pdfFormat,
  docxFormat,
  htmlFormat,
  markdownFormat,
  plainTextFormat,
];

/**
 * The format that reads a file. Unambiguous binary signatures (PDF, a ZIP holding a Word document)
 * win over the name, so a renamed file still imports; otherwise the extension decides, and files
 * without a known one are judged by content: HTML markup, else text. Containers no format reads
 * (Office 97–2003, RTF, other ZIP archives, names such as .odt) are refused with what to do.
 */
export function sniffArticleFormat(file: FileToImport): ArticleFormat {
  refuseUnreadableContainer(file);
  const best = bestMatch(ARTICLE_FORMATS, file);
  if (best?.confidence === 'signature') return best.format;
  refuseUnclaimedArchive(file);
  // Word's "Save as web page" writes HTML under a .doc name, so markup wins over advice by name.
  if (best !== undefined && best.confidence !== 'fallback') return best.format;
  refuseByExtension(file);
  if (best !== undefined) return best.format;
  throw unsupportedFormat(file.name);
}
