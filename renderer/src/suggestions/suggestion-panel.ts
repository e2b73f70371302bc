import type { Suggestion } from '../../../shared/model/suggestion';
import { labelColourClass } from '../annotation/label-colours';
import { h } from '../dom/element-builder';
import type { Disposable } from '../lifecycle/disposable';
import type { TabHandle } from '../side-panel/side-panel';
import { counted } from '../text/plural';
import { quoteInContext } from './quote-in-context';
import { countSuggestions, suggestionTargetName, type CountLookup } from './suggestion-counts';
import { suggestionKey } from './suggestion-identity';
import type { SuggestionState } from './suggestion-state';

/** The tab's place in the side panel. */
export const SUGGESTIONS_TAB = { id: 'suggestions', title: 'Suggestions' } as const;

/** Rows drawn at most: a long article's suggestions are gone through with S, not by scrolling. */
const ROWS_MAX = 500;

export interface SuggestionPanelHooks {
  readonly state: SuggestionState;
  readonly lookup: CountLookup;
  /** Focuses a suggestion in the article, caret at its start. */
  reveal(suggestion: Suggestion): void;
  /** Puts focus back into the article text, where A, X and S work. */
  focusArticle(): void;
  showRejections(): void;
  readonly tab: Pick<TabHandle, 'visible'>;
}

/**
 * The Suggestions tab: how many suggestions the article has per entity (or label), and the list in
 * text order. Activating a row (click, Enter, Space) focuses that suggestion in the article; the
 * focused one is marked. It redraws only while in view, catching up when shown.
 */
export class SuggestionPanel implements Disposable {
  readonly element: HTMLElement;
  private readonly hooks: SuggestionPanelHooks;
  private readonly summary: HTMLElement;
  private readonly counts: HTMLUListElement;
  private readonly list: HTMLUListElement;
  private readonly subscription: Disposable;
  private stale = false;
  private rows = new Map<string, HTMLButtonElement>();

  constructor(hooks: SuggestionPanelHooks) {
    this.hooks = hooks;
    this.summary = h('p', { className: 'side-list-count', attrs: { 'aria-live': 'polite' } });
    this.counts = h('ul', { className: 'suggestion-counts', attrs: { 'aria-label': 'Suggestions per entity' } });
    this.list = h('ul', { className: 'suggestion-list', attrs: { 'aria-label': 'Suggestions in text order' } });
    const rejections = h('button', {
      className: 'button button-small button-quiet',
      attrs: { type: 'button' },
      text: 'Matching and rejections…',
    });
    rejections.addEventListener('click', () => hooks.showRejections());
    this.list.addEventListener('click', (event) => {
      const row = (event.target as Element | null)?.closest<HTMLElement>('[data-suggestion]');
      const chosen = hooks.state.suggestions.find(
        (suggestion) => suggestionKey(suggestion) === row?.dataset['suggestion'],
      );
      if (chosen === undefined) return;
      hooks.reveal(chosen);
      hooks.focusArticle();
    });
    this.element = h('section', { className: 'details-tab suggestion-tab', attrs: { 'aria-label': 'Suggestions' } }, [
      h('div', { className: 'suggestion-tab-head' }, [this.summary, rejections]),
      h('div', { className: 'side-list-scroll' }, [this.counts, this.list]),
    ]);
    this.subscription = hooks.state.onDidChange((change) => {
      if (!hooks.tab.visible) this.stale = true;
      else if (change.kind === 'focus') this.markFocused();
      else this.render();
    });
    this.render();
  }

  dispose(): void {
    this.subscription.dispose();
  }

  onShow(): void {
    if (!this.stale) return;
    this.stale = false;
    this.render();
  }

  private render(): void {
    const { state, lookup } = this.hooks;
    const suggestions = state.suggestions;
    this.summary.textContent =
      suggestions.length === 0
        ? 'Nothing to suggest in this article.'
        : `${counted(suggestions.length, 'suggestion', 'suggestions')}: S moves to the next, A accepts, X rejects.`;
    this.counts.replaceChildren(
      ...countSuggestions(suggestions, lookup).map((count) =>
        h('li', { className: 'suggestion-count' }, [
          h('span', {
            className: `label-swatch ${labelColourClass({ id: count.labelId })}`,
            attrs: { 'aria-hidden': 'true' },
          }),
          h('span', { className: 'suggestion-count-name', attrs: { dir: 'auto' }, text: count.name }),
          h('span', { className: 'suggestion-count-number', text: String(count.count) }),
        ]),
      ),
    );
    this.rows = new Map();
    this.list.replaceChildren(
      ...suggestions.slice(0, ROWS_MAX).map((suggestion) => {
        const key = suggestionKey(suggestion);
        const label = lookup.label(suggestion.labelId)?.name ?? 'Label';
        const detail = `${label} · ${suggestionTargetName(suggestion, lookup)}${suggestion.form === 'inflected' ? ' · inflected form' : ''}`;
        const row = h('button', { className: 'suggestion-row', attrs: { type: 'button', 'data-suggestion': key } }, [
          quoteInContext(suggestion.quote),
          h('span', { className: 'suggestion-row-detail' }, [
            h('span', {
              className: `label-swatch ${labelColourClass({ id: suggestion.labelId })}`,
              attrs: { 'aria-hidden': 'true' },
            }),
            h('span', { attrs: { dir: 'auto' }, text: detail }),
          ]),
        ]);
        this.rows.set(key, row);
        return h('li', {}, [row]);
      }),
    );
    this.markFocused();
  }

  private markFocused(): void {
    const focused = this.hooks.state.focused;
    const focusedKey = focused === null ? null : suggestionKey(focused);
    for (const [key, row] of this.rows) {
      if (key === focusedKey) {
        row.setAttribute('aria-current', 'true');
        row.scrollIntoView({ block: 'nearest' });
      } else row.removeAttribute('aria-current');
    }
  }
}
