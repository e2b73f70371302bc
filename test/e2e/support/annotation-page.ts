import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const SEED_TEXT = readFileSync(
  join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', '000_5d407fa9e5e9a813.txt'),
  'utf8',
);

/** Creates an article through the New article dialog and waits until it is on screen. */
export async function createArticle(app: Page, title: string, text: string): Promise<void> {
  await app.getByRole('button', { name: 'New article' }).click();
  const dialog = app.getByRole('dialog', { name: 'New article' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Text').fill(text);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(app.locator('h1')).toHaveText(title);
  // Closing the dialog gives focus back to the button that opened it; wait for that before typing.
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('button', { name: 'New article' })).toBeFocused();
}

/**
 * Selects the n-th occurrence of `text` in the article (or, with `collapse`, puts the caret before
 * it), as a mouse drag would, and waits until the article has focus and the page holds the
 * selection: for texts the search box cannot reach.
 */
export async function selectInArticle(
  app: Page,
  text: string,
  { occurrence = 0, collapse = false }: { occurrence?: number; collapse?: boolean } = {},
): Promise<void> {
  // Selects the text, or puts it back where a redraw moved it, and reports what is selected.
  const select = ([wanted, nth, caretOnly]: readonly [string, number, boolean]): string | null => {
    const body = document.querySelector<HTMLElement>('.ProseMirror');
    if (body === null) throw new Error('No article');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let all = '';
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: all.length });
      all += (node as Text).data;
    }
    let at = -1;
    for (let i = 0; i <= nth; i++) at = all.indexOf(wanted, at + 1);
    if (at < 0) throw new Error(`“${wanted}” is not in the article`);
    const locate = (offset: number): [Text, number] => {
      const hit = nodes.findLast((entry) => entry.start <= offset);
      if (hit === undefined) throw new Error('offset outside the text');
      return [hit.node, offset - hit.start];
    };
    const [startNode, startOffset] = locate(at);
    const [endNode, endOffset] = locate(caretOnly ? at : at + wanted.length);
    const selection = document.getSelection();
    const inPlace =
      document.activeElement === body &&
      selection?.anchorNode === startNode &&
      selection.anchorOffset === startOffset &&
      selection.focusNode === endNode &&
      selection.focusOffset === endOffset;
    if (!inPlace) {
      body.focus();
      selection?.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
      // The browser announces the change in a later task; a redraw landing before it (suggestions
      // asked after the last label arrive whenever the store answers) would put ProseMirror's older
      // selection back. Announcing it now lets ProseMirror take the selection over in this task.
      document.dispatchEvent(new Event('selectionchange'));
      return null;
    }
    return selection.toString();
  };
  const wanted = [text, occurrence, collapse] as const;
  await app.evaluate(select, wanted);
  // A caret is '' wherever it is, so the place is checked too: a redraw that put ProseMirror's
  // older selection back is undone until the selection stays where it was put.
  await expect.poll(() => app.evaluate(select, wanted)).toBe(collapse ? '' : text);
}

/** The article's metadata: the Article tab of the Details panel, brought to the front. */
export async function articleDetails(app: Page): Promise<Locator> {
  const panel = app.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('tab', { name: 'Article' }).click();
  return panel.getByRole('tabpanel', { name: 'Article' });
}

/** Jumps to the first search hit for `word` with the keyboard; the article then selects the word. */
export async function searchAndSelect(app: Page, word: string): Promise<void> {
  await app.keyboard.press('Control+Shift+F');
  await expect(app.getByRole('combobox', { name: 'Search articles' })).toBeFocused();
  await app.keyboard.type(word);
  await expect(app.getByRole('option').filter({ hasText: word }).first()).toBeVisible();
  await app.keyboard.press('Enter');
  await expect.poll(() => app.evaluate(() => document.getSelection()?.toString())).toBe(word);
}

export interface StoredAnnotation {
  id: number;
  articleId: number;
  labelId: number;
  fragments: { start: number; end: number }[];
  quote: { exact: string; prefix: string; suffix: string };
  entityId?: number;
  claim?: { claimantEntityId?: number; claimantAnnotationId?: number; attributes: Record<string, number> };
  orphaned: boolean;
}

/** Reads what main has stored, through the page's own transport (the same calls the UI makes). */
export async function invoke<T>(app: Page, call: string, arg?: unknown): Promise<T> {
  return app.evaluate(
    async ([name, argument]) => {
      const transport = (
        window as unknown as { workbenchTransport?: { invoke(call: string, arg: unknown): Promise<unknown> } }
      ).workbenchTransport;
      if (transport === undefined) throw new Error('No transport');
      const envelope = (await transport.invoke(name, argument)) as { ok: boolean; value?: unknown; error?: unknown };
      if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
      return envelope.value;
    },
    [call, arg] as const,
  ) as Promise<T>;
}

export async function shownArticleId(app: Page): Promise<number> {
  const articles = await invoke<{ id: number; title: string }[]>(app, 'article.list');
  const title = await app.locator('h1').textContent();
  const article = articles.find((candidate) => candidate.title === title);
  if (article === undefined) throw new Error(`No article titled ${String(title)}`);
  return article.id;
}

export async function storedAnnotations(app: Page): Promise<StoredAnnotation[]> {
  return invoke<StoredAnnotation[]>(app, 'annotation.list', { articleId: await shownArticleId(app) });
}

export async function labelId(app: Page, name: string): Promise<number> {
  const labels = await invoke<{ id: number; name: string }[]>(app, 'schema.labels');
  const label = labels.find((candidate) => candidate.name === name);
  if (label === undefined) throw new Error(`No label ${name}`);
  return label.id;
}

/** The drawn annotation spans' texts, in document order (nested spans included). */
export async function drawnAnnotationTexts(app: Page): Promise<string[]> {
  return app.locator('.ProseMirror .ann').allTextContents();
}

/** Opens the schema settings and waits for them. */
export async function openSchema(app: Page): Promise<Locator> {
  await app.getByRole('button', { name: 'Schema', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Annotation schema' });
  await expect(dialog).toBeVisible();
  return dialog;
}
