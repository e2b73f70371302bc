import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { importFile } from '../../../main/library/import/import-file';
import { checkFileSize, IMPORT_LIMITS } from '../../../main/library/import/import-limits';
import type { SupportedEncoding } from '../../../main/library/import/decode-text';

async function failure(bytes: Uint8Array, name: string, encoding?: SupportedEncoding): Promise<WorkbenchError> {
  const error: unknown = await importFile(bytes, name, encoding === undefined ? {} : { encoding }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WorkbenchError);
  return error as WorkbenchError;
}

describe('files the workbench refuses, with a message naming the file', () => {
  it('an empty file', async () => {
    const error = await failure(new Uint8Array(0), 'leer.txt');
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('"leer.txt" is empty.');
  });

  it('a file of only blank lines', async () => {
    const error = await failure(new TextEncoder().encode('\n \n\t\n'), 'blank.md');
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('"blank.md" contains no text');
  });

  it('binary junk named .txt', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const error = await failure(junk, 'junk.txt');
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('"junk.txt" looks like binary data');
  });

  it('text with NUL bytes in it', async () => {
    const bytes = new TextEncoder().encode('Ein Satz\0mit\0Nullbytes, wie in einer beschädigten Datei.');
    const error = await failure(bytes, 'nul.txt');
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('"nul.txt"');
  });

  it('a file over the size limit, naming its size and the limit', async () => {
    const error = await failure(new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1), 'riesig.txt');
    expect(error.code).toBe('file-too-large');
    expect(error.message).toBe('"riesig.txt" is 100.1 MB; the workbench imports files of up to 100 MB.');
  });

  it('a 100 MB text file of one single line (more text than an article holds)', async () => {
    const error = await failure(new Uint8Array(100_000_000).fill(0x61), 'eine-zeile.txt');
    expect(error.code).toBe('file-too-large');
    expect(error.message).toContain('"eine-zeile.txt" contains more text than one article can hold');
  });

  it('an image', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(64).fill(0)]);
    const error = await failure(png, 'foto.png');
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toBe(
      '"foto.png" is not a format the workbench can import (it reads plain text (.txt), Markdown (.md), web pages (.html), Word (.docx) and PDF files).',
    );
  });

  it('an RTF document, with advice', async () => {
    const error = await failure(new TextEncoder().encode('{\\rtf1\\ansi Hallo}'), 'brief.rtf');
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('"brief.rtf" is a Rich Text document');
  });

  it('an encoding the workbench does not know', async () => {
    const error = await failure(new TextEncoder().encode('Text'), 'a.txt', 'ebcdic' as SupportedEncoding);
    expect(error.code).toBe('invalid-argument');
  });
});

describe('checkFileSize (for callers that stat a file before reading it)', () => {
  it('accepts a file at the limit and refuses one byte more', () => {
    expect(() => checkFileSize(IMPORT_LIMITS.maxFileBytes, 'ok.pdf')).not.toThrow();
    expect(() => checkFileSize(IMPORT_LIMITS.maxFileBytes + 1, 'big.pdf')).toThrow(/"big\.pdf" is 100\.1 MB/);
  });
});
