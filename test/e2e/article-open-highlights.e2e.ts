import type { Page, Route } from '@playwright/test';
import { CALL_PATH } from '../../main/browser-host/page/host-protocol';
import { expect, test } from './support/browser-host';
import { createArticle, invoke, labelId, SEED_TEXT } from './support/annotation-page';

// A short article is painted once, with its highlights, never as bare text first; a long article's
// text is shown without waiting for its annotations, which can take far longer than its text.

/**
 * Holds every `annotation.columns` answer (or only those of all an article's annotations, not of a
 * range read ahead) until `release` is called; `held` resolves once one is held.
 */
async function holdAnnotations(
  app: Page,
  which: 'every read' | 'reads of all' = 'every read',
): Promise<{ held: Promise<void>; release: () => void }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let heldNow = (): void => undefined;
  const held = new Promise<void>((resolve) => (heldNow = resolve));
  await app.route(`**${CALL_PATH}annotation.columns`, async (route: Route) => {
    if (which === 'reads of all' && route.request().postData()?.includes('"within"') === true) {
      await route.continue();
      return;
    }
    heldNow();
    await released;
    await route.continue();
  });
  return { held, release };
}

/** Counts, from now on, the frames painted with `title`'s text on screen and not one highlight. */
async function countBareFrames(app: Page, title: string): Promise<void> {
  await app.evaluate((shown) => {
    const counted = window as { bareFrames?: number };
    counted.bareFrames = 0;
    const check = (): void => {
      const showing = document.querySelector('#article-pane h1')?.textContent === shown;
      if (showing && document.querySelector('.ProseMirror .ann') === null)
        counted.bareFrames = (counted.bareFrames ?? 0) + 1;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, title);
}

const bareFrames = (app: Page): Promise<number> =>
  app.evaluate(() => (window as { bareFrames?: number }).bareFrames ?? 0);

/** An article with its first two occurrences of "Xi" marked as persons, made through the UI's own calls. */
async function annotatedArticle(app: Page, title: string, text: string): Promise<void> {
  const { id } = await invoke<{ id: number }>(app, 'article.create', { title, text });
  const person = await labelId(app, 'Person');
  const first = text.indexOf('Xi');
  for (const start of [first, text.indexOf('Xi', first + 1)]) {
    await invoke(app, 'annotation.create', { articleId: id, labelId: person, fragments: [{ start, end: start + 2 }] });
  }
}

test('a short article waits for its annotations and is painted with them', async ({ app }) => {
  await annotatedArticle(app, 'Kurz und markiert', SEED_TEXT);
  await createArticle(app, 'Etwas anderes', 'Ein anderer Text.');
  const annotations = await holdAnnotations(app);
  await countBareFrames(app, 'Kurz und markiert');

  const text = app.waitForResponse((response) => response.url().endsWith(`${CALL_PATH}article.get`));
  await app.getByRole('option', { name: /Kurz und markiert/ }).click();
  await annotations.held;
  await text;
  // The text is in; two frames later it is still not on screen without its highlights.
  await app.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(app.locator('#article-pane h1')).not.toHaveText('Kurz und markiert');

  annotations.release();
  await expect(app.locator('#article-pane h1')).toHaveText('Kurz und markiert');
  await expect(app.locator('.ProseMirror .ann')).toHaveText(['Xi', 'Xi']);
  expect(await bareFrames(app)).toBe(0);
});

test('an article drawn section by section has the highlights on screen in its first frame', async ({ app }) => {
  // Over 96 blocks, an article is drawn by section: first those on screen, then their neighbours.
  const paragraphs = Array.from({ length: 150 }, (_, i) => `Absatz ${i}: Xi sprach am Freitag in Peking.`);
  await annotatedArticle(app, 'Viele Absätze', paragraphs.join('\n\n'));
  await createArticle(app, 'Etwas anderes', 'Ein anderer Text.');
  await countBareFrames(app, 'Viele Absätze');

  await app.getByRole('option', { name: /Viele Absätze/ }).click();
  await expect(app.locator('.ProseMirror .ann')).toHaveText(['Xi', 'Xi']);
  expect(await bareFrames(app)).toBe(0);
});

test('a long article’s text is shown before its annotations arrive', async ({ app }) => {
  const long = Array.from({ length: Math.ceil(120_000 / SEED_TEXT.length) }, () => SEED_TEXT).join('\n');
  await annotatedArticle(app, 'Lang und markiert', long);
  await createArticle(app, 'Etwas anderes', 'Ein anderer Text.');
  const annotations = await holdAnnotations(app);

  await app.getByRole('option', { name: /Lang und markiert/ }).click();
  await annotations.held;
  await expect(app.locator('#article-pane h1')).toHaveText('Lang und markiert');
  await expect(app.locator('.ProseMirror')).toContainText('Xi');
  await expect(app.locator('.ProseMirror .ann')).toHaveCount(0);

  annotations.release();
  await expect(app.locator('.ProseMirror .ann')).toHaveText(['Xi', 'Xi']);
});

test('a long article’s first screen shows its highlights before the rest of its annotations arrive', async ({
  app,
}) => {
  const paragraph = 'Xi sprach am Freitag in Peking über die Lage – „ohne Vorbedingungen“, sagte er. 👋';
  const long = Array.from({ length: Math.ceil(120_000 / paragraph.length) }, () => paragraph).join('\n\n');
  const { id } = await invoke<{ id: number }>(app, 'article.create', { title: 'Lang, vorne markiert', text: long });
  const person = await labelId(app, 'Person');
  const last = long.lastIndexOf('Peking');
  for (const start of [long.indexOf('Xi'), last]) {
    const end = start + (start === last ? 'Peking'.length : 2);
    await invoke(app, 'annotation.create', { articleId: id, labelId: person, fragments: [{ start, end }] });
  }
  await createArticle(app, 'Etwas anderes', 'Ein anderer Text.');
  const all = await holdAnnotations(app, 'reads of all');

  await app.getByRole('option', { name: /Lang, vorne markiert/ }).click();
  await all.held;
  await expect(app.locator('.ProseMirror .ann')).toHaveText(['Xi']);
  all.release();
  // Both are the article's now: the one at the end is drawn once it is scrolled to.
  await app.locator('#article-pane').evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
  await expect(app.locator('.ProseMirror .ann', { hasText: 'Peking' })).toBeVisible();
});
