import { describe, expect, it } from 'vitest';
import { sniffArticleFormat } from '../../../main/import-formats/article-formats';
import { FileToImport } from '../../../main/import-formats/file-to-import';
import { buildDocx } from './fixtures/docx-builder';
import { buildPdf } from './fixtures/pdf-builder';

const utf8 = (text: string) => new TextEncoder().encode(text);
const sniffFormat = (bytes: Uint8Array, name: string) => sniffArticleFormat(new FileToImport(name, bytes)).id;

describe('sniffArticleFormat (which reader a file goes to)', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.TEXT', 'text'],
    ['a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.xhtml', 'html'],
  ])('goes by the extension of %s', (name, format) => {
    expect(sniffFormat(utf8('Inhalt'), name)).toBe(format);
  });

  it('recognises a PDF or Word document by its content whatever its name', () => {
    expect(sniffFormat(buildPdf([{ text: 'x' }]), 'download.txt')).toBe('pdf');
    expect(sniffFormat(buildDocx([{ runs: [{ text: 'x' }] }]), 'anhang')).toBe('docx');
  });

  it('imports Word\'s "web page" .doc files as the HTML they are', () => {
    expect(sniffFormat(utf8('<html><body><p>Hallo</p></body></html>'), 'alt.doc')).toBe('html');
  });

  it('judges files without a known extension by content', () => {
    expect(sniffFormat(utf8('<!DOCTYPE html>\n<html lang="de"><p>x</p></html>'), 'seite')).toBe('html');
    expect(sniffFormat(utf8('Nur Text.'), 'notiz.log')).toBe('text');
  });
});
