/**
 * What the status bar says about saving. Every write goes straight to the project file in main,
 * so "saving" means "a write request is in flight" and "not saved" means the last write failed.
 * Kept as a pure reducer so the wording and the transitions are unit-tested without a DOM.
 */
export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; reason: string };

export interface SaveTracking {
  /** Writes started but not finished; several can overlap (a paste while "Save as…" runs). */
  readonly pending: number;
  /** The reason the latest finished write failed, until a later write succeeds. */
  readonly failure: string | null;
}

export const INITIAL_SAVE_TRACKING: SaveTracking = { pending: 0, failure: null };

export function writeStarted(tracking: SaveTracking): SaveTracking {
  return { ...tracking, pending: tracking.pending + 1 };
}

export type WriteOutcome = { ok: true } | { ok: false; reason: string };

export function writeFinished(tracking: SaveTracking, outcome: WriteOutcome): SaveTracking {
  return {
    pending: Math.max(0, tracking.pending - 1),
    failure: outcome.ok ? null : outcome.reason,
  };
}

export function saveStateOf(tracking: SaveTracking): SaveState {
  if (tracking.pending > 0) return { kind: 'saving' };
  if (tracking.failure !== null) return { kind: 'failed', reason: tracking.failure };
  return { kind: 'saved' };
}

export function saveStateLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'All changes saved';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${state.reason}`;
  }
}
