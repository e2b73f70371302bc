/*
 * What the browser host and its page half say to each other besides the contract's calls and
 * events: header and route names.
 * No Node and no DOM here, as both halves import it.
 */

/** The launch token; a page elsewhere cannot add this header without a preflight, which the host refuses. */
export const TOKEN_HEADER = 'x-workbench-token';
/** The page (browser tab) a call or event stream comes from, so pickers and downloads reach the right one. */
export const PAGE_HEADER = 'x-workbench-page';

export const CALL_PATH = '/__host/call/';
export const EVENTS_PATH = '/__host/events';
