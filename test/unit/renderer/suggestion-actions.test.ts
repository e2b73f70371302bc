import { describe, expect, it, vi } from 'vitest';
import type { PickerRequest } from '../../../renderer/src/dialogs/picker-dialog';
import { SuggestionActions } from '../../../renderer/src/suggestions/suggestion-actions';
import { SuggestionState } from '../../../renderer/src/suggestions/suggestion-state';
import type { Suggestion } from '../../../shared/model/suggestion';
import { PUTIN, SCHOIGU, article, entity, suggestion, suggestionModel } from '../support/suggestion-fixtures';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Two Schoigus share the name: the registry holds the minister and a namesake. */
const NAMESAKE = entity(12, 'Schoigu');

async function actionsOver(answer: Suggestion[], pickAnswer: number | null = null) {
  const model = suggestionModel();
  model.apply({ entities: { upserted: [NAMESAKE], deleted: [] } });
  const writes: { call: string; arg: unknown }[] = [];
  const invoke = vi.fn((call: string, arg: unknown) => {
    if (call === 'suggestion.forArticle') return Promise.resolve(answer);
    writes.push({ call, arg });
    return Promise.resolve(call === 'suggestion.accept' ? [] : { count: 1 });
  });
  const api = { invoke } as never;
  const state = new SuggestionState({ api, model, reportError: vi.fn(), delay: () => () => undefined });
  model.showArticle({ article: article(1), annotations: [], relations: [], documentLabels: [] });
  await settle();
  const asked: PickerRequest<unknown>[] = [];
  const picker = {
    pick: vi.fn(async <T>(request: PickerRequest<T>) => {
      asked.push(request);
      return pickAnswer as T | null;
    }),
  };
  const view = { caretTextOffset: vi.fn(() => 0), selectTextRange: vi.fn(), scrollTextRangeIntoView: vi.fn() };
  const notify = vi.fn();
  const actions = new SuggestionActions({
    state,
    session: { api, model, write: (action) => action() },
    article: view,
    picker: picker as never,
    notify,
  });
  return { actions, state, writes, asked, notify, view };
}

const ambiguous = (word: string, occurrence = 0) => suggestion(word, occurrence, [SCHOIGU.id, NAMESAKE.id]);

describe('suggestion actions', () => {
  it('accepts the focused suggestion in one call, linked to its entity', async () => {
    const { actions, state, writes } = await actionsOver([suggestion('Putin'), suggestion('Schoigu')]);
    state.focus(suggestion('Schoigu'));
    await actions.accept();
    expect(writes).toEqual([{ call: 'suggestion.accept', arg: { accepted: [{ suggestion: suggestion('Schoigu') }] } }]);
  });

  it('asks which entity a shared name means, and accepts it as the one picked', async () => {
    const { actions, state, writes, asked } = await actionsOver([ambiguous('Schoigu')], NAMESAKE.id);
    state.focus(ambiguous('Schoigu'));
    await actions.accept();
    expect(asked[0]?.items.map((item) => item.value)).toEqual([SCHOIGU.id, NAMESAKE.id]);
    expect(writes).toEqual([
      { call: 'suggestion.accept', arg: { accepted: [{ suggestion: ambiguous('Schoigu'), entityId: NAMESAKE.id }] } },
    ]);
  });

  it('writes nothing when the pick is cancelled', async () => {
    const { actions, state, writes } = await actionsOver([ambiguous('Schoigu')], null);
    state.focus(ambiguous('Schoigu'));
    await actions.acceptAs();
    expect(writes).toEqual([]);
  });

  it('accepts every suggestion of the focused one’s entity in one call, and no other', async () => {
    const all = [suggestion('Putin'), suggestion('Schoigu'), suggestion('Schoigus'), suggestion('Putin', 1)];
    const { actions, state, writes } = await actionsOver(all);
    state.focus(suggestion('Putin', 1));
    await actions.acceptAllOfEntity();
    expect(writes).toHaveLength(1);
    const accepted = (writes[0]?.arg as { accepted: { suggestion: Suggestion }[] }).accepted;
    expect(accepted.map(({ suggestion: s }) => [s.quote.exact, s.start])).toEqual([
      ['Putin', 0],
      ['Putin', 53],
    ]);
    expect(
      accepted.every(({ suggestion: s }) => s.entity?.kind === 'existing' && s.entity.entityIds[0] === PUTIN.id),
    ).toBe(true);
  });

  it('rejects the focused suggestion in one call', async () => {
    const { actions, state, writes } = await actionsOver([suggestion('Schoigu')]);
    state.focus(suggestion('Schoigu'));
    await actions.reject();
    expect(writes).toEqual([{ call: 'suggestion.reject', arg: { suggestions: [suggestion('Schoigu')] } }]);
  });

  it('says what to do when no suggestion is focused, and writes nothing', async () => {
    const { actions, writes, notify } = await actionsOver([suggestion('Schoigu')]);
    await actions.accept();
    await actions.reject();
    expect(writes).toEqual([]);
    expect(notify).toHaveBeenCalledWith('Move to a suggestion first (S, or a click in the Suggestions tab).');
  });

  it('moves to the next suggestion from the caret and puts the caret at its start', async () => {
    const { actions, state, view } = await actionsOver([suggestion('Schoigu'), suggestion('Putin', 1)]);
    view.caretTextOffset.mockReturnValue(30);
    actions.step(1);
    expect(state.focused?.start).toBe(53);
    expect(view.selectTextRange).toHaveBeenLastCalledWith({ start: 53, end: 53 });
    actions.step(1);
    expect(state.focused?.quote.exact).toBe('Schoigu');
    actions.step(-1);
    expect(state.focused?.start).toBe(53);
  });
});
