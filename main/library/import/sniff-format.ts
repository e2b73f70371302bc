import { WorkbenchError } from '../../../shared/ipc/errors';
import { decodeText } from './decode-text';
import { isOleContainer, oleContents } from './ole-container';

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

const READABLE_FORMATS = 'plain text (.txt), Markdown (.md), web pages (.html), Word (.docx) and PDF files';

const BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

// Formats analysts often have that the workbench does not read, with what to do instead.
const ADVICE_BY_EXTENSION: Readonly<Record<string, string>> = {
  doc: 'is an old Word 97–2003 document. Open it in Word or LibreOffice, save it as .docx and import that.',
  rtf: 'is a Rich Text document. Open it in Word or LibreOffice, save it as .docx and import that.',
  mht: 'is a web archive (MHTML). Open it in a browser, save it as "Web page, HTML only" and import that.',
  mhtml: 'is a web archive (MHTML). Open it in a browser, save it as "Web page, HTML only" and import that.',
  odt: 'is an OpenDocument text. Save it as .docx in LibreOffice and import that.',
};

const ascii = new TextDecoder('latin1');

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, signature: string): boolean {
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature.charCodeAt(i)) return false;
  return true;
}

/**
 * PDF readers accept the header anywhere in the first kilobyte, after junk some generators
 * prepend; only a file named .pdf gets that leeway, so a text about PDFs stays a text.
 */
function hasPdfHeaderNearStart(bytes: Uint8Array): boolean {
  return ascii.decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06');
}

/** A Word document names its main part in the local header and the central directory, both stored uncompressed. */
function zipHoldsWordDocument(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = ascii
    .decode(bytes.subarray(0, 2048))
    .replace(/^(\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '')
    .replace(/\0/g, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/i.test(head);
}

function unsupported(fileName: string, detail?: string): WorkbenchError {
  return new WorkbenchError(
    'unsupported-format',
    detail !== undefined
      ? `"${fileName}" ${detail}`
      : `"${fileName}" is not a format the workbench can import (it reads ${READABLE_FORMATS}).`,
  );
}

/** Office 97–2003 files and password-protected Office files share one container; its streams say which. */
function refuseOleContainer(bytes: Uint8Array, fileName: string): never {
  switch (oleContents(bytes)) {
    case 'encrypted-package':
      throw new WorkbenchError(
        'file-encrypted',
        `"${fileName}" is password-protected. Remove the password in Word (File › Info › Protect Document) and import it again.`,
      );
    case 'word-97':
      throw unsupported(fileName, ADVICE_BY_EXTENSION.doc);
    case 'other':
      throw unsupported(
        fileName,
        `is an Office 97–2003 file, which the workbench cannot read (it reads ${READABLE_FORMATS}).`,
      );
  }
}

/**
 * Which reader a file goes to. Unambiguous binary signatures (PDF, ZIP, OLE) win over the name,
 * so a renamed file still imports; otherwise the extension decides, and files without a known
 * one are judged by content: HTML markup, else text, else refused.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const extension = extensionOf(fileName);
  if (isOleContainer(bytes)) refuseOleContainer(bytes, fileName);
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (isZip(bytes)) {
    if (extension === 'docx' || zipHoldsWordDocument(bytes)) return 'docx';
    throw unsupported(fileName, `is a ZIP archive, not a Word document (the workbench reads ${READABLE_FORMATS}).`);
  }
  if (startsWith(bytes, '{\\rtf')) throw unsupported(fileName, ADVICE_BY_EXTENSION.rtf);

  const byName = BY_EXTENSION[extension];
  if (byName === 'pdf' && hasPdfHeaderNearStart(bytes)) return 'pdf';
  if (byName === 'pdf' || byName === 'docx') {
    const kind = byName === 'pdf' ? 'a PDF' : 'a Word document';
    throw new WorkbenchError(
      'file-damaged',
      `"${fileName}" is damaged or incomplete: it does not contain ${kind}. Nothing was imported.`,
    );
  }
  if (byName !== undefined) return byName;
  // Word's "Save as web page" writes HTML under a .doc name, so markup wins over the advice below.
  if (looksLikeHtml(bytes)) return 'html';
  const advice = ADVICE_BY_EXTENSION[extension];
  if (advice !== undefined) throw unsupported(fileName, advice);
  try {
    decodeText(bytes.subarray(0, 8192), fileName);
  } catch {
    throw unsupported(fileName);
  }
  return 'text';
}
