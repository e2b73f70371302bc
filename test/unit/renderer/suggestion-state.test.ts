import { describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../../shared/model/suggestion';
import { REFRESH_DELAY_MS, SuggestionState, type Delay } from '../../../renderer/src/suggestions/suggestion-state';
import {
  PERSON,
  PUTIN,
  SCHOIGU,
  annotationOver,
  article,
  entity,
  rejectionOf,
  suggestion,
  suggestionModel,
} from '../support/suggestion-fixtures';

/** Timers the test runs by hand: what is pending, and a way to let it run. */
function manualDelay() {
  const pending: { milliseconds: number; run: () => void }[] = [];
  const delay: Delay = (milliseconds, run) => {
    const entry = { milliseconds, run };
    pending.push(entry);
    return () => pending.splice(pending.indexOf(entry), 1);
  };
  return {
    delay,
    pending,
    runAll() {
      for (const entry of pending.splice(0)) entry.run();
    },
  };
}

/** The store's answers, one per question, and the questions asked; an answer may be held back. */
function fakeApi(initial: Suggestion[]) {
  let answer = initial;
  const asked: number[] = [];
  let held: (() => void) | null = null;
  let holdNext = false;
  const invoke = vi.fn((call: string, arg: { articleId: number }) => {
    if (call !== 'suggestion.forArticle') throw new Error(`Unexpected call ${call}`);
    asked.push(arg.articleId);
    const value = answer;
    if (!holdNext) return Promise.resolve(value);
    holdNext = false;
    return new Promise<Suggestion[]>((resolve) => (held = () => resolve(value)));
  });
  return {
    api: { invoke } as unknown as ConstructorParameters<typeof SuggestionState>[0]['api'],
    asked,
    answerWith(next: Suggestion[]) {
      answer = next;
    },
    holdNextAnswer() {
      holdNext = true;
    },
    releaseHeld() {
      held?.();
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const ALL = [suggestion('Putin'), suggestion('Schoigu'), suggestion('Schoigus'), suggestion('Putin', 1)];

async function opened(initial = ALL) {
  const model = suggestionModel();
  const store = fakeApi(initial);
  const timers = manualDelay();
  const reportError = vi.fn();
  const state = new SuggestionState({ api: store.api, model, reportError, delay: timers.delay });
  model.showArticle({ article: article(1), annotations: [], relations: [], documentLabels: [] });
  await settle();
  return { model, store, timers, state, reportError };
}

const quotes = (state: SuggestionState) => state.suggestions.map((s) => `${s.quote.exact}@${s.start}`);

describe('the suggestion state of the shown article', () => {
  it('asks the store once when an article opens and lists its suggestions in text order', async () => {
    const shuffled = [ALL[2], ALL[0], ALL[3], ALL[1]].filter((s): s is Suggestion => s !== undefined);
    const { state, store } = await opened(shuffled);
    expect(store.asked).toEqual([1]);
    expect(quotes(state)).toEqual(['Putin@0', 'Schoigu@11', 'Schoigus@20', 'Putin@53']);
  });

  it('drops the suggestion an accept annotated at once, without asking again', async () => {
    const { model, state, store, timers } = await opened();
    const schoigus = suggestion('Schoigus');
    // What the store sends after accepting: the new mention, and its entity with one more mention.
    model.apply({
      annotations: { upserted: [annotationOver(5, schoigus.start, schoigus.end, SCHOIGU.id)], deleted: [] },
      entities: { upserted: [entity(SCHOIGU.id, 'Schoigu', [], 1)], deleted: [] },
      history: { undo: 'Accept suggestion', redo: null },
    });
    expect(quotes(state)).toEqual(['Putin@0', 'Schoigu@11', 'Putin@53']);
    timers.runAll();
    await settle();
    expect(store.asked).toEqual([1]);
  });

  it('drops what any piece of a discontinuous annotation covers, and nothing in its gap', async () => {
    const { model, state } = await opened();
    const [putin, schoigus] = [suggestion('Putin'), suggestion('Schoigus')];
    model.apply({
      annotations: {
        upserted: [
          {
            ...annotationOver(7, putin.start, putin.end),
            fragments: [
              { start: putin.start, end: putin.end },
              { start: schoigus.start + 2, end: schoigus.start + 4 },
            ],
          },
        ],
        deleted: [],
      },
    });
    expect(quotes(state)).toEqual(['Schoigu@11', 'Putin@53']);
  });

  it('drops a rejected suggestion at once, and asks again (once) when rejections are taken back', async () => {
    const { model, state, store, timers } = await opened();
    const schoigu = suggestion('Schoigu');
    model.apply({ suggestionRejections: { upserted: [rejectionOf(3, schoigu)], deleted: [] } });
    expect(quotes(state)).not.toContain('Schoigu@11');
    expect(timers.pending).toHaveLength(0);

    model.apply({ suggestionRejections: { upserted: [], deleted: [3] } });
    model.apply({ suggestionRejections: { upserted: [], deleted: [4] } });
    expect(store.asked).toEqual([1]);
    expect(timers.pending.map((entry) => entry.milliseconds)).toEqual([REFRESH_DELAY_MS]);
    timers.runAll();
    await settle();
    expect(store.asked).toEqual([1, 1]);
    expect(quotes(state)).toContain('Schoigu@11');
  });

  it('asks again after an undo takes an annotation away', async () => {
    const { model, store, timers, state } = await opened();
    const putin = suggestion('Putin');
    model.apply({ annotations: { upserted: [annotationOver(5, putin.start, putin.end, PUTIN.id)], deleted: [] } });
    expect(quotes(state)).not.toContain('Putin@0');
    model.apply({ annotations: { upserted: [], deleted: [5] } });
    timers.runAll();
    await settle();
    expect(store.asked).toEqual([1, 1]);
    expect(quotes(state)).toContain('Putin@0');
  });

  it('asks again when the registry’s names, the labels, the matching options or the sources change, not its counts', async () => {
    const { model, store, timers } = await opened();
    model.apply({ entities: { upserted: [entity(PUTIN.id, 'Putin', [], 7)], deleted: [] } });
    expect(timers.pending).toHaveLength(0);

    model.apply({ entities: { upserted: [entity(PUTIN.id, 'Putin', ['Wladimir Putin'])], deleted: [] } });
    model.apply({ labels: { upserted: [{ ...PERSON, name: 'People' }], deleted: [] } });
    model.apply({ suggestionOptions: { ignoreCase: true, ignoreDiacritics: false } });
    timers.runAll();
    await settle();
    expect(store.asked).toEqual([1, 1]);

    model.apply({ entities: { upserted: [], deleted: [SCHOIGU.id] } });
    timers.runAll();
    await settle();
    expect(store.asked).toEqual([1, 1, 1]);

    // A gazetteer imported, switched or removed changes what is proposed.
    model.apply({ gazetteers: { upserted: [], deleted: [1] } });
    timers.runAll();
    await settle();
    expect(store.asked).toEqual([1, 1, 1, 1]);
  });

  it('keeps an accept made while the store was answering out of the answer', async () => {
    const { model, state, store, timers } = await opened();
    store.holdNextAnswer();
    model.apply({ suggestionRejections: { upserted: [], deleted: [9] } });
    timers.runAll();
    const putin = suggestion('Putin', 1);
    model.apply({ annotations: { upserted: [annotationOver(6, putin.start, putin.end, PUTIN.id)], deleted: [] } });
    store.releaseHeld();
    await settle();
    expect(quotes(state)).toEqual(['Putin@0', 'Schoigu@11', 'Schoigus@20']);
  });

  it('hands the focus to the next suggestion when the focused one is accepted', async () => {
    const { model, state } = await opened();
    const schoigu = suggestion('Schoigu');
    state.focus(schoigu);
    model.apply({
      annotations: { upserted: [annotationOver(5, schoigu.start, schoigu.end, SCHOIGU.id)], deleted: [] },
    });
    expect(state.focused?.quote.exact).toBe('Schoigus');
  });

  it('finds the next and previous suggestion from an offset, wrapping around', async () => {
    const { state } = await opened();
    expect(state.neighbour(0, 1)?.start).toBe(11);
    expect(state.neighbour(53, 1)?.start).toBe(0);
    expect(state.neighbour(0, -1)?.start).toBe(53);
    expect(state.neighbour(20, -1)?.start).toBe(11);
  });

  it('drops an answer for an article no longer shown', async () => {
    const { model, state, store } = await opened();
    store.holdNextAnswer();
    model.apply({ suggestionRejections: { upserted: [], deleted: [9] } });
    const next = state.refresh();
    store.answerWith([]);
    model.showArticle({ article: article(2), annotations: [], relations: [], documentLabels: [] });
    await settle();
    store.releaseHeld();
    await next;
    expect(store.asked).toEqual([1, 1, 2]);
    expect(state.suggestions).toEqual([]);
  });

  it('reports a failed question and shows no suggestions', async () => {
    const model = suggestionModel();
    const reportError = vi.fn();
    const failure = new Error('The store refused.');
    const api = { invoke: vi.fn(() => Promise.reject(failure)) };
    const state = new SuggestionState({ api: api as never, model, reportError, delay: manualDelay().delay });
    model.showArticle({ article: article(1), annotations: [], relations: [], documentLabels: [] });
    await settle();
    expect(reportError).toHaveBeenCalledWith(failure);
    expect(state.suggestions).toEqual([]);
  });

  it('stops following the model once disposed', async () => {
    const { model, state, store } = await opened();
    state.dispose();
    model.showArticle({ article: article(2), annotations: [], relations: [], documentLabels: [] });
    await settle();
    expect(store.asked).toEqual([1]);
  });
});
