import type { FileToImport } from '../../../../import-formats/file-to-import';
import type { ArticleFormat } from '../../../../import-formats/import-format';
import { damagedFileError } from '../../unreadable-files';

/**
 * PDF readers accept the header anywhere in the first kilobyte, after junk some generators
 * prepend; only a file named .pdf gets that leeway, so a text about PDFs stays a text.
 */
function hasPdfHeaderNearStart(file: FileToImport): boolean {
  return file.head(1024).includes('%PDF-');
}

/** A PDF by its header, whatever its name; a file named .pdf without one is damaged. */
export const pdfFormat: ArticleFormat = {
  id: 'pdf',
  title: 'PDF',
  sniff: (file) => (file.startsWith('%PDF-') ? 'signature' : file.extension === 'pdf' ? 'extension' : null),
  async parse(file) {
    if (!hasPdfHeaderNearStart(file)) throw damagedFileError(file.name, 'a PDF');
    // Loaded on the first PDF: every worker that lists the formats would otherwise load its 3 MB.
    const { readPdf } = await import('./pdf');
    return readPdf(file.bytes, file.name);
  },
};
