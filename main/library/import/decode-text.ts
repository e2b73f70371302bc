import chardet from 'chardet';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { TextEncoding } from '../../../shared/model/library';
import { decodeLenientUtf8, type LenientUtf8 } from './lenient-utf8';

/** Every encoding the importer decodes is one an analyst can also choose when re-decoding. */
export const SUPPORTED_ENCODINGS = TextEncoding.options;
export type SupportedEncoding = TextEncoding;

export interface DecodedText {
  text: string;
  encoding: SupportedEncoding;
  /** What the analyst should check in the text, for the import report (bytes that were not UTF-8). */
  notes: string[];
}

// chardet's names for the encodings we accept; anything else falls back to windows-1252, the
// most common legacy encoding of Western news sites and a superset of ISO-8859-1's printable range.
const DETECTED_NAMES: Readonly<Record<string, SupportedEncoding>> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-15': 'iso-8859-15',
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'windows-1250': 'windows-1250',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'iso-8859-5',
  'windows-1253': 'windows-1253',
  'ISO-8859-7': 'iso-8859-7',
  'windows-1254': 'windows-1254',
  // ISO-8859-9 is windows-1254 without the C1 punctuation; the WHATWG decoder treats them as one.
  'ISO-8859-9': 'windows-1254',
  'windows-1255': 'windows-1255',
  'ISO-8859-8': 'iso-8859-8',
  'windows-1256': 'windows-1256',
  'ISO-8859-6': 'iso-8859-6',
  'windows-1257': 'windows-1257',
  'windows-1258': 'windows-1258',
  'windows-874': 'windows-874',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-2022-JP': 'iso-2022-jp',
};

function bomEncoding(bytes: Uint8Array): { encoding: SupportedEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Decodes with one named encoding, so this never throws: invalid sequences become U+FFFD, except
 * in UTF-8, where each invalid byte is read as windows-1252 (lenient-utf8.ts), as detection does.
 */
export function decodeAs(bytes: Uint8Array, encoding: SupportedEncoding): string {
  return decodedAs(bytes, encoding).text;
}

function decodedAs(bytes: Uint8Array, encoding: SupportedEncoding): DecodedText {
  const bom = bomEncoding(bytes);
  const body = bom?.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  if (encoding === 'utf-8') return utf8Decoded(decodeLenientUtf8(body));
  return { text: new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body), encoding, notes: [] };
}

function utf8Decoded(lenient: LenientUtf8): DecodedText {
  return { text: lenient.text, encoding: 'utf-8', notes: lenient.invalidBytes > 0 ? [strayBytesNote(lenient)] : [] };
}

function strayBytesNote({ invalidBytes, firstInvalidLine }: LenientUtf8): string {
  const bytes = invalidBytes === 1 ? '1 byte is' : `${invalidBytes} bytes are`;
  return `${bytes} not valid UTF-8 (the first on line ${firstInvalidLine}); each was read as a windows-1252 character, the rest of the file as UTF-8. Check the text there.`;
}

/** The text if the bytes are valid UTF-8 (without BOM), else undefined; one pass either way. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Control characters other than tab, line feed, form feed and carriage return mark binary content. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) control++;
  }
  return control / sample.length > 0.02;
}

/**
 * UTF-16 saved without a byte-order mark (some Windows tools do this): text in Latin, Cyrillic or
 * Greek script then has a zero byte in every other position, which no 8-bit text has.
 */
function utf16WithoutBom(bytes: Uint8Array): SupportedEncoding | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 16) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample.length / 2;
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.02) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * The encoding an HTML `<meta charset>` label names, if the workbench supports it. Labels go
 * through the WHATWG table TextDecoder uses, so aliases such as "latin1" or "gb2312" resolve as
 * browsers resolve them.
 */
export function encodingForLabel(label: string): SupportedEncoding | undefined {
  let canonical: string;
  try {
    canonical = new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
  // GBK is a subset of GB18030, and decoding with the superset loses nothing.
  if (canonical === 'gbk') return 'gb18030';
  return SUPPORTED_ENCODINGS.find((encoding) => encoding === canonical);
}

export interface DecodeOptions {
  /** The analyst's explicit choice; used as it is. */
  encoding?: SupportedEncoding;
  /** What the file declares about itself (an HTML meta charset); used when the bytes are not valid UTF-8. */
  declared?: SupportedEncoding;
}

function detectEncoding(bytes: Uint8Array, declared: SupportedEncoding | undefined): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return decodedAs(bytes, bom.encoding);
  // ISO-2022-JP is 7-bit, so its bytes are also valid UTF-8; only the declaration tells them apart.
  if (declared === 'iso-2022-jp') return decodedAs(bytes, declared);
  const utf16 = declared === undefined ? utf16WithoutBom(bytes) : undefined;
  if (utf16 !== undefined) return decodedAs(bytes, utf16);
  // Valid UTF-8 beats a declared legacy encoding: pages re-saved as UTF-8 often keep their old
  // meta charset, while legacy text with non-ASCII letters is almost never valid UTF-8 by chance.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', notes: [] };
  // So is text mostly UTF-8 with a few stray bytes (a quote pasted from a legacy source): in legacy
  // text, valid multi-byte UTF-8 characters are rare accidents, far fewer than the invalid bytes.
  const lenient = decodeLenientUtf8(bytes);
  if (lenient.multibyteCharacters > lenient.invalidBytes) return utf8Decoded(lenient);
  if (declared !== undefined && declared !== 'utf-8') return decodedAs(bytes, declared);
  const guess = chardet.detect(bytes.subarray(0, 256 * 1024));
  return decodedAs(bytes, (guess !== null ? DETECTED_NAMES[guess] : undefined) ?? 'windows-1252');
}

/**
 * Finds the encoding of a text file and decodes it: the analyst's choice wins, then a byte-order
 * mark, then valid UTF-8 (what nearly all modern files are), then mostly-valid UTF-8, then what
 * the file declares, then statistical detection among the legacy encodings analysts meet. Never
 * fails on invalid bytes; refuses only content that is plainly binary.
 */
export function decodeText(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): DecodedText {
  const decoded =
    options.encoding !== undefined ? decodedAs(bytes, options.encoding) : detectEncoding(bytes, options.declared);
  if (looksBinary(decoded.text)) {
    throw new WorkbenchError(
      'invalid-argument',
      `"${fileName}" looks like binary data, not text (it contains control characters). Nothing was imported.`,
    );
  }
  return decoded;
}
