import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayerAnnotation } from '../../../../shared/model/layer';
import { ArticleView } from '../../../../renderer/src/article-view/article-view';
import { LayerDisplay } from '../../../../renderer/src/layers/layer-display';
import { LayerMarks } from '../../../../renderer/src/layers/layer-marks';
import { layerMarksPlugin } from '../../../../renderer/src/layers/layer-marks-plugin';
import { LayerOverlay, PROJECT_HIDDEN_CLASS } from '../../../../renderer/src/layers/layer-overlay';
import { stubArticleViewDom } from '../../support/article-view-dom';
import { article, SUGGESTION_TEXT } from '../../support/suggestion-fixtures';
import { ANA, BEN, layerAnnotation, layerModel } from '../../support/layer-fixtures';

beforeEach(() => {
  stubArticleViewDom();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The article view with the layer plugin, over a store answering the drawn layers' marks from `all`. */
async function overlaid(all: LayerAnnotation[]) {
  const model = layerModel();
  const view = new ArticleView({
    plugins: [layerMarksPlugin()],
    commands: { run: () => true, handleKey: () => false },
  });
  document.body.append(view.element);
  const display = new LayerDisplay(model);
  const api = {
    invoke: vi.fn((_call: string, { articleId, layerIds }: { articleId: number; layerIds: number[] }) =>
      Promise.resolve(all.filter((mark) => mark.articleId === articleId && layerIds.includes(mark.layerId))),
    ),
  };
  const marks = new LayerMarks({ api: api as never, model, display, reportError: vi.fn() });
  const overlay = new LayerOverlay(display, marks, model, view);
  view.show(article(1));
  model.showArticle({ article: article(1), annotations: [], relations: [], documentLabels: [] });
  await settle();
  return { model, view, display, overlay, api };
}

/** The layer marks on screen, in document order: text, classes and title. */
function drawn(view: ArticleView) {
  return [...view.editorView.dom.querySelectorAll<HTMLElement>('[data-layer]')].map((element) => ({
    text: element.textContent,
    classes: [...element.classList].sort(),
    title: element.getAttribute('title'),
  }));
}

const MARKS = [
  layerAnnotation(1, ANA.id, 'Schoigu'),
  layerAnnotation(2, BEN.id, 'Putin', 1),
  // After the emoji (two UTF-16 code units): offsets still line up.
  { ...layerAnnotation(3, BEN.id, 'war lang'), entityName: 'A long speech' },
];

describe('colleagues’ layers drawn in the article', () => {
  it('overlays each layer’s marks with its own line style, the label’s colour, and whose it is', async () => {
    const { view } = await overlaid(MARKS);
    expect(SUGGESTION_TEXT.indexOf('👋')).toBeLessThan(SUGGESTION_TEXT.indexOf('war lang'));
    expect(drawn(view)).toEqual([
      { text: 'Schoigu', classes: ['ann-c1', 'layer-mark', 'layer-style-0'], title: 'Ana Ruiz: Person' },
      {
        text: 'war lang',
        classes: ['ann-c1', 'layer-mark', 'layer-style-1'],
        title: 'Ben Okafor (layer “Ben (second pass)”): Person · A long speech',
      },
      {
        text: 'Putin',
        classes: ['ann-c1', 'layer-mark', 'layer-style-1'],
        title: 'Ben Okafor (layer “Ben (second pass)”): Person',
      },
    ]);
    expect(view.element.classList.contains(PROJECT_HIDDEN_CLASS)).toBe(false);
  });

  it('one at a time draws only the chosen layer and hides the project’s highlights', async () => {
    const { view, display } = await overlaid(MARKS);
    display.setMode('single');
    expect(drawn(view)).toEqual([]);
    display.choose(ANA.id);
    await settle();
    expect(drawn(view).map((mark) => mark.text)).toEqual(['Schoigu']);
    expect(view.element.classList.contains(PROJECT_HIDDEN_CLASS)).toBe(true);
    display.choose('project');
    expect(drawn(view)).toEqual([]);
    expect(view.element.classList.contains(PROJECT_HIDDEN_CLASS)).toBe(false);
  });

  it('a hidden layer goes at once, without asking the store', async () => {
    const { view, display, api } = await overlaid(MARKS);
    const asked = api.invoke.mock.calls.length;
    display.setHidden(BEN.id, true);
    expect(drawn(view).map((mark) => mark.text)).toEqual(['Schoigu']);
    await settle();
    expect(api.invoke.mock.calls.length).toBe(asked + 1);
    display.setHidden(BEN.id, false);
    await settle();
    expect(drawn(view)).toHaveLength(3);
  });

  it('side by side draws nothing over the article: the colleague’s layer is in its own pane', async () => {
    const { view, display } = await overlaid(MARKS);
    display.setMode('side-by-side');
    await settle();
    expect(drawn(view)).toEqual([]);
    expect(view.element.classList.contains(PROJECT_HIDDEN_CLASS)).toBe(false);
  });

  it('draws marks only into the article they are of', async () => {
    const { view, model } = await overlaid(MARKS);
    view.show(article(2));
    model.showArticle({ article: article(2), annotations: [], relations: [], documentLabels: [] });
    expect(drawn(view)).toEqual([]);
    await settle();
    expect(drawn(view)).toEqual([]);
  });
});
