import type { FileToImport } from '../../../../import-formats/file-to-import';
import type { ArticleFormat } from '../../../../import-formats/import-format';
import { decodeText } from '../../decode-text';
import { readPlainText } from './plain-text';

/** Text that is not binary: enough of it to tell is decoded, not the whole file. */
function readsAsText(file: FileToImport): boolean {
  try {
    decodeText(file.bytes.subarray(0, 8192), file.name);
    return true;
  } catch {
    return false;
  }
}

/** A .txt file, and any text whose name no other format claims. */
export const plainTextFormat: ArticleFormat = {
  id: 'text',
  title: 'Plain text',
  sniff: (file) =>
    file.extension === 'txt' || file.extension === 'text' ? 'extension' : readsAsText(file) ? 'fallback' : null,
  parse: (file, { encoding }) => readPlainText(file.bytes, file.name, encoding),
};
