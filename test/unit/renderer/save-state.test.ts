import { describe, expect, it } from 'vitest';
import {
  INITIAL_SAVE_TRACKING,
  saveStateLabel,
  saveStateOf,
  writeFinished,
  writeStarted,
} from '../../../renderer/src/status-bar/save-state';

const label = (tracking: typeof INITIAL_SAVE_TRACKING) => saveStateLabel(saveStateOf(tracking));

describe('save state', () => {
  it('starts saved', () => {
    expect(label(INITIAL_SAVE_TRACKING)).toBe('All changes saved');
  });

  it('shows saving while any write is in flight', () => {
    const two = writeStarted(writeStarted(INITIAL_SAVE_TRACKING));
    expect(label(two)).toBe('Saving…');
    const one = writeFinished(two, { ok: true });
    expect(label(one)).toBe('Saving…');
    expect(label(writeFinished(one, { ok: true }))).toBe('All changes saved');
  });

  it('keeps a failure until a later write succeeds', () => {
    const failed = writeFinished(writeStarted(INITIAL_SAVE_TRACKING), { ok: false, reason: 'The disk is full.' });
    expect(label(failed)).toBe('Not saved: The disk is full.');
    const retrying = writeStarted(failed);
    expect(label(retrying)).toBe('Saving…');
    expect(label(writeFinished(retrying, { ok: true }))).toBe('All changes saved');
  });

  it('never counts below zero', () => {
    expect(writeFinished(INITIAL_SAVE_TRACKING, { ok: true }).pending).toBe(0);
  });
});
