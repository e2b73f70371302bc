import type { Block, Link } from '../../../shared/model/article-content';
import type { ArticleMetadata } from './imported-article';

/** What one format reader hands back: text and structure, plus whatever the file says about itself. */
export interface ExtractedContent {
  /** Normalised (NFC, `\n`) text; blocks and links index it in UTF-16 code units. */
  text: string;
  blocks: Block[];
  links: Link[];
  /** Only what the file itself states; import-file.ts fills the gaps (title, language). */
  metadata: Partial<ArticleMetadata>;
  /** A title the format suggests when its metadata names none, such as the first line of a text file. */
  titleCandidate?: string;
  /** MIME type of the original file. */
  type: string;
  /** Character encoding the text was decoded with; null for binary formats. */
  encoding: string | null;
  /** What the analyst should check in the text (bytes that were not UTF-8), for the import report. */
  notes?: string[];
}
