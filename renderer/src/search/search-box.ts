import type { SearchHit } from '../../../shared/model/library';
import { h, uniqueId } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { userMessageOf } from '../errors/user-message';
import { snippetSegments } from './snippet-segments';
import { pluralWord } from '../text/plural';

export interface SearchBoxCallbacks {
  search(query: string): Promise<SearchHit[]>;
  /** The user chose a hit (Enter or click). */
  open(hit: SearchHit): void;
}

/** Typing pauses shorter than this do not start a search; each keystroke would otherwise cost a query. */
const DEBOUNCE_MS = 150;
const RESULT_LIMIT = 30;

/**
 * The toolbar's search (landmark `search`): a combobox whose popup lists hits with the title and a
 * snippet in which the matched words are <mark>ed. The snippet is untrusted article text, so it is
 * put together from text nodes and <mark> elements, never parsed as HTML.
 *
 * Keyboard (ARIA combobox pattern, focus stays in the field): ↓/↑ move through hits, Enter opens
 * the highlighted hit (or the first), Esc closes the list, then clears the field.
 * Only the newest search's answer is shown: a slow answer to an older query is dropped.
 */
export class SearchBox {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly popup: HTMLElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLUListElement;
  private readonly syntax: HTMLElement;
  private readonly callbacks: SearchBoxCallbacks;
  private hits: readonly SearchHit[] = [];
  private activeIndex = -1;
  /** The query whose hits are listed now. */
  private shownQuery = '';
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `shortcut`: how the focus shortcut reads ("Ctrl+Shift+F") and its aria-keyshortcuts form. */
  constructor(callbacks: SearchBoxCallbacks, shortcut: { label: string; aria: string }) {
    this.callbacks = callbacks;
    const inputId = uniqueId('search-input');
    const resultsId = uniqueId('search-results');
    const syntaxId = uniqueId('search-syntax');
    this.input = h('input', {
      className: 'search-input',
      attrs: {
        id: inputId,
        type: 'search',
        role: 'combobox',
        placeholder: 'Search articles',
        autocomplete: 'off',
        spellcheck: 'false',
        dir: 'auto',
        'aria-expanded': 'false',
        'aria-controls': resultsId,
        'aria-autocomplete': 'list',
        'aria-describedby': syntaxId,
        'aria-keyshortcuts': shortcut.aria,
      },
    });
    this.status = h('p', {
      className: 'section-label search-status',
      attrs: { role: 'status', 'aria-live': 'polite' },
    });
    this.results = h('ul', {
      className: 'search-results',
      attrs: { id: resultsId, role: 'listbox', 'aria-label': 'Search results' },
    });
    this.syntax = h('div', { className: 'search-syntax', attrs: { id: syntaxId } }, syntaxHelp());
    this.popup = h('div', { className: 'search-popup', attrs: { hidden: true } }, [
      this.status,
      this.results,
      this.syntax,
    ]);
    const field = h('div', { className: 'search-field' }, [
      icon('search', 'icon search-icon'),
      h('label', { className: 'visually-hidden', attrs: { for: inputId }, text: 'Search articles' }),
      this.input,
      h('kbd', { className: 'search-shortcut', attrs: { 'aria-hidden': 'true' }, text: shortcut.label }),
    ]);
    this.element = h('div', { className: 'search', attrs: { role: 'search', 'aria-label': 'Articles' } }, [
      field,
      this.popup,
    ]);

    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('focus', () => this.openPopup());
    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    // Keep focus in the field while clicking a hit, so the list does not close under the pointer.
    this.popup.addEventListener('mousedown', (event) => event.preventDefault());
    this.results.addEventListener('click', (event) => {
      const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
      const index = option ? Number(option.dataset['index']) : -1;
      const hit = this.hits[index];
      if (hit) this.choose(hit);
    });
    this.element.addEventListener('focusout', (event) => {
      if (!this.element.contains(event.relatedTarget as Node | null)) this.closePopup();
    });
  }

  /** Ctrl/Cmd+Shift+F and the menu's Search: put the caret in the field with its text selected. */
  focus(): void {
    this.input.focus();
    this.input.select();
    this.openPopup();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const query = this.input.value;
    if (query.trim() === '') {
      this.generation += 1;
      this.showHits([], '');
      return;
    }
    this.timer = setTimeout(() => void this.run(query), DEBOUNCE_MS);
  }

  private async run(query: string): Promise<void> {
    const generation = ++this.generation;
    this.status.textContent = 'Searching…';
    try {
      const hits = await this.callbacks.search(query);
      if (generation !== this.generation) return;
      this.showHits(hits, query);
    } catch (error) {
      if (generation !== this.generation) return;
      this.showHits([], query);
      this.status.textContent = userMessageOf(error);
      this.status.classList.add('search-status-error');
    }
  }

  private showHits(hits: readonly SearchHit[], query: string): void {
    this.hits = hits;
    this.shownQuery = query;
    this.activeIndex = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.status.classList.remove('search-status-error');
    this.results.replaceChildren(...hits.map((hit, index) => this.renderHit(hit, index)));
    this.results.hidden = hits.length === 0;
    const searched = query.trim() !== '';
    this.syntax.hidden = searched && hits.length > 0;
    this.status.hidden = !searched;
    this.status.textContent = !searched
      ? ''
      : hits.length === 0
        ? 'No matches'
        : `${hits.length}${hits.length >= RESULT_LIMIT ? '+' : ''} ${pluralWord(hits.length, 'match', 'matches')}`;
    if (document.activeElement === this.input) this.openPopup();
  }

  private renderHit(hit: SearchHit, index: number): HTMLLIElement {
    const snippet = h('span', { className: 'search-hit-snippet', attrs: { dir: 'auto' } });
    for (const segment of snippetSegments(hit.snippet, hit.highlights)) {
      snippet.append(segment.highlighted ? h('mark', { text: segment.text }) : document.createTextNode(segment.text));
    }
    return h(
      'li',
      {
        className: 'search-hit',
        attrs: { role: 'option', id: uniqueId('search-hit'), 'aria-selected': 'false', 'data-index': index },
      },
      [
        h('span', { className: 'search-hit-title', attrs: { dir: 'auto' }, text: hit.title || 'Untitled article' }),
        hit.snippet.trim() === '' ? null : snippet,
      ],
    );
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.hits.length === 0) return;
        event.preventDefault();
        this.openPopup();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = this.activeIndex < 0 && step < 0 ? this.hits.length - 1 : this.activeIndex + step;
        this.setActive((next + this.hits.length) % this.hits.length);
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const query = this.input.value;
        if (query.trim() === '') return;
        // Enter right after typing must not wait for the debounce, nor open a hit for older text.
        if (this.shownQuery !== query) {
          clearTimeout(this.timer);
          void this.run(query).then(() => {
            const first = this.hits[0];
            if (this.shownQuery === query && first) this.choose(first);
          });
          return;
        }
        const hit = this.hits[Math.max(this.activeIndex, 0)];
        if (hit) this.choose(hit);
        return;
      }
      case 'Escape':
        if (this.isPopupOpen && this.input.value !== '') {
          event.preventDefault();
          this.closePopup();
        } else if (this.input.value !== '') {
          event.preventDefault();
          this.input.value = '';
          this.schedule();
        } else {
          this.closePopup();
          this.input.blur();
        }
        return;
      default:
    }
  }

  private setActive(index: number): void {
    const options = Array.from(this.results.children) as HTMLElement[];
    this.activeIndex = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const active = options[index];
    if (active) {
      this.input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    }
  }

  private choose(hit: SearchHit): void {
    this.closePopup();
    this.callbacks.open(hit);
  }

  private get isPopupOpen(): boolean {
    return !this.popup.hidden;
  }

  private openPopup(): void {
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', String(this.hits.length > 0));
  }

  private closePopup(): void {
    this.popup.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

/** The search syntax, shown under the field while it is empty and when nothing matched. */
function syntaxHelp(): Node[] {
  const example = (code: string, text: string) =>
    h('li', {}, [h('code', { className: 'search-syntax-code', text: code }), h('span', { text })]);
  return [
    h('p', {
      className: 'search-syntax-intro',
      text: 'Words match their beginnings: sicher finds Sicherheitsrat. Narrow it down with:',
    }),
    h('ul', { className: 'search-syntax-list' }, [
      example('source:TASS', 'from one source'),
      example('author:Ivanova', 'by an author'),
      example('tag:sanctions', 'with a tag'),
      example('title:Peking', 'in the title only'),
      example('"exact phrase"', 'these words in this order'),
    ]),
  ];
}
