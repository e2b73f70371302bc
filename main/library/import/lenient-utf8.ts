/** Bytes 0x80–0xFF as windows-1252 reads them, for bytes that are not part of valid UTF-8. */
const WINDOWS_1252_HIGH = [
  ...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i)),
];

export interface LenientUtf8 {
  text: string;
  /** Characters of two to four bytes that were valid UTF-8. */
  multibyteCharacters: number;
  /** Bytes that were not part of valid UTF-8, each read on its own as windows-1252. */
  invalidBytes: number;
  /** Where the first invalid byte is, as a line of the text (1-based); 0 when there is none. */
  firstInvalidLine: number;
}

const isContinuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** The length of the valid UTF-8 sequence starting at `i` (by the WHATWG decoder's rules), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  const second = bytes[i + 1];
  let length: number;
  let secondOk: boolean;
  if (lead >= 0xc2 && lead <= 0xdf) [length, secondOk] = [2, isContinuation(second)];
  else if (lead === 0xe0) [length, secondOk] = [3, second !== undefined && second >= 0xa0 && second <= 0xbf];
  else if (lead === 0xed) [length, secondOk] = [3, second !== undefined && second >= 0x80 && second <= 0x9f];
  else if (lead >= 0xe1 && lead <= 0xef) [length, secondOk] = [3, isContinuation(second)];
  else if (lead === 0xf0) [length, secondOk] = [4, second !== undefined && second >= 0x90 && second <= 0xbf];
  else if (lead === 0xf4) [length, secondOk] = [4, second !== undefined && second >= 0x80 && second <= 0x8f];
  else if (lead >= 0xf1 && lead <= 0xf3) [length, secondOk] = [4, isContinuation(second)];
  else return 0;
  if (!secondOk) return 0;
  for (let k = 2; k < length; k++) if (!isContinuation(bytes[i + k])) return 0;
  return length;
}

const countLines = (text: string) => 1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0);

/**
 * Decodes UTF-8 in which some bytes are not valid UTF-8 (a file mostly UTF-8, with a few bytes
 * pasted in from a windows-1252 source): every valid sequence is read as UTF-8 and every other byte
 * on its own as windows-1252, the legacy encoding such strays almost always come from. Replacing
 * the whole file's decoding because of them would turn every "ü" into "Ã¼".
 */
export function decodeLenientUtf8(bytes: Uint8Array): LenientUtf8 {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  let multibyteCharacters = 0;
  let invalidBytes = 0;
  let firstInvalidLine = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multibyteCharacters++;
      i += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(runStart, i)), WINDOWS_1252_HIGH[byte - 0x80] as string);
    if (invalidBytes === 0) firstInvalidLine = countLines(parts.join(''));
    invalidBytes++;
    i++;
    runStart = i;
  }
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), multibyteCharacters, invalidBytes, firstInvalidLine };
}
