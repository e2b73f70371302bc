import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayerAnnotation } from '../../../../shared/model/layer';
import { LayerComparePane } from '../../../../renderer/src/layers/layer-compare-pane';
import { LayerDisplay } from '../../../../renderer/src/layers/layer-display';
import { LayerMarks } from '../../../../renderer/src/layers/layer-marks';
import { stubArticleViewDom } from '../../support/article-view-dom';
import { article } from '../../support/suggestion-fixtures';
import { ANA, BEN, layerAnnotation, layerModel } from '../../support/layer-fixtures';

beforeEach(() => {
  stubArticleViewDom();
  // A read-only ProseMirror view reads the page's selection, which linkedom has none of.
  (document as { getSelection: () => unknown }).getSelection = () => ({
    anchorNode: null,
    focusNode: null,
    rangeCount: 0,
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Gives an element the scroll geometry a browser would lay out. */
function scrollable(element: HTMLElement, scrollHeight: number, clientHeight: number): void {
  Object.defineProperty(element, 'scrollHeight', { value: scrollHeight });
  Object.defineProperty(element, 'clientHeight', { value: clientHeight });
  element.scrollTop = 0;
}

async function comparing(all: LayerAnnotation[]) {
  const model = layerModel();
  const display = new LayerDisplay(model);
  const api = {
    invoke: vi.fn((_call: string, { layerIds }: { layerIds: number[] }) =>
      Promise.resolve(all.filter((mark) => layerIds.includes(mark.layerId))),
    ),
  };
  const marks = new LayerMarks({ api: api as never, model, display, reportError: vi.fn() });
  const articlePane = document.createElement('main');
  const pane = new LayerComparePane(model, display, marks, articlePane);
  document.body.append(articlePane, pane.element);
  model.showArticle({ article: article(1), annotations: [], relations: [], documentLabels: [] });
  await settle();
  return { display, pane, articlePane };
}

const marksIn = (pane: LayerComparePane) =>
  [...pane.element.querySelectorAll<HTMLElement>('[data-layer]')].map((element) => element.textContent);

describe('the side-by-side pane', () => {
  it('shows the text with the chosen colleague’s marks only while side by side', async () => {
    const { display, pane } = await comparing([
      layerAnnotation(1, ANA.id, 'Schoigu'),
      layerAnnotation(2, BEN.id, 'Putin'),
    ]);
    expect(pane.element.hidden).toBe(true);
    display.setMode('side-by-side');
    await settle();
    expect(pane.element.hidden).toBe(false);
    expect(pane.element.querySelector('h2')?.textContent).toBe('Ana Ruiz’s layer “Ana Ruiz” (read-only)');
    expect(pane.element.textContent).toContain('Putin traf Schoigu.');
    expect(marksIn(pane)).toEqual(['Schoigu']);
    display.choose(BEN.id);
    await settle();
    expect(marksIn(pane)).toEqual(['Putin']);
    display.setMode('overlay');
    expect(pane.element.hidden).toBe(true);
  });

  it('scrolls with the article, by the share scrolled, and the article with it', async () => {
    const { display, pane, articlePane } = await comparing([]);
    display.setMode('side-by-side');
    scrollable(articlePane, 2_000, 500);
    scrollable(pane.element, 1_000, 500);
    articlePane.scrollTop = 750;
    articlePane.dispatchEvent(new window.Event('scroll'));
    expect(pane.element.scrollTop).toBe(250);
    // The echo of that scroll is not copied back.
    pane.element.dispatchEvent(new window.Event('scroll'));
    expect(articlePane.scrollTop).toBe(750);
    pane.element.scrollTop = 500;
    pane.element.dispatchEvent(new window.Event('scroll'));
    expect(articlePane.scrollTop).toBe(1_500);
  });
});
