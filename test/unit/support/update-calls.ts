import { CALL_NAMES } from '../../../shared/ipc/call-names';

/** Calls of the IPC contract that change part of something stored: what they leave out must stay as it is. */
export const UPDATE_CALLS = CALL_NAMES.filter((name) => /\.update/.test(name));
export type UpdateCall = (typeof UPDATE_CALLS)[number];
