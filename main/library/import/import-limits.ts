import { WorkbenchError } from '../../../shared/ipc/errors';

const MiB = 1024 * 1024;

/**
 * Every bound the importer enforces, in one place. Imported files are often hostile, so each
 * limit exists to keep a crafted file from exhausting memory, time or the stack; the values
 * are far above what a real news article needs.
 */
export const IMPORT_LIMITS = {
  /** 100 MiB per file: the largest PDF of a long report, far beyond any article. */
  maxFileBytes: 100 * MiB,
  /** 32 Mi UTF-16 code units of extracted text (about 64 MB in memory), twice the paste limit. */
  maxTextUnits: 32 * MiB,
  /** Element nesting kept in HTML; deeper elements are flattened into their ancestor at this depth. */
  maxHtmlDepth: 1_000,
  /**
   * Readability's work grows with the square of the nesting depth (1,000 levels take it over ten
   * seconds); real pages nest 20 to 60 levels deep, so deeper ones are read without it.
   */
  maxReadabilityDepth: 250,
  /** Word documents are ZIP archives; these bound what unpacking one may cost. */
  maxZipEntries: 10_000,
  /** Total bytes all entries of an archive may inflate to, measured while inflating. */
  maxZipInflatedBytes: 200 * MiB,
  /** Inflated ÷ compressed size per entry; real documents stay well under 50:1, zip bombs reach 1000:1. */
  maxZipCompressionRatio: 200,
  /** The ratio is judged only once an entry has inflated this much, so tiny parts never trip it. */
  zipRatioGraceBytes: 1 * MiB,
  maxPdfPages: 2_000,
} as const;

const sizeFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/**
 * "12.3 MB" style sizes for messages, in binary units like the limits themselves. Sizes of
 * refused files round up, so one just over the limit never reads as equal to it.
 */
export function formatBytes(bytes: number, rounding: 'nearest' | 'up' = 'nearest'): string {
  const round = (value: number) => (rounding === 'up' ? Math.ceil(value * 10) / 10 : value);
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MiB) return `${sizeFormat.format(round(bytes / 1024))} KB`;
  return `${sizeFormat.format(round(bytes / MiB))} MB`;
}

/** Refuses a file by its size alone, so callers that stat a file first never read one that is too large. */
export function checkFileSize(size: number, fileName: string): void {
  if (size > IMPORT_LIMITS.maxFileBytes) {
    throw new WorkbenchError(
      'file-too-large',
      `"${fileName}" is ${formatBytes(size, 'up')}; the workbench imports files of up to ${formatBytes(IMPORT_LIMITS.maxFileBytes)}.`,
    );
  }
}

/** The error for a file whose text, once extracted, would not fit in one article. */
export function textTooLongError(fileName: string): WorkbenchError {
  const limit = new Intl.NumberFormat('en').format(IMPORT_LIMITS.maxTextUnits);
  return new WorkbenchError(
    'file-too-large',
    `"${fileName}" contains more text than one article can hold (over ${limit} characters). Split it into smaller files.`,
  );
}
