import type { FileToImport } from '../../../../import-formats/file-to-import';
import type { ArticleFormat } from '../../../../import-formats/import-format';

const EXTENSIONS = new Set(['html', 'htm', 'xhtml']);

/** A page starts with a doctype or an html, head or body tag, after an XML declaration and comments. */
function looksLikeHtml(file: FileToImport): boolean {
  const head = file
    .head(2048)
    .replace(/^(\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '')
    .replace(/\0/g, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/i.test(head);
}

/** A saved web page, by its name or, whatever its name, by its markup. */
export const htmlFormat: ArticleFormat = {
  id: 'html',
  title: 'Web page',
  sniff: (file) => (EXTENSIONS.has(file.extension) ? 'extension' : looksLikeHtml(file) ? 'content' : null),
  async parse(file, { encoding }) {
    // linkedom and Readability load on the first web page, not with every worker that lists the formats.
    const { readHtml } = await import('./html');
    return readHtml(file.bytes, file.name, encoding);
  },
};
