import { WorkbenchError } from '../../../shared/ipc/errors';
import type { ImportProblem } from '../../../shared/model/interchange';
import { decodeText } from '../../library/import/decode-text';
import type { AnnotationSource } from '../import/annotation-sources';

/** Files that are text: a colleague's tool may have saved them in a legacy encoding. */
const TEXT_FILE = /\.(txt|ann|json|jsonl|jsonld)$/i;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The sources with each text file that is not UTF-8 decoded as the article import decodes files
 * (decode-text.ts: detection among the legacy encodings) and handed on as UTF-8, so a colleague's
 * copy saved as windows-1252 still matches the article by its text; each is named in `warnings`.
 */
export function asUtf8Sources(
  sources: readonly AnnotationSource[],
  warnings: string[],
  problems: ImportProblem[],
): AnnotationSource[] {
  return sources.flatMap((source) => {
    if (!TEXT_FILE.test(source.name) || isUtf8(source.bytes)) return [source];
    try {
      const decoded = decodeText(source.bytes, source.name);
      warnings.push(`“${source.name}” is not UTF-8; it was read as ${decoded.encoding}.`);
      return [{ name: source.name, bytes: new TextEncoder().encode(decoded.text) }];
    } catch (error) {
      if (!(error instanceof WorkbenchError)) throw error;
      problems.push({ place: source.name, message: error.message });
      return [];
    }
  });
}
