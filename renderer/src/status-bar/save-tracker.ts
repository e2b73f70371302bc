import { userMessageOf } from '../errors/user-message';
import { INITIAL_SAVE_TRACKING, saveStateOf, writeFinished, writeStarted, type SaveTracking } from './save-state';
import type { StatusBarView } from './status-bar-view';

/** Runs writes with the status bar's save state: "Saving…", then "All changes saved" or why not. */
export class SaveTracker {
  private readonly status: Pick<StatusBarView, 'setSaveState'>;
  private tracking: SaveTracking = INITIAL_SAVE_TRACKING;

  constructor(status: Pick<StatusBarView, 'setSaveState'>) {
    this.status = status;
    status.setSaveState(saveStateOf(this.tracking));
  }

  /** Runs a write; rejects with its failure after the status bar says so. */
  async track<T>(write: () => Promise<T>): Promise<T> {
    this.update(writeStarted(this.tracking));
    try {
      const result = await write();
      this.update(writeFinished(this.tracking, { ok: true }));
      return result;
    } catch (error) {
      this.update(writeFinished(this.tracking, { ok: false, reason: userMessageOf(error) }));
      throw error;
    }
  }

  private update(tracking: SaveTracking): void {
    this.tracking = tracking;
    this.status.setSaveState(saveStateOf(tracking));
  }
}
