/** Runs a write with the status bar's save state; null when it failed (already reported). */
export type SavingWrite = <T>(action: () => Promise<T>) => Promise<T | null>;

/**
 * An import whose files main asks for in a file dialog, run at most once at a time: a second dialog
 * on top of the first would import the same files twice.
 */
export class DialogImport<Report> {
  private running = false;

  constructor(private readonly write: SavingWrite) {}

  /**
   * Asks main to import and hands the report to `done` while still counted as running; nothing
   * happens when the dialog was cancelled, the write failed, or an import is already running.
   */
  async run(ask: () => Promise<Report | null>, done: (report: Report) => Promise<void> | void): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      // Wrapped, so that a failed write (null) is told apart from a cancelled file dialog.
      const outcome = await this.write(async (): Promise<{ report: Report | null }> => ({ report: await ask() }));
      const report = outcome?.report ?? null;
      if (report !== null) await done(report);
    } finally {
      this.running = false;
    }
  }
}
