import { basename } from 'node:path';
import { WorkbenchError } from '../../shared/ipc/errors';
import {
  SUGGESTION_SOURCE_LIMITS,
  type SuggestionSourceFile,
  type SuggestionSourceKind,
} from '../../shared/model/suggestion-source';
import { readRegularFile } from '../fs/regular-file';

/**
 * Reads a gazetteer or pattern file the user picked, as text for the store to parse: UTF-8, or
 * UTF-16 with its byte order mark (what spreadsheets save as "Unicode text"). Anything else is
 * refused with a sentence rather than read as garbled names.
 */
export function readSuggestionSourceFile(path: string, kind: SuggestionSourceKind): SuggestionSourceFile {
  const fileName = basename(path).slice(0, SUGGESTION_SOURCE_LIMITS.fileNameMaxChars);
  const bytes = readRegularFile(path, fileName, (size, name) => {
    if (size > SUGGESTION_SOURCE_LIMITS.maxFileBytes) {
      throw new WorkbenchError(
        'file-too-large',
        `"${name}" is larger than ${SUGGESTION_SOURCE_LIMITS.maxFileBytes / 1_000_000} MB; split it into several files.`,
      );
    }
  });
  return { kind, fileName, text: decode(bytes, fileName) };
}

function decode(bytes: Buffer, fileName: string): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new WorkbenchError(
      'unsupported-format',
      `"${fileName}" is not UTF-8 text; save it as UTF-8 (or CSV UTF-8) and import it again.`,
    );
  }
}
