import { WorkbenchError } from '../../../shared/ipc/errors';
import type { FileToImport } from '../../import-formats/file-to-import';
import { oleContents, isOleContainer } from './ole-container';

/*
 * Files no article format reads, refused with what to do instead. Which format reads a file is the
 * formats' own business (import-formats/article-formats.ts); these are the kinds analysts often
 * have that none reads.
 */

const READABLE_FORMATS = 'plain text (.txt), Markdown (.md), web pages (.html), Word (.docx) and PDF files';

// Formats analysts often have that the workbench does not read, with what to do instead.
const ADVICE_BY_EXTENSION: Readonly<Record<string, string>> = {
  doc: 'is an old Word 97–2003 document. Open it in Word or LibreOffice, save it as .docx and import that.',
  rtf: 'is a Rich Text document. Open it in Word or LibreOffice, save it as .docx and import that.',
  mht: 'is a web archive (MHTML). Open it in a browser, save it as "Web page, HTML only" and import that.',
  mhtml: 'is a web archive (MHTML). Open it in a browser, save it as "Web page, HTML only" and import that.',
  odt: 'is an OpenDocument text. Save it as .docx in LibreOffice and import that.',
};

export function isZip(file: FileToImport): boolean {
  return file.startsWith('PK\x03\x04') || file.startsWith('PK\x05\x06');
}

export function unsupportedFormat(fileName: string, detail?: string): WorkbenchError {
  return new WorkbenchError(
    'unsupported-format',
    detail !== undefined
      ? `"${fileName}" ${detail}`
      : `"${fileName}" is not a format the workbench can import (it reads ${READABLE_FORMATS}).`,
  );
}

/** A file named as a PDF or Word document that does not hold one. */
export function damagedFileError(fileName: string, holds: 'a PDF' | 'a Word document'): WorkbenchError {
  return new WorkbenchError(
    'file-damaged',
    `"${fileName}" is damaged or incomplete: it does not contain ${holds}. Nothing was imported.`,
  );
}

/**
 * Refuses containers recognised by their first bytes before any format is asked: Office 97–2003
 * files and password-protected Office files (one container; its streams say which) and RTF.
 */
export function refuseUnreadableContainer(file: FileToImport): void {
  if (file.startsWith('{\\rtf')) throw unsupportedFormat(file.name, ADVICE_BY_EXTENSION.rtf);
  if (!isOleContainer(file.bytes)) return;
  switch (oleContents(file.bytes)) {
    case 'encrypted-package':
      throw new WorkbenchError(
        'file-encrypted',
        `"${file.name}" is password-protected. Remove the password in Word (File › Info › Protect Document) and import it again.`,
      );
    case 'word-97':
      throw unsupportedFormat(file.name, ADVICE_BY_EXTENSION.doc);
    case 'other':
      throw unsupportedFormat(
        file.name,
        `is an Office 97–2003 file, which the workbench cannot read (it reads ${READABLE_FORMATS}).`,
      );
  }
}

/** A ZIP archive that no format claimed by its content is refused whatever its name. */
export function refuseUnclaimedArchive(file: FileToImport): void {
  if (isZip(file)) {
    throw unsupportedFormat(
      file.name,
      `is a ZIP archive, not a Word document (the workbench reads ${READABLE_FORMATS}).`,
    );
  }
}

/** A name of a kind the workbench does not read, when no format recognised the content either. */
export function refuseByExtension(file: FileToImport): void {
  const advice = ADVICE_BY_EXTENSION[file.extension];
  if (advice !== undefined) throw unsupportedFormat(file.name, advice);
}
