import { parseHTML } from 'linkedom';
import { vi } from 'vitest';

/**
 * A small DOM (linkedom) for the article view to render into, as the window's globals; undo it with
 * `vi.unstubAllGlobals()`.
 */
export function stubArticleViewDom(): void {
  const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
  // linkedom knows no popovers: the link menu, one, is never open here.
  const prototype: { matches: (this: HTMLElement, selector: string) => boolean } = window.HTMLElement.prototype;
  const matches = prototype.matches;
  prototype.matches = function (this: HTMLElement, selector: string) {
    return selector === ':popover-open' ? false : matches.call(this, selector);
  };
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
  vi.stubGlobal('MutationObserver', window.MutationObserver);
  vi.stubGlobal('navigator', { platform: 'Linux' });
}
