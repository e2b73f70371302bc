import { listen, type Disposable } from '../lifecycle/disposable';
import { isModalOpen } from '../dom/text-entry-focus';
import type { CommandRegistry } from './command-registry';

/**
 * The window's keys (`on: 'window'` in the command catalog). Keys the article text answers never
 * get here: its view prevents their default first. While a modal dialog is open, it owns the
 * keyboard.
 */
export function listenForWindowKeys(target: Document, registry: CommandRegistry): Disposable {
  return listen(target, 'keydown', (event) => {
    if (event.defaultPrevented || isModalOpen()) return;
    if (registry.handleKey(event, 'window')) event.preventDefault();
  });
}
