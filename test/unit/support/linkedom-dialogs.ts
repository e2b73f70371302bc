import type { parseHTML } from 'linkedom';

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
