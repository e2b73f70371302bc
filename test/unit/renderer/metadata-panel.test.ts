import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { MetadataPanel } from '../../../renderer/src/metadata/metadata-panel';
import { ReviewField } from '../../../renderer/src/review/review-field';
import { useLinkedomPage } from '../support/linkedom-dialogs';
import { article } from '../support/suggestion-fixtures';

useLinkedomPage();

// linkedom's <select> has no value setter; a browser's selects the option with that value.
beforeEach(() => {
  Object.defineProperty(window.HTMLSelectElement.prototype, 'value', {
    configurable: true,
    get(this: HTMLSelectElement) {
      return this.querySelector('option[selected]')?.getAttribute('value') ?? '';
    },
    set(this: HTMLSelectElement, value: string) {
      for (const option of this.querySelectorAll('option')) option.toggleAttribute('selected', option.value === value);
    },
  });
});

function titled(id: number, title: string): Article {
  return { ...article(id), title };
}

function panelWithTab(visible: boolean) {
  const tab = { visible, show: () => undefined };
  const panel = new MetadataPanel(
    {
      save: () => Promise.reject(new Error('not saved in this test')),
      redecode: () => Promise.resolve(),
      review: new ReviewField({ setStatus: () => undefined, describe: () => '' }),
    },
    tab,
  );
  const title = () => (panel.element.querySelector('input[name="title"]') as HTMLInputElement).value;
  return { panel, tab, title };
}

describe('the Article tab', () => {
  it('shows the opened article at once while it is in view', () => {
    const { panel, title } = panelWithTab(true);
    panel.follow({ kind: 'shown', article: titled(1, 'Xi in Berlin') });
    expect(title()).toBe('Xi in Berlin');
  });

  it('shows the article opened while it was out of view once it comes into view', () => {
    const { panel, tab, title } = panelWithTab(false);
    panel.follow({ kind: 'shown', article: titled(1, 'Xi in Berlin') });
    panel.follow({ kind: 'shown', article: titled(2, 'Scholz in Paris') });

    tab.visible = true;
    panel.onShow();
    expect(title()).toBe('Scholz in Paris');
  });

  it('keeps a rename made while it was out of view', () => {
    const { panel, tab, title } = panelWithTab(false);
    const shown = titled(2, 'Scholz in Paris');
    panel.follow({ kind: 'shown', article: shown });
    panel.follow({ kind: 'summary', summary: { ...shown, title: 'Scholz and Macron in Paris' } });

    tab.visible = true;
    panel.onShow();
    expect(title()).toBe('Scholz and Macron in Paris');
  });

  it('empties the form when the article was closed while it was out of view', () => {
    const { panel, tab } = panelWithTab(true);
    panel.follow({ kind: 'shown', article: titled(1, 'Xi in Berlin') });
    tab.visible = false;
    panel.follow({ kind: 'shown', article: null });

    tab.visible = true;
    panel.onShow();
    expect(panel.element.querySelector('form')?.hidden).toBe(true);
  });
});
