import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, vi } from 'vitest';

type LinkedomWindow = ReturnType<typeof parseHTML>['window'];

/** linkedom has no modal dialogs: open and close toggle the `open` attribute, as a browser's do. */
export function giveModalDialogs(window: LinkedomWindow): void {
  const prototype = window.HTMLElement.prototype as unknown as Record<string, unknown>;
  Object.defineProperty(prototype, 'open', {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('open');
    },
  });
  prototype['showModal'] = function (this: HTMLElement) {
    this.setAttribute('open', '');
  };
  prototype['close'] = function (this: HTMLElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new window.Event('close'));
  };
}

/**
 * Gives each test of the file a fresh linkedom page with modal dialogs, as the globals the
 * renderer's views use (`document`, `window` and the element classes they check against).
 */
export function useLinkedomPage(): void {
  beforeEach(() => {
    const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
    giveModalDialogs(window);
    vi.stubGlobal('document', document);
    vi.stubGlobal('window', window);
    vi.stubGlobal('HTMLElement', window.HTMLElement);
    vi.stubGlobal('HTMLInputElement', window.HTMLInputElement);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}
