/*
 * What the browser host and its page half say to each other besides the contract's calls and
 * events: header and route names, and the two requests the host sends to a page as events.
 * No Node and no DOM here, as both halves import it.
 */

/** The launch token; a page elsewhere cannot add this header without a preflight, which the host refuses. */
export const TOKEN_HEADER = 'x-workbench-token';
/** The page (browser tab) a call over HTTP comes from, so pickers and downloads reach the right one. */
export const PAGE_HEADER = 'x-workbench-page';

/** Calls over plain HTTP: what a page uses while its socket is not open, and tools. */
export const CALL_PATH = '/__host/call/';
/** The content type of a call's answer that is bytes (a successful binary envelope's value), not JSON. */
export const BINARY_ANSWER_TYPE = 'application/octet-stream';

/**
 * The page's WebSocket: its calls, their answers and the host's events, in order on one connection.
 * A request over HTTP costs ~6 ms in Chromium here even to answer nothing; a message on an open
 * socket under 1 ms, and labelling a word is one such message.
 */
export const SOCKET_PATH = '/__host/socket';
/**
 * Reads whose answer can be megabytes go over HTTP even while the socket is open: the network
 * service buffers a response whatever the page is doing, while Chromium passes a socket message on
 * only as fast as the page's main thread takes it. With the 1 MB article's text and annotation
 * columns on the socket, its open took ~130 ms longer (median of 10).
 */
export const BULK_READS: ReadonlySet<string> = new Set([
  'article.get',
  'annotation.columns',
  'annotation.list',
  'layers.annotations',
  'entity.mentions',
  'curation.disagreements',
]);
/** The subprotocol the host speaks, and answers with. */
export const SOCKET_PROTOCOL = 'workbench-v1';
/**
 * A browser's WebSocket cannot send headers, so the token and the page id are offered as two more
 * subprotocols (base64url and UUID characters are allowed there); the host checks them before it
 * accepts the connection and never echoes them.
 */
export const TOKEN_PROTOCOL_PREFIX = 'token.';
export const PAGE_PROTOCOL_PREFIX = 'page.';

/** Asks the page that made a call to show a file picker; it answers through PICK_PATH. */
export const PICK_EVENT = 'host.pick';
/** `${PICK_PATH}${pickId}/file` for each chosen file, then `${PICK_PATH}${pickId}/answer`. */
export const PICK_PATH = '/__host/pick/';
/** The file's path in the pick, URI-encoded (a folder pick keeps the chosen folder's name and subfolders). */
export const PICKED_PATH_HEADER = 'x-workbench-file-path';
/** Sent instead of the bytes for a file over the pick's size limit: its size. */
export const PICKED_SIZE_HEADER = 'x-workbench-file-size';

/** `<input type=file multiple>`, the same with `webkitdirectory`, or one project file. */
export type PickKind = 'files' | 'folder' | 'project';

export interface PickRequest {
  readonly pickId: string;
  readonly kind: PickKind;
  /** Larger files are announced by their size, never sent. */
  readonly maxBytes: number | null;
}

export type PickOutcome = 'picked' | 'cancelled' | 'not-allowed' | 'failed';

/** Tells the page to download a file: it follows `url`, which works once. */
export const DOWNLOAD_EVENT = 'host.download';
export const DOWNLOAD_PATH = '/__host/download/';

export interface DownloadRequest {
  readonly url: string;
  readonly name: string;
}
