/**
 * What a report dialog shows, as plain data: the describing functions (article import, export,
 * annotation import) are pure and unit-tested, and ReportDialog only draws this.
 */
export type ReportTone = 'success' | 'danger' | 'neutral';

/** How a row went: failed, left as it was (a duplicate), done. */
export type ReportRowIcon = 'alert' | 'document' | 'check';

/** A button at the end of a row ("Open" an article); the report closes before it runs. */
export interface ReportAction {
  readonly label: string;
  readonly ariaLabel: string;
  readonly run: () => void;
}

export interface ReportStat {
  readonly label: string;
  readonly value: number;
  readonly tone: ReportTone;
  /** For tests: `data-testid="<prefix>-<id>"`, the prefix ReportDialog was made with ("report"). */
  readonly id: string;
}

export interface ReportRow {
  /** A file, a place such as "news.ann:12", the line itself, or (as `title`) an article's title. */
  readonly primary: string;
  readonly primaryKind?: 'file' | 'title';
  readonly detail?: string;
  /** Quoted after the detail: Same file as “Wire copy”. */
  readonly quote?: string;
  /** Without one, a row in a danger section gets the alert icon and any other row none. */
  readonly icon?: ReportRowIcon;
  readonly action?: ReportAction;
}

export interface ReportSection {
  readonly title: string;
  readonly tone: ReportTone;
  readonly rows: readonly ReportRow[];
  /** Rows left out of a long list: "and 12 more". */
  readonly more?: number;
}

export interface ReportView {
  readonly heading: string;
  readonly stats: readonly ReportStat[];
  /** Sentences under the numbers: where it was written, why it failed. */
  readonly notes: readonly string[];
  readonly sections: readonly ReportSection[];
  /** Buttons beside Close for what was made ("Open file"); the report stays open when one runs. */
  readonly actions?: readonly ReportAction[];
}
