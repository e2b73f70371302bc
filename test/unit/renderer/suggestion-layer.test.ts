import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubArticleViewDom } from '../support/article-view-dom';
import type { Suggestion } from '../../../shared/model/suggestion';
import { ArticleView } from '../../../renderer/src/article-view/article-view';
import { SuggestionLayer } from '../../../renderer/src/suggestions/suggestion-layer';
import { suggestionLayerPlugin } from '../../../renderer/src/suggestions/suggestion-layer-plugin';
import { SuggestionState } from '../../../renderer/src/suggestions/suggestion-state';
import {
  SCHOIGU,
  SUGGESTION_TEXT,
  annotationOver,
  article,
  suggestion,
  suggestionModel,
} from '../support/suggestion-fixtures';

beforeEach(() => {
  stubArticleViewDom();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The article view with the suggestion plugin, over a model and a store answering `answer`. */
async function shown(answer: Suggestion[]) {
  const model = suggestionModel();
  const view = new ArticleView({
    plugins: [suggestionLayerPlugin()],
    commands: { run: () => true, handleKey: () => false },
  });
  document.body.append(view.element);
  const api = { invoke: vi.fn(() => Promise.resolve(answer)) };
  const state = new SuggestionState({ api: api as never, model, reportError: vi.fn(), delay: () => () => undefined });
  const layer = new SuggestionLayer(state, view);
  view.show(article(1));
  model.showArticle({ article: article(1), annotations: [], relations: [], documentLabels: [] });
  await settle();
  return { model, view, state, layer };
}

/** The suggestion elements on screen, in document order: their text and classes. */
function drawn(view: ArticleView) {
  return [...view.editorView.dom.querySelectorAll<HTMLElement>('[data-suggestion]')].map((element) => ({
    text: element.textContent,
    classes: [...element.classList].sort(),
  }));
}

describe('the suggestion layer', () => {
  it('draws each suggestion over its text with the suggestion class and its label’s colour class', async () => {
    const { view } = await shown([suggestion('Schoigu'), suggestion('Putin', 1), suggestion('Schoigus')]);
    expect(drawn(view)).toEqual([
      { text: 'Schoigu', classes: ['ann-c1', 'sugg'] },
      { text: 'Schoigus', classes: ['ann-c1', 'sugg'] },
      { text: 'Putin', classes: ['ann-c1', 'sugg'] },
    ]);
    // After the emoji (two UTF-16 code units), the text still lines up.
    expect(SUGGESTION_TEXT.slice(suggestion('Putin', 1).start)).toBe('Putin.');
  });

  it('marks the focused suggestion, and only it', async () => {
    const { view, state } = await shown([suggestion('Schoigu'), suggestion('Schoigus')]);
    state.focus(suggestion('Schoigus'));
    expect(drawn(view).map((entry) => entry.classes.includes('sugg-focused'))).toEqual([false, true]);
    state.focus(null);
    expect(drawn(view).some((entry) => entry.classes.includes('sugg-focused'))).toBe(false);
  });

  it('takes away the drawing of a suggestion an annotation covers', async () => {
    const { view, model } = await shown([suggestion('Schoigu'), suggestion('Schoigus')]);
    const schoigu = suggestion('Schoigu');
    model.apply({
      annotations: { upserted: [annotationOver(4, schoigu.start, schoigu.end, SCHOIGU.id)], deleted: [] },
    });
    expect(drawn(view).map((entry) => entry.text)).toEqual(['Schoigus']);
  });

  it('draws nothing for suggestions of another article than the one on screen', async () => {
    const { view, state } = await shown([suggestion('Schoigu', 0, [SCHOIGU.id], 2)]);
    await state.refresh();
    expect(drawn(view)).toEqual([]);
  });

  it('stops drawing once disposed', async () => {
    const { view, state, layer } = await shown([suggestion('Schoigu')]);
    layer.dispose();
    state.focus(suggestion('Schoigu'));
    expect(drawn(view)[0]?.classes).not.toContain('sugg-focused');
  });
});
