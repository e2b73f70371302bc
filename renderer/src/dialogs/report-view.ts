/**
 * What a report dialog shows, as plain data: the describing functions (export, annotation import)
 * are pure and unit-tested, and ReportDialog only draws this.
 */
export type ReportTone = 'success' | 'danger' | 'neutral';

export interface ReportStat {
  readonly label: string;
  readonly value: number;
  readonly tone: ReportTone;
  /** For tests: `data-testid="report-<id>"`. */
  readonly id: string;
}

export interface ReportRow {
  /** A file, a place such as "news.ann:12", or the line itself. */
  readonly primary: string;
  readonly detail?: string;
}

export interface ReportSection {
  readonly title: string;
  readonly tone: ReportTone;
  readonly rows: readonly ReportRow[];
}

export interface ReportView {
  readonly heading: string;
  readonly stats: readonly ReportStat[];
  /** Sentences under the numbers: where it was written, why it failed. */
  readonly notes: readonly string[];
  readonly sections: readonly ReportSection[];
}
