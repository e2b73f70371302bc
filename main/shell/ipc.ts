import { ipcMain, type BrowserWindow } from 'electron';
import { CALL_NAMES, IPC_CALL_PREFIX, IPC_EVENT_PREFIX, type EventName } from '../../shared/ipc/call-names';
import { encodeEnvelope, type MainEventPayload } from '../ipc/encoded-json';
import type { EncodedDispatch, ErrorLog } from '../ipc/dispatcher';
import { checkIpcSender } from '../security/ipc-sender-policy';

const FORBIDDEN = encodeEnvelope({
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the workbench window.' },
});

/**
 * One ipcMain handler per contract call. Only the workbench window's main frame, on the app origin,
 * reaches the dispatcher; everything else gets `forbidden` and a line in the log.
 */
export function registerIpcHandlers(
  dispatch: EncodedDispatch,
  mainWindow: () => BrowserWindow | null,
  log: ErrorLog,
): void {
  for (const call of CALL_NAMES) {
    ipcMain.handle(IPC_CALL_PREFIX + call, async (event, arg: unknown) => {
      const window = mainWindow();
      const windowMainFrame = window === null || window.isDestroyed() ? null : window.webContents.mainFrame;
      const verdict = checkIpcSender(event.senderFrame, windowMainFrame);
      if (!verdict.allowed) {
        log(`Refused ${call}`, new Error(verdict.reason));
        return FORBIDDEN;
      }
      return dispatch(call, arg);
    });
  }
}

/** Pushes an event to the renderer; dropped if the window is gone, since a new page asks for current state. */
export function sendEvent<E extends EventName>(
  window: BrowserWindow | null,
  event: E,
  payload: MainEventPayload<E>,
): void {
  if (window === null || window.isDestroyed()) return;
  window.webContents.send(IPC_EVENT_PREFIX + event, payload);
}
