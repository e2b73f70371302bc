import { listen, type Disposable } from '../lifecycle/disposable';
import { belongsToTextEntry, isModalOpen } from '../dom/text-entry-focus';

/**
 * Pasting plain text anywhere outside a text field creates an article from it: the fastest way
 * for an analyst to get an article in (copy in the browser, Ctrl+V here). Only `text/plain` is
 * read: HTML from the clipboard is never parsed, so nothing from a web page can run or load here.
 */
export function listenForPastedArticles(target: Document, create: (text: string) => void): Disposable {
  return listen(target, 'paste', (event) => {
    if (event.defaultPrevented || belongsToTextEntry(event.target) || isModalOpen()) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    create(text);
  });
}
