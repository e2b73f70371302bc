import type { FileToImport } from '../../../../import-formats/file-to-import';
import type { ArticleFormat } from '../../../../import-formats/import-format';
import { damagedFileError, isZip } from '../../unreadable-files';

/** A Word document names its main part in the local header and the central directory, both stored uncompressed. */
function zipHoldsWordDocument(file: FileToImport): boolean {
  const { bytes } = file;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** A Word document: a ZIP archive named .docx or holding a document body, whatever its name. */
export const docxFormat: ArticleFormat = {
  id: 'docx',
  title: 'Word document',
  sniff(file) {
    if (isZip(file) && (file.extension === 'docx' || zipHoldsWordDocument(file))) return 'signature';
    return file.extension === 'docx' ? 'extension' : null;
  },
  async parse(file) {
    if (!isZip(file)) throw damagedFileError(file.name, 'a Word document');
    // mammoth (with its ZIP and XML readers) loads on the first Word document, not with every worker.
    const { readDocx } = await import('./docx');
    return readDocx(file.bytes, file.name);
  },
};
