import type { ImportProgress } from '../../../shared/model/library';
import { h } from '../dom/element-builder';

export interface ImportProgressCallbacks {
  cancel(jobId: string): void;
}

interface JobRow {
  element: HTMLElement;
  bar: HTMLProgressElement;
  label: HTMLElement;
  file: HTMLElement;
  cancel: HTMLButtonElement;
}

/**
 * A card above the status bar with one progress bar per running import: how many files are done,
 * the file being read, and Cancel (which stops after the current file; what was imported stays).
 * It is not modal, so the analyst keeps reading while a large folder comes in.
 *
 * A native <progress> carries role="progressbar" and exposes value and maximum; the aria-value*
 * attributes are set as well so every screen reader gets "3 of 10 files" rather than a percentage.
 */
export class ImportProgressPanel {
  readonly element: HTMLElement;
  private readonly callbacks: ImportProgressCallbacks;
  private readonly rows = new Map<string, JobRow>();

  constructor(callbacks: ImportProgressCallbacks) {
    this.callbacks = callbacks;
    this.element = h('section', {
      className: 'corner-stack import-panel',
      attrs: { 'aria-label': 'Imports', hidden: true },
    });
  }

  /** Shows or updates a job's row. */
  update(progress: ImportProgress): void {
    const row = this.rows.get(progress.jobId) ?? this.addRow(progress.jobId);
    const total = Math.max(progress.total, 0);
    const done = Math.min(Math.max(progress.done, 0), total);
    row.bar.max = Math.max(total, 1);
    row.bar.value = done;
    row.bar.setAttribute('aria-valuenow', String(done));
    row.bar.setAttribute('aria-valuemax', String(total));
    row.bar.setAttribute('aria-valuetext', `${done} of ${total} ${total === 1 ? 'file' : 'files'}`);
    // After Cancel the label keeps saying so until the job reports it has stopped.
    if (!row.cancel.disabled) row.label.textContent = `Importing ${done} of ${total} ${total === 1 ? 'file' : 'files'}`;
    if (progress.currentFile !== null) {
      row.file.textContent = progress.currentFile;
      row.file.title = progress.currentFile;
    }
  }

  /** Removes a finished job's row; the report dialog takes over from here. */
  finish(jobId: string): void {
    this.rows.get(jobId)?.element.remove();
    this.rows.delete(jobId);
    this.element.hidden = this.rows.size === 0;
  }

  has(jobId: string): boolean {
    return this.rows.has(jobId);
  }

  private addRow(jobId: string): JobRow {
    const bar = h('progress', {
      className: 'import-progress',
      attrs: { role: 'progressbar', 'aria-valuemin': 0, 'aria-label': 'Import progress' },
    });
    const label = h('p', { className: 'import-label' });
    const file = h('p', { className: 'import-file', attrs: { dir: 'auto' } });
    const cancel = h('button', { className: 'button button-small', attrs: { type: 'button' }, text: 'Cancel' });
    const element = h('div', { className: 'import-job', attrs: { 'data-job-id': jobId } }, [
      h('div', { className: 'import-job-header' }, [label, cancel]),
      bar,
      file,
    ]);
    const row: JobRow = { element, bar, label, file, cancel };
    cancel.addEventListener('click', () => {
      cancel.disabled = true;
      cancel.textContent = 'Cancelling…';
      label.textContent = 'Stopping after the current file…';
      this.callbacks.cancel(jobId);
    });
    this.rows.set(jobId, row);
    this.element.append(element);
    this.element.hidden = false;
    return row;
  }
}
