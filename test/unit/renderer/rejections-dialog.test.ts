import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelChange } from '../../../renderer/src/model/model-change';
import {
  REJECTION_FILTER_DELAY_MS,
  REJECTION_ROWS_PER_PAGE,
  RejectionsDialog,
} from '../../../renderer/src/suggestions/rejections-dialog';
import type { RejectionsPage, RejectionsQuery, SuggestionRejection } from '../../../shared/model/suggestion';
import { foldForSearch } from '../../../shared/text/search-fold';
import { giveModalDialogs } from '../support/linkedom-dialogs';

let focused: unknown = null;

beforeEach(() => {
  const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
  giveModalDialogs(window);
  // Nor focus: document.activeElement follows focus() as a browser's does.
  const prototype = window.HTMLElement.prototype as unknown as Record<string, unknown>;
  prototype['focus'] = function (this: HTMLElement) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the stand-in for document.activeElement
    focused = this;
  };
  focused = null;
  Object.defineProperty(document, 'activeElement', { configurable: true, get: () => focused });
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
  vi.stubGlobal('HTMLElement', window.HTMLElement);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const LABELS: Readonly<Record<number, string>> = { 1: 'Person', 2: 'Location' };

/** Rejection `id` of “Name id”; a higher id was rejected later. */
function rejection(id: number, exact = `Name ${id}`, labelId = 1): SuggestionRejection {
  return {
    id,
    articleId: 1,
    articleTitle: 'Xi trifft Schoigu',
    start: id * 10,
    end: id * 10 + exact.length,
    labelId,
    quote: { exact, prefix: '', suffix: '' },
    matched: exact,
    origin: { kind: 'registry' },
    rejectedAt: `2026-12-06T20:${String(Math.floor(id / 60) % 60).padStart(2, '0')}:${String(id % 60).padStart(2, '0')}Z`,
  };
}

/** The store's side: its rejections, paged and filtered as `suggestion.rejectionsPage` does. */
class FakeProject {
  rejections: SuggestionRejection[];
  readonly queries: RejectionsQuery[] = [];
  readonly unrejected: number[][] = [];
  private listener: ((change: ModelChange) => void) | null = null;

  constructor(count: number) {
    this.rejections = Array.from({ length: count }, (_, i) => rejection(i + 1));
  }

  readonly deps = {
    api: {
      invoke: (call: string, argument?: unknown): Promise<unknown> => {
        if (call === 'suggestion.options') return Promise.resolve({ ignoreCase: true, ignoreDiacritics: true });
        if (call === 'suggestion.unreject') {
          this.unrejected.push((argument as { ids: number[] }).ids);
          return Promise.resolve({ count: 1 });
        }
        if (call === 'suggestion.rejectionsPage') return Promise.resolve(this.page(argument as RejectionsQuery));
        return Promise.reject(new Error(`unexpected call ${call}`));
      },
    } as never,
    model: {
      label: (id: number) => ({ name: LABELS[id] ?? 'Label' }),
      subscribe: (listener: (change: ModelChange) => void) => {
        this.listener = listener;
        return () => {
          this.listener = null;
        };
      },
    } as never,
    write: <T>(action: () => Promise<T>) => action(),
    reportError: (error: unknown) => {
      throw error;
    },
  };

  private page(query: RejectionsQuery): RejectionsPage {
    this.queries.push(query);
    const folded = foldForSearch(query.filter);
    const newestFirst = [...this.rejections].sort((a, b) => b.id - a.id);
    const found = newestFirst.filter(
      (r) => folded === '' || [r.quote.exact, LABELS[r.labelId] ?? ''].some((t) => foldForSearch(t).includes(folded)),
    );
    const after = query.after;
    const rest = after === null ? found : found.filter((r) => r.id < after.id);
    return {
      total: this.rejections.length,
      matching: found.length,
      rows: rest.slice(0, query.limit),
      more: rest.length > query.limit,
    };
  }

  /** A change set heard before the store's answers show it: the write came after a page was read. */
  hearEarly(rejected: SuggestionRejection[]): void {
    this.listener?.({ kind: 'suggestion-rejections', rejected, restored: [] });
  }

  /** What main broadcasts after a write, as the model passes it on. */
  change(rejected: SuggestionRejection[], restored: number[]): void {
    this.rejections = [...this.rejections.filter((r) => !restored.includes(r.id)), ...rejected];
    this.listener?.({ kind: 'suggestion-rejections', rejected, restored });
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function opened(project: FakeProject): Promise<RejectionsDialog> {
  const dialog = new RejectionsDialog(project.deps);
  void dialog.show();
  await settle();
  return dialog;
}

function buttons(dialog: RejectionsDialog): HTMLButtonElement[] {
  return [...dialog.element.querySelectorAll<HTMLButtonElement>('.rejection button')];
}
const quotes = (dialog: RejectionsDialog) =>
  [...dialog.element.querySelectorAll('.rejection mark')].map((mark) => mark.textContent);
const summary = (dialog: RejectionsDialog) => dialog.element.querySelector('.dialog-message')?.textContent;
const moreButton = (dialog: RejectionsDialog) =>
  [...dialog.element.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.startsWith('Show more'));

describe('the rejected-suggestions dialog', () => {
  it('draws the newest page of thousands of rejections, and the next as asked', async () => {
    const project = new FakeProject(1_000);
    const dialog = await opened(project);
    expect(buttons(dialog)).toHaveLength(REJECTION_ROWS_PER_PAGE);
    expect(quotes(dialog).slice(0, 2)).toEqual(['Name 1000', 'Name 999']);
    expect(summary(dialog)).toBe('1,000 suggestions are not proposed again. “Propose again” brings one back.');
    expect(focused).toBe(buttons(dialog)[0]);
    const more = moreButton(dialog);
    expect(more?.hidden).toBe(false);
    expect(more?.textContent).toBe('Show more (800 rejections left)');

    more?.click();
    await settle();
    expect(project.queries.at(-1)?.after).toMatchObject({ id: 801 });
    expect(buttons(dialog)).toHaveLength(2 * REJECTION_ROWS_PER_PAGE);
    expect(quotes(dialog)[REJECTION_ROWS_PER_PAGE]).toBe('Name 800');
    expect(more?.textContent).toBe('Show more (600 rejections left)');
  });

  it('takes a row proposed again away when its change comes, moving focus to the next row, without asking again', async () => {
    const project = new FakeProject(300);
    const dialog = await opened(project);
    const asked = project.queries.length;
    const second = buttons(dialog)[1];
    second?.focus();
    second?.click();
    second?.click();
    await settle();
    expect(project.unrejected).toEqual([[299]]);
    expect(quotes(dialog)[1]).toBe('Name 299');

    project.change([], [299]);
    expect(quotes(dialog).slice(0, 3)).toEqual(['Name 300', 'Name 298', 'Name 297']);
    expect(focused).toBe(buttons(dialog)[1]);
    expect(summary(dialog)).toBe('299 suggestions are not proposed again. “Propose again” brings one back.');
    expect(moreButton(dialog)?.textContent).toBe('Show more (100 rejections left)');

    // Undo brings it back in its place; so does a rejection from another window at the top.
    project.change([rejection(299)], []);
    project.change([rejection(301)], []);
    expect(quotes(dialog).slice(0, 3)).toEqual(['Name 301', 'Name 300', 'Name 299']);
    expect(summary(dialog)).toBe('301 suggestions are not proposed again. “Propose again” brings one back.');
    expect(project.queries).toHaveLength(asked);

    // The next page starts after the last row drawn, so nothing is drawn twice or left out.
    moreButton(dialog)?.click();
    await settle();
    expect(quotes(dialog)).toEqual(Array.from({ length: 301 }, (_, i) => `Name ${301 - i}`));
    expect(moreButton(dialog)?.hidden).toBe(true);
  });

  it('draws a row changed past the first page once, as the change has it, when its page comes', async () => {
    const project = new FakeProject(300);
    const dialog = await opened(project);
    project.hearEarly([{ ...rejection(50), articleTitle: 'Umbenannt' }]);
    expect(summary(dialog)).toBe('300 suggestions are not proposed again. “Propose again” brings one back.');
    moreButton(dialog)?.click();
    await settle();
    expect(quotes(dialog)).toEqual(Array.from({ length: 300 }, (_, i) => `Name ${300 - i}`));
    const row = [...dialog.element.querySelectorAll('.rejection')].find((li) => li.textContent.includes('Name 50'));
    expect(row?.querySelector('.rejection-detail')?.textContent).toBe('Person · Umbenannt');
  });

  it('moves focus to the row before when the last one is proposed again, and to the filter when none is left', async () => {
    const project = new FakeProject(2);
    const dialog = await opened(project);
    buttons(dialog)[1]?.focus();
    project.change([], [1]);
    expect(focused).toBe(buttons(dialog)[0]);
    project.change([], [2]);
    expect(buttons(dialog)).toHaveLength(0);
    expect(focused).toBe(dialog.element.querySelector('input[type="search"]'));
    expect(summary(dialog)).toBe('No suggestion has been rejected in this project.');
  });

  it('filters by text or label once typing pauses, and keeps following changes through the filter', async () => {
    const project = new FakeProject(500);
    project.rejections.push(rejection(600, 'Peking', 2), rejection(601, 'Pekinger', 1));
    const dialog = await opened(project);
    vi.useFakeTimers();
    const box = dialog.element.querySelector<HTMLInputElement>('input[type="search"]');
    if (box === null) throw new Error('no filter box');
    for (const typed of ['p', 'pe', 'PEKÍNG']) {
      box.value = typed;
      box.dispatchEvent(new window.Event('input'));
    }
    const asked = project.queries.length;
    await vi.advanceTimersByTimeAsync(REJECTION_FILTER_DELAY_MS);
    expect(project.queries.slice(asked).map((query) => query.filter)).toEqual(['PEKÍNG']);
    expect(quotes(dialog)).toEqual(['Pekinger', 'Peking']);
    expect(summary(dialog)).toBe('2 rejected suggestions match “PEKÍNG”.');
    expect(moreButton(dialog)?.hidden).toBe(true);

    // A rejection the filter would not find is not drawn; one it finds by its label is.
    project.change([rejection(700, 'Minsk', 1), rejection(701, 'Hafen', 2)], []);
    expect(quotes(dialog)).toEqual(['Pekinger', 'Peking']);
    box.value = 'location';
    box.dispatchEvent(new window.Event('input'));
    await vi.advanceTimersByTimeAsync(REJECTION_FILTER_DELAY_MS);
    expect(quotes(dialog)).toEqual(['Hafen', 'Peking']);
    project.change([], [600]);
    expect(summary(dialog)).toBe('1 rejected suggestion matches “location”.');
  });
});
