import { h } from './element-builder';
import { counted } from '../text/plural';

/** What a long-running job in main (an import, an export) has done so far. */
export interface JobProgress {
  jobId: string;
  done: number;
  total: number;
  /** A second line: the file being read, the format being written; null keeps the last one. */
  detail: string | null;
}

/** How one kind of job is described and stopped. */
export interface JobKind {
  /** "Importing", "Exporting". */
  readonly doing: string;
  /** What is counted, singular and plural: ['file', 'files']. */
  readonly unit: readonly [string, string];
  /** The progress bar's accessible name. */
  readonly barLabel: string;
  /** Shown after Cancel until the job reports that it has stopped. */
  readonly stopping: string;
  cancel(jobId: string): void;
}

interface JobRow {
  element: HTMLElement;
  bar: HTMLProgressElement;
  label: HTMLElement;
  detail: HTMLElement;
  cancel: HTMLButtonElement;
}

/**
 * A card above the status bar with one progress bar per running job, whatever its kind: how much
 * is done, a detail line, and Cancel. Imports and exports share it, so their cards stack instead
 * of covering each other.
 */
export class JobProgressPanel {
  readonly element: HTMLElement;
  private readonly rows = new Map<string, JobRow>();

  constructor() {
    this.element = h('section', {
      className: 'corner-stack job-panel',
      attrs: { 'aria-label': 'Running imports and exports', hidden: true },
    });
  }

  /** Shows or updates a job's row. */
  update(progress: JobProgress, kind: JobKind): void {
    const row = this.rows.get(progress.jobId) ?? this.addRow(progress.jobId, kind);
    const total = Math.max(progress.total, 0);
    const done = Math.min(Math.max(progress.done, 0), total);
    const amount = `${done} of ${counted(total, ...kind.unit)}`;
    row.bar.max = Math.max(total, 1);
    row.bar.value = done;
    row.bar.setAttribute('aria-valuenow', String(done));
    row.bar.setAttribute('aria-valuemax', String(total));
    row.bar.setAttribute('aria-valuetext', amount);
    // After Cancel the label keeps saying so until the job reports it has stopped.
    if (!row.cancel.disabled) row.label.textContent = `${kind.doing} ${amount}`;
    if (progress.detail !== null) {
      row.detail.textContent = progress.detail;
      row.detail.title = progress.detail;
    }
  }

  /** Removes a finished job's row; its report takes over from here. */
  finish(jobId: string): void {
    this.rows.get(jobId)?.element.remove();
    this.rows.delete(jobId);
    this.element.hidden = this.rows.size === 0;
  }

  has(jobId: string): boolean {
    return this.rows.has(jobId);
  }

  private addRow(jobId: string, kind: JobKind): JobRow {
    const bar = h('progress', {
      className: 'job-progress',
      attrs: { role: 'progressbar', 'aria-valuemin': 0, 'aria-label': kind.barLabel },
    });
    const label = h('p', { className: 'job-label' });
    const detail = h('p', { className: 'job-detail', attrs: { dir: 'auto' } });
    const cancel = h('button', { className: 'button button-small', attrs: { type: 'button' }, text: 'Cancel' });
    const element = h('div', { className: 'job', attrs: { 'data-job-id': jobId } }, [
      h('div', { className: 'job-header' }, [label, cancel]),
      bar,
      detail,
    ]);
    const row: JobRow = { element, bar, label, detail, cancel };
    cancel.addEventListener('click', () => {
      cancel.disabled = true;
      cancel.textContent = 'Cancelling…';
      label.textContent = kind.stopping;
      kind.cancel(jobId);
    });
    this.rows.set(jobId, row);
    this.element.append(element);
    this.element.hidden = false;
    return row;
  }
}
