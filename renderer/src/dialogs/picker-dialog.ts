import { foldForMatch } from '../../../shared/text/fold-for-match';
import { ModalDialog } from './modal-dialog';
import { h, uniqueId } from '../dom/element-builder';
import { matchRank } from '../dom/match-rank';

export interface PickerItem<T> {
  readonly value: T;
  readonly label: string;
  /** A second line or right-hand hint: an entity's type, a command's shortcut. */
  readonly detail?: string;
  /** Extra words the filter matches (aliases, a label's kind), not shown. */
  readonly keywords?: string;
  /** A class that colours the item's swatch (a label colour class); no swatch without it. */
  readonly swatchClass?: string;
}

export interface PickerRequest<T> {
  readonly title: string;
  readonly placeholder: string;
  readonly items: readonly PickerItem<T>[];
  /** Text the filter starts with (the selected words, when picking an entity for them). */
  readonly initialQuery?: string;
  /** The index (among the items the initial query leaves) that is active at first, so Enter picks it; 0 without it. */
  readonly initialActive?: number;
  /**
   * Offers to make something new from the typed text ("Create entity “Xi”"), shown after the
   * matches; its value is built from the query.
   */
  readonly create?: { readonly label: (query: string) => string; readonly value: (query: string) => T };
  /** Says what the list holds when nothing matches. */
  readonly emptyText?: string;
}

/** Most items a list shows at once; typing narrows the rest down. */
const SHOWN_MAX = 200;

/**
 * The one keyboard-first chooser of the app: label picker, entity linking, claimant, relation
 * target and type, and the command palette. Type to filter (case and accents ignored), ↑/↓ to move,
 * Enter to choose, Esc or a click beside it to cancel. Focus returns where it was.
 */
export class PickerDialog {
  private readonly modal: ModalDialog<unknown>;
  private readonly heading: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private request: PickerRequest<unknown> | null = null;
  private shown: PickerItem<unknown>[] = [];
  private active = 0;

  constructor() {
    const headingId = uniqueId('picker-heading');
    const listId = uniqueId('picker-list');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.input = h('input', {
      className: 'text-input picker-input',
      attrs: {
        type: 'text',
        role: 'combobox',
        'aria-expanded': 'true',
        'aria-controls': listId,
        'aria-autocomplete': 'list',
        autocomplete: 'off',
        spellcheck: 'false',
      },
    });
    this.list = h('ul', {
      className: 'picker-list',
      attrs: { id: listId, role: 'listbox', 'aria-labelledby': headingId },
    });
    this.modal = new ModalDialog<unknown>(
      [
        h('header', { className: 'dialog-header' }, [this.heading]),
        h('div', { className: 'dialog-body picker-body' }, [this.input, this.list]),
      ],
      {
        className: 'picker-dialog',
        labelledBy: headingId,
        dismissed: null,
        closeOnBackdrop: true,
        keepScrollOnReturn: true,
      },
    );
    this.input.addEventListener('input', () => this.render(0));
    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.list.addEventListener('click', (event) => {
      const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
      const index = Number(option?.dataset['index']);
      if (Number.isInteger(index)) this.choose(index);
    });
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  /** Resolves with the chosen value, or null if the user cancelled (or a newer pick replaced this one). */
  pick<T>(request: PickerRequest<T>): Promise<T | null> {
    this.request = request;
    this.heading.textContent = request.title;
    this.input.placeholder = request.placeholder;
    this.input.setAttribute('aria-label', request.placeholder);
    this.input.value = request.initialQuery ?? '';
    this.render(request.initialActive ?? 0);
    const chosen = this.modal.open(this.input) as Promise<T | null>;
    this.input.select();
    return chosen;
  }

  /** Resolves once the picker has closed and focus has gone back. */
  closed(): Promise<void> {
    return this.modal.closed();
  }

  private render(active: number): void {
    const request = this.request;
    if (request === null) return;
    const query = this.input.value.trim();
    const matches = filterItems(request.items, query).slice(0, SHOWN_MAX);
    const create = request.create;
    this.shown =
      create !== undefined && query !== '' && !matches.some((item) => foldForMatch(item.label) === foldForMatch(query))
        ? [...matches, { value: create.value(query), label: create.label(query) }]
        : matches;
    this.active = Math.min(Math.max(active, 0), Math.max(this.shown.length - 1, 0));
    const options = this.shown.map((item, index) => {
      const option = h(
        'li',
        {
          className: 'picker-option',
          attrs: { role: 'option', id: `${this.list.id}-${index}`, 'aria-selected': String(index === this.active) },
        },
        [
          item.swatchClass
            ? h('span', { className: `label-swatch ${item.swatchClass}`, attrs: { 'aria-hidden': 'true' } })
            : null,
          h('span', { className: 'picker-option-label', attrs: { dir: 'auto' }, text: item.label }),
          item.detail
            ? h('span', { className: 'picker-option-detail', attrs: { dir: 'auto' }, text: item.detail })
            : null,
        ],
      );
      option.dataset['index'] = String(index);
      return option;
    });
    if (options.length === 0) {
      options.push(h('li', { className: 'picker-empty', text: request.emptyText ?? 'Nothing matches.' }));
    }
    this.list.replaceChildren(...options);
    if (this.shown.length > 0) this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
    this.list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      this.render(this.active + move);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.shown.length > 0) this.choose(this.active);
    }
  }

  private choose(index: number): void {
    const item = this.shown[index];
    if (item !== undefined) this.modal.settle(item.value);
  }
}

/** The items the query matches, best matches first (match-rank.ts), in their given order within a rank. */
export function filterItems<T>(items: readonly PickerItem<T>[], query: string): PickerItem<T>[] {
  const ranked: { item: PickerItem<T>; rank: number; index: number }[] = [];
  items.forEach((item, index) => {
    const rank = matchRank(item.label, item.keywords ?? '', query);
    if (rank !== null) ranked.push({ item, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ item }) => item);
}
