import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type {
  RejectionCursor,
  RejectionsPage,
  SuggestionOptions,
  SuggestionRejection,
  SuggestionRejectionId,
} from '../../../shared/model/suggestion';
import { foldForSearch } from '../../../shared/text/search-fold';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId } from '../dom/element-builder';
import type { ModelChange } from '../model/model-change';
import type { WorkbenchModel } from '../model/workbench-model';
import { counted } from '../text/plural';
import { quoteInContext } from './quote-in-context';

/** Rows asked for and drawn at a time: the list grows by this many as its end scrolls into view. */
export const REJECTION_ROWS_PER_PAGE = 200;
/** Typing pauses this long before the filter is asked for, so each key press is not a query. */
export const REJECTION_FILTER_DELAY_MS = 200;

export interface RejectionsDialogDeps {
  readonly api: Pick<WorkbenchApi, 'invoke'>;
  readonly model: Pick<WorkbenchModel, 'label' | 'subscribe'>;
  /** Runs a write through the save state; null when it failed (and was reported). */
  write<T>(action: () => Promise<T>): Promise<T | null>;
  reportError(error: unknown): void;
}

/** Newest first, as the store pages them: by when rejected, then by id. */
function newerFirst(a: SuggestionRejection, b: SuggestionRejection): number {
  if (a.rejectedAt !== b.rejectedAt) return a.rejectedAt > b.rejectedAt ? -1 : 1;
  return b.id - a.id;
}

/**
 * The project's rejected suggestions, newest first, each with "Propose again", and the matching
 * options (ignore case, ignore diacritics) that decide what the registry proposes. A noisy source
 * rejected wholesale leaves thousands, so the rows are asked for a page at a time, as the list
 * scrolls (or "Show more" is pressed), and a filter finds them by text, label or article. What it
 * shows follows the change sets while it is open (a "Propose again", an undo, another window)
 * without asking again, and it stops listening when it closes.
 */
export class RejectionsDialog {
  private readonly deps: RejectionsDialogDeps;
  private readonly modal: ModalDialog<void>;
  private readonly summary: HTMLElement;
  private readonly filterBox: HTMLInputElement;
  private readonly scroller: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly more: HTMLButtonElement;
  private readonly ignoreCase: HTMLInputElement;
  private readonly ignoreDiacritics: HTMLInputElement;
  /** The rows asked for so far: the newest of those the filter finds, in order, none left out. */
  private rows: SuggestionRejection[] = [];
  private readonly drawn = new Map<SuggestionRejectionId, HTMLLIElement>();
  /** What the rows answer: the filter as typed, and folded as the store compares it. */
  private filter = '';
  private foldedFilter = '';
  private total = 0;
  private matching = 0;
  /** Rows past the last one asked for exist. */
  private hasMore = false;
  /** Rows heard of in a change set that sort past the rows asked for: drawn when their page comes. */
  private readonly heldBack = new Map<SuggestionRejectionId, SuggestionRejection>();
  /** Rejections taken back while open, so an answer that predates it does not draw one again. */
  private readonly forgotten = new Set<SuggestionRejectionId>();
  /** Counts every question for a first page; an answer to an older one is dropped. */
  private generation = 0;
  private askingMore = false;
  private filterTimer: ReturnType<typeof setTimeout> | null = null;
  /** The options as the project has them. */
  private options: SuggestionOptions = { ignoreCase: false, ignoreDiacritics: false };
  private release: (() => void) | null = null;

  constructor(deps: RejectionsDialogDeps) {
    this.deps = deps;
    const headingId = uniqueId('rejections-heading');
    this.summary = h('p', { className: 'dialog-message', attrs: { 'aria-live': 'polite' } });
    this.filterBox = h('input', {
      className: 'field-input rejection-filter',
      attrs: {
        type: 'search',
        name: 'rejection-filter',
        'aria-label': 'Filter rejected suggestions',
        placeholder: 'Filter by text, label or article',
        autocomplete: 'off',
        spellcheck: 'false',
        dir: 'auto',
      },
    });
    this.list = h('ul', { className: 'rejection-list', attrs: { 'aria-label': 'Rejected suggestions' } });
    this.more = h('button', { className: 'button button-quiet', attrs: { type: 'button' }, text: 'Show more' });
    this.scroller = h('div', { className: 'occurrence-list rejection-scroll' }, [this.list, this.more]);
    this.ignoreCase = h('input', { attrs: { type: 'checkbox', name: 'ignore-case' } });
    this.ignoreDiacritics = h('input', { attrs: { type: 'checkbox', name: 'ignore-diacritics' } });
    const close = h('button', { className: 'button button-primary', attrs: { type: 'button' }, text: 'Close' });
    this.modal = new ModalDialog<void>(
      [
        h('header', { className: 'dialog-header' }, [
          h('h2', {
            className: 'dialog-heading',
            attrs: { id: headingId },
            text: 'Suggestions: matching and rejections',
          }),
        ]),
        h('div', { className: 'dialog-body' }, [
          h('fieldset', { className: 'suggestion-options' }, [
            h('legend', { text: 'When names in the registry are matched in the text' }),
            h('label', { className: 'suggestion-option' }, [this.ignoreCase, 'Ignore case (PUTIN is Putin)']),
            h('label', { className: 'suggestion-option' }, [this.ignoreDiacritics, 'Ignore accents (Sojgu is Šojgu)']),
          ]),
          h('h3', { className: 'dialog-subheading', text: 'Rejected suggestions' }),
          this.filterBox,
          this.summary,
          this.scroller,
        ]),
        h('footer', { className: 'dialog-actions' }, [close]),
      ],
      {
        className: 'rejections-dialog',
        labelledBy: headingId,
        dismissed: undefined,
        onClosed: () => this.stopFollowing(),
      },
    );
    close.addEventListener('click', () => this.modal.dismiss());
    for (const box of [this.ignoreCase, this.ignoreDiacritics]) {
      box.addEventListener('change', () => void this.saveOptions());
    }
    this.filterBox.addEventListener('input', () => this.filterSoon());
    this.more.addEventListener('click', () => void this.askMore());
    // The list grows as its end scrolls into view; "Show more" does it from the keyboard too.
    if (typeof IntersectionObserver !== 'undefined') {
      new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) void this.askMore();
        },
        { root: this.scroller },
      ).observe(this.more);
    }
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  /** Loads the first page of rejections and the options, then shows them; resolves when closed. */
  async show(): Promise<void> {
    this.filterBox.value = '';
    this.cancelFilterTimer();
    const generation = ++this.generation;
    let loaded: [RejectionsPage, SuggestionOptions];
    try {
      loaded = await Promise.all([this.askPage('', null), this.deps.api.invoke('suggestion.options')]);
    } catch (error) {
      this.deps.reportError(error);
      return;
    }
    if (generation !== this.generation) return;
    const [page, options] = loaded;
    this.showOptions(options);
    this.forgotten.clear();
    this.showFirstPage('', page);
    this.stopFollowing();
    this.release = this.deps.model.subscribe((change) => this.follow(change));
    await this.modal.open(this.list.querySelector('button') ?? this.filterBox);
  }

  private askPage(filter: string, after: RejectionCursor | null): Promise<RejectionsPage> {
    return this.deps.api.invoke('suggestion.rejectionsPage', { filter, after, limit: REJECTION_ROWS_PER_PAGE });
  }

  private filterSoon(): void {
    this.cancelFilterTimer();
    this.filterTimer = setTimeout(() => {
      this.filterTimer = null;
      void this.applyFilter();
    }, REJECTION_FILTER_DELAY_MS);
  }

  private cancelFilterTimer(): void {
    if (this.filterTimer !== null) clearTimeout(this.filterTimer);
    this.filterTimer = null;
  }

  private async applyFilter(): Promise<void> {
    const filter = this.filterBox.value;
    const generation = ++this.generation;
    try {
      const page = await this.askPage(filter, null);
      if (generation === this.generation) this.showFirstPage(filter, page);
    } catch (error) {
      this.deps.reportError(error);
    }
  }

  private showFirstPage(filter: string, page: RejectionsPage): void {
    this.filter = filter;
    this.foldedFilter = foldForSearch(filter);
    this.rows = [];
    this.drawn.clear();
    this.heldBack.clear();
    this.list.replaceChildren();
    this.scroller.scrollTop = 0;
    this.takePage(page);
  }

  /** The next page, after the last row asked for; one question at a time. */
  private async askMore(): Promise<void> {
    const last = this.rows.at(-1);
    if (this.askingMore || !this.hasMore || last === undefined) return;
    this.askingMore = true;
    const generation = this.generation;
    try {
      const page = await this.askPage(this.filter, { rejectedAt: last.rejectedAt, id: last.id });
      if (generation === this.generation) this.takePage(page);
    } catch (error) {
      this.deps.reportError(error);
    } finally {
      this.askingMore = false;
    }
  }

  private takePage(page: RejectionsPage): void {
    this.total = page.total;
    this.matching = page.matching;
    this.hasMore = page.more;
    // What a change set said of a row is newer than a page asked for before it came.
    for (const rejection of page.rows) {
      if (this.forgotten.has(rejection.id) || this.drawn.has(rejection.id)) continue;
      this.place(this.heldBack.get(rejection.id) ?? rejection);
    }
    // Rows heard of meanwhile that this page reaches past.
    for (const rejection of [...this.heldBack.values()]) {
      if (this.withinRows(rejection)) this.place(rejection);
    }
    this.showCounts();
  }

  private follow(change: ModelChange): void {
    if (change.kind === 'suggestion-options') this.showOptions(change.options);
    if (change.kind !== 'suggestion-rejections') return;
    for (const id of change.restored) this.forget(id);
    for (const rejection of change.rejected) this.hear(rejection);
    this.showCounts();
  }

  /** A rejection taken back: its row goes. */
  private forget(id: SuggestionRejectionId): void {
    this.forgotten.add(id);
    this.heldBack.delete(id);
    this.total = Math.max(0, this.total - 1);
    const row = this.drawn.get(id);
    if (row === undefined) {
      // Whether an undrawn row was one the filter finds is not known; without a filter it was.
      if (this.foldedFilter === '') this.matching = Math.max(0, this.matching - 1);
      return;
    }
    this.removeRow(id, row);
  }

  /** Takes a drawn row away; focus on it moves to the next row's button, or the one before, or the filter. */
  private removeRow(id: SuggestionRejectionId, row: HTMLLIElement): void {
    const index = this.rows.findIndex((rejection) => rejection.id === id);
    const next = this.rows[index + 1] ?? this.rows[index - 1];
    const hadFocus = row.contains(document.activeElement);
    this.rows.splice(index, 1);
    this.drawn.delete(id);
    row.remove();
    this.matching = Math.max(0, this.matching - 1);
    if (hadFocus) this.focusRow(next);
  }

  /** A rejection added (an undo, another window) or changed (its article's text was edited). */
  private hear(rejection: SuggestionRejection): void {
    const row = this.drawn.get(rejection.id);
    const isNew = row === undefined && (this.forgotten.has(rejection.id) || this.withinRows(rejection));
    this.forgotten.delete(rejection.id);
    const found = this.finds(rejection);
    if (row !== undefined) {
      if (found) {
        this.rows[this.rows.findIndex((known) => known.id === rejection.id)] = rejection;
        const redrawn = this.row(rejection);
        const hadFocus = row.contains(document.activeElement);
        this.drawn.set(rejection.id, redrawn);
        row.replaceWith(redrawn);
        if (hadFocus) this.focusRow(rejection);
      } else {
        this.removeRow(rejection.id, row);
      }
      return;
    }
    // One past the rows asked for that was not taken back here may be one changed, not added.
    if (!isNew) {
      if (found) this.heldBack.set(rejection.id, rejection);
      return;
    }
    this.total += 1;
    if (!found) return;
    this.matching += 1;
    if (this.withinRows(rejection)) this.place(rejection);
    else this.heldBack.set(rejection.id, rejection);
  }

  /** Whether the filter finds it, as the store's filter does. */
  private finds(rejection: SuggestionRejection): boolean {
    if (this.foldedFilter === '') return true;
    const label = this.deps.model.label(rejection.labelId)?.name ?? '';
    return [rejection.quote.exact, label, rejection.articleTitle].some((text) =>
      foldForSearch(text).includes(this.foldedFilter),
    );
  }

  /** Whether it sorts among the rows asked for (before the last one, or anywhere once all are). */
  private withinRows(rejection: SuggestionRejection): boolean {
    const last = this.rows.at(-1);
    return !this.hasMore || (last !== undefined && newerFirst(rejection, last) < 0);
  }

  /** Adds a row in its place in the order. */
  private place(rejection: SuggestionRejection): void {
    this.heldBack.delete(rejection.id);
    let index = this.rows.length;
    while (index > 0 && newerFirst(rejection, this.rows[index - 1] as SuggestionRejection) < 0) index--;
    const after = this.rows[index];
    this.rows.splice(index, 0, rejection);
    const row = this.row(rejection);
    this.drawn.set(rejection.id, row);
    const before = after === undefined ? undefined : this.drawn.get(after.id);
    if (before === undefined) this.list.append(row);
    else before.before(row);
  }

  private focusRow(rejection: SuggestionRejection | undefined): void {
    const row = rejection === undefined ? undefined : this.drawn.get(rejection.id);
    (row?.querySelector('button') ?? this.filterBox).focus();
  }

  private stopFollowing(): void {
    this.release?.();
    this.release = null;
    this.cancelFilterTimer();
  }

  private showOptions(options: SuggestionOptions): void {
    this.options = options;
    this.ignoreCase.checked = options.ignoreCase;
    this.ignoreDiacritics.checked = options.ignoreDiacritics;
  }

  private async saveOptions(): Promise<void> {
    const options: SuggestionOptions = {
      ignoreCase: this.ignoreCase.checked,
      ignoreDiacritics: this.ignoreDiacritics.checked,
    };
    const saved = await this.deps.write(() => this.deps.api.invoke('suggestion.setOptions', options));
    // A refused change leaves the boxes as the project has them.
    if (saved === null) this.showOptions(this.options);
  }

  private showCounts(): void {
    const filtered = this.foldedFilter !== '';
    if (filtered) {
      this.summary.textContent =
        this.matching === 0
          ? `No rejected suggestion matches “${this.filter.trim()}”.`
          : `${counted(this.matching, 'rejected suggestion matches', 'rejected suggestions match')} “${this.filter.trim()}”.`;
    } else {
      this.summary.textContent =
        this.total === 0
          ? 'No suggestion has been rejected in this project.'
          : `${counted(this.total, 'suggestion is', 'suggestions are')} not proposed again. “Propose again” brings one back.`;
    }
    this.more.hidden = !this.hasMore;
    const left = Math.max(0, this.matching - this.rows.length);
    this.more.textContent = `Show more (${counted(left, 'rejection', 'rejections')} left)`;
  }

  private row(rejection: SuggestionRejection): HTMLLIElement {
    const label = this.deps.model.label(rejection.labelId);
    const again = h('button', {
      className: 'button button-small',
      attrs: { type: 'button', 'aria-label': `Propose “${rejection.quote.exact}” again` },
      text: 'Propose again',
    });
    again.addEventListener('click', () => void this.proposeAgain(rejection.id, again));
    return h('li', { className: 'rejection' }, [
      h('div', { className: 'rejection-text' }, [
        quoteInContext(rejection.quote),
        h('span', {
          className: 'rejection-detail',
          attrs: { dir: 'auto' },
          text: `${label?.name ?? 'Label'} · ${rejection.articleTitle}`,
        }),
      ]),
      again,
    ]);
  }

  /** The row goes when the change set says so; pressing twice meanwhile asks once. */
  private async proposeAgain(id: SuggestionRejectionId, button: HTMLButtonElement): Promise<void> {
    button.setAttribute('aria-disabled', 'true');
    if (button.dataset.asking === 'true') return;
    button.dataset.asking = 'true';
    const done = await this.deps.write(() => this.deps.api.invoke('suggestion.unreject', { ids: [id] }));
    if (done !== null) return;
    delete button.dataset.asking;
    button.removeAttribute('aria-disabled');
  }
}
