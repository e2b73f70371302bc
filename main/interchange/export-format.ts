import type { ChunkedContent } from '../fs/write-chunks';
import type { ExportSet } from './export-set';

/** The unit a format counts offsets in, stated in its export and in the user guide. */
export type OffsetUnit = 'utf16-code-units' | 'code-points' | 'tokens' | 'none';

/**
 * What one file of an export holds: text (written as UTF-8), bytes, or a sequence of such chunks
 * that the writer streams to disk one after the other. A large project's export can be longer than
 * V8 allows one string to be (about 2^29 characters), so formats that grow with the project yield
 * chunks (usually from a generator) instead of building their output as one string. A generator is
 * consumed once, by the writer; it may report progress and throw (to cancel) while it runs.
 */
export type ExportContent = ChunkedContent;

/** One file of an export, at a relative, forward-slashed path inside the chosen folder. */
export interface ExportFile {
  readonly path: string;
  readonly content: ExportContent;
}

/**
 * What a format produced: one file (written to the path the user chose) or several (written into
 * the folder the user chose, one after the other: a format with a file per article yields each as
 * it reads the article, so the list may be a generator, consumed once by the writer). `dropped` lists, in words, what the format could not carry (CoNLL
 * overlaps, orphaned annotations without a position), so the user sees it in the export report.
 * A format whose content is a generator fills `dropped` while it runs: read it once the content
 * has been written.
 */
export type ExportOutput =
  | { readonly kind: 'file'; readonly content: ExportContent; readonly dropped: readonly string[] }
  | { readonly kind: 'folder'; readonly files: Iterable<ExportFile>; readonly dropped: readonly string[] };

/** Lets a long export report progress and stop between articles when the user cancels. */
export interface ExportProgress {
  /** Called after each article; throws WorkbenchError('cancelled') once the user has cancelled. */
  articleDone(done: number, total: number): void;
}

export interface ExportFormat {
  readonly id: string;
  /** As shown in menus and the command palette. */
  readonly name: string;
  readonly offsetUnit: OffsetUnit;
  /** For a single-file format, the extension (without dot) the save dialog proposes. */
  readonly extension: string | null;
  export(set: ExportSet, progress: ExportProgress): ExportOutput;
}
