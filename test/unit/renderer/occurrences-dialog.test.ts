import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../shared/model/suggestion';
import {
  OCCURRENCE_ROWS_PER_PAGE,
  OccurrencesDialog,
  type ArticleOccurrences,
} from '../../../renderer/src/suggestions/occurrences-dialog';
import { useLinkedomPage } from '../support/linkedom-dialogs';
import { suggestion } from '../support/suggestion-fixtures';

useLinkedomPage();

/** `perArticle` occurrences in each of `articles` articles: the same suggestion moved along. */
function corpus(articles: number, perArticle: number): ArticleOccurrences[] {
  return Array.from({ length: articles }, (_, a) => ({
    articleId: a + 1,
    articleTitle: `Article ${a + 1}`,
    suggestions: Array.from({ length: perArticle }, (_, i) => ({
      ...suggestion('Schoigu', 0, undefined, a + 1),
      start: 11 + i * 20,
      end: 18 + i * 20,
    })),
  }));
}

function boxes(dialog: OccurrencesDialog, selector: string): HTMLInputElement[] {
  return [...dialog.element.querySelectorAll<HTMLInputElement>(selector)];
}

function tick(box: HTMLInputElement | undefined, checked: boolean): void {
  if (box === undefined) throw new Error('No such box');
  box.checked = checked;
  box.dispatchEvent(new window.Event('change', { bubbles: true }));
}

function confirmButton(dialog: OccurrencesDialog): HTMLButtonElement {
  const button = dialog.element.querySelector<HTMLButtonElement>('.button-primary');
  if (button === null) throw new Error('No confirm button');
  return button;
}

describe('the corpus-wide annotate-all dialog', () => {
  it('draws a page of rows at first, however many occurrences there are, all ticked', () => {
    const dialog = new OccurrencesDialog();
    void dialog.confirm('Annotate every mention', corpus(1_000, 10));
    expect(boxes(dialog, 'input[data-index]')).toHaveLength(OCCURRENCE_ROWS_PER_PAGE);
    expect(boxes(dialog, 'input[data-index]').every((box) => box.checked)).toBe(true);
    expect(confirmButton(dialog).textContent).toBe('Annotate 10000');
    const more = dialog.element.querySelector<HTMLButtonElement>('.dialog-body > .button');
    more?.click();
    expect(boxes(dialog, 'input[data-index]')).toHaveLength(2 * OCCURRENCE_ROWS_PER_PAGE);
  });

  it('answers with every ticked occurrence, drawn or not, and nothing unticked', async () => {
    const dialog = new OccurrencesDialog();
    const answer = dialog.confirm('Annotate every mention', corpus(300, 2));
    tick(boxes(dialog, 'input[data-index]')[1], false);
    // An article's box unticks all of its occurrences.
    tick(boxes(dialog, 'input[data-group]')[2], false);
    expect(confirmButton(dialog).textContent).toBe('Annotate 597');
    confirmButton(dialog).click();
    const ticked = (await answer) ?? [];
    expect(ticked).toHaveLength(597);
    expect(ticked.some((s: Suggestion) => s.articleId === 3)).toBe(false);
    expect(ticked.filter((s: Suggestion) => s.articleId === 1)).toHaveLength(1);
    expect(ticked.filter((s: Suggestion) => s.articleId === 300)).toHaveLength(2);
  });

  it('shows an article’s box as partly ticked, and Untick all leaves nothing to annotate', () => {
    const dialog = new OccurrencesDialog();
    void dialog.confirm('Annotate every mention', corpus(2, 3));
    tick(boxes(dialog, 'input[data-index]')[0], false);
    const [first, second] = boxes(dialog, 'input[data-group]');
    expect([first?.checked, first?.indeterminate, second?.checked]).toEqual([false, true, true]);
    const untickAll = [...dialog.element.querySelectorAll('button')].find(
      (button) => button.textContent === 'Untick all',
    );
    untickAll?.click();
    expect(confirmButton(dialog).disabled).toBe(true);
    expect(boxes(dialog, 'input[data-index]').some((box) => box.checked)).toBe(false);
  });

  it('answers null when cancelled', async () => {
    const dialog = new OccurrencesDialog();
    const answer = dialog.confirm('Annotate every mention', corpus(1, 1));
    const cancel = [...dialog.element.querySelectorAll('button')].find((button) => button.textContent === 'Cancel');
    cancel?.click();
    expect(await answer).toBeNull();
  });
});
