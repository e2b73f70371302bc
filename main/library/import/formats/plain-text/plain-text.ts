import { WorkbenchError } from '../../../../../shared/ipc/errors';
import { normalizeArticleText } from '../../../../../shared/text/normalize-text';
import { plainTextBlocks } from '../../../../../shared/text/plain-text-blocks';
import { decodeText, type SupportedEncoding } from '../../decode-text';
import type { ExtractedContent } from '../../extracted-content';
import { IMPORT_LIMITS, textTooLongError } from '../../import-limits';
import { firstLine, looksLikeTitle } from '../../title-line';

/** A text file: every non-empty line is a paragraph, and a headline-like first line is the title. */
export function readPlainText(bytes: Uint8Array, fileName: string, encoding?: SupportedEncoding): ExtractedContent {
  const decoded = decodeText(bytes, fileName, { encoding });
  if (decoded.text.length > IMPORT_LIMITS.maxTextUnits) throw textTooLongError(fileName);
  const text = normalizeArticleText(decoded.text).trim();
  if (text === '') throw new WorkbenchError('invalid-argument', `"${fileName}" contains no text.`);
  const first = firstLine(text);
  return {
    text,
    blocks: plainTextBlocks(text),
    links: [],
    metadata: {},
    ...(looksLikeTitle(first) ? { titleCandidate: first } : {}),
    type: 'text/plain',
    encoding: decoded.encoding,
    notes: decoded.notes,
  };
}
