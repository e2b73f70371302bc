import type { Block, Link } from '../../../shared/model/article-content';

/** What the page (or file) says about itself; null where it says nothing. */
export interface ArticleMetadata {
  title: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
  /** ISO 8601 date or date-time as found, normalised to ISO where parseable. */
  publishedAt: string | null;
  /** BCP 47 tag such as "de" or "fa"; detected from the text when the file does not say. */
  language: string | null;
}

/** One file turned into an article: normalised text, its structure, metadata and the untouched original. */
export interface ImportedArticle {
  title: string;
  /** NFC, `\n` line endings (shared/text/normalize-text.ts). */
  text: string;
  blocks: Block[];
  links: Link[];
  metadata: ArticleMetadata;
  /** What the analyst should check in the text (bytes that were not UTF-8), for the import report. */
  notes: string[];
  original: {
    bytes: Uint8Array;
    name: string | null;
    /** MIME type of the original, e.g. "text/html". */
    type: string;
    /** The character encoding the text was decoded with; null for binary formats (docx, pdf). */
    encoding: string | null;
  };
}
