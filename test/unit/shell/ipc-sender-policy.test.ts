import { describe, expect, it } from 'vitest';
import { checkIpcSender, type FrameFacts } from '../../../main/security/ipc-sender-policy';

const mainFrame: FrameFacts = {
  processId: 4,
  routingId: 1,
  origin: 'app://workbench',
  url: 'app://workbench/index.html',
};

describe('checkIpcSender', () => {
  it('allows the main frame of the workbench window on the app origin', () => {
    expect(checkIpcSender({ ...mainFrame }, mainFrame)).toEqual({ allowed: true });
  });

  it('refuses a sender whose frame is gone or a window that is closed', () => {
    expect(checkIpcSender(null, mainFrame).allowed).toBe(false);
    expect(checkIpcSender(mainFrame, null).allowed).toBe(false);
  });

  it('refuses subframes and frames of other windows, even on the app origin', () => {
    expect(checkIpcSender({ ...mainFrame, routingId: 2 }, mainFrame).allowed).toBe(false);
    expect(checkIpcSender({ ...mainFrame, processId: 5 }, mainFrame).allowed).toBe(false);
  });

  it.each([
    { origin: 'https://example.com', url: 'https://example.com/' },
    { origin: 'null', url: 'about:blank' },
    { origin: 'app://workbench', url: 'about:blank' },
    { origin: 'app://workbench', url: 'blob:app://workbench/1234' },
    { origin: 'null', url: 'app://workbench/index.html' },
    { origin: 'file://', url: 'file:///tmp/index.html' },
  ])('refuses the main frame once it shows $url with origin $origin', (page) => {
    const verdict = checkIpcSender({ ...mainFrame, ...page }, mainFrame);
    expect(verdict).toMatchObject({ allowed: false, reason: expect.any(String) });
  });
});
