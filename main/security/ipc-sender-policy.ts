import { APP_ORIGIN } from './app-origin';
import { isAppUrl } from './navigation-policy';

/** The parts of Electron's WebFrameMain the check needs; plain so the rule is unit-tested without Electron. */
export interface FrameFacts {
  readonly processId: number;
  readonly routingId: number;
  readonly origin: string;
  readonly url: string;
}

export type SenderVerdict = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/**
 * Decides whether an IPC call may reach the workspace: only the main frame of the workbench window,
 * showing our own origin. Subframes, other windows, and pages that navigated elsewhere are refused.
 * Frames are compared by process and routing id, so the check does not depend on Electron handing
 * out the same wrapper object for a frame each time.
 */
export function checkIpcSender(senderFrame: FrameFacts | null, windowMainFrame: FrameFacts | null): SenderVerdict {
  // Electron gives a null frame when the sender navigated or was destroyed while the message was in flight.
  if (senderFrame === null) return { allowed: false, reason: 'the sending frame no longer exists' };
  if (windowMainFrame === null) return { allowed: false, reason: 'the workbench window is not open' };
  if (senderFrame.processId !== windowMainFrame.processId || senderFrame.routingId !== windowMainFrame.routingId) {
    return { allowed: false, reason: 'the sender is not the main frame of the workbench window' };
  }
  // Origin and URL are both checked: about:blank and blob: documents inherit an origin but not a URL.
  if (senderFrame.origin !== APP_ORIGIN || !isAppUrl(senderFrame.url)) {
    return { allowed: false, reason: `the sender is not on ${APP_ORIGIN}` };
  }
  return { allowed: true };
}
