import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, guardNetwork, startHost, test, type RunningHost } from './support/browser-host';
import { integrityCheck } from '../unit/crash-safety/integrity';
import { SEED_TEXT, createArticle, invoke, selectInArticle, shownArticleId } from './support/annotation-page';

/**
 * SIGKILL of the app while an analyst labels text in the window: every label the window showed as
 * saved (drawn, and "All changes saved") is in the project after a restart, and the file is intact.
 * WORKBENCH_UI_KILL_TRIALS raises the number of kills (the default keeps `npm test` short).
 */
const TRIALS = Number(process.env['WORKBENCH_UI_KILL_TRIALS'] ?? 4);
const LABELS_PER_TRIAL = 3;
const TITLE = 'Xi empfängt Schoigu';

/** Words of the article, each labelled once, in the order they are first found. */
const WORDS = [...new Set(SEED_TEXT.match(/\p{L}{6,}/gu) ?? [])].filter(
  (word) => SEED_TEXT.indexOf(word) === SEED_TEXT.search(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u')),
);

async function openArticle(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.startUrl);
  await expect(page.getByTestId('status-project')).not.toBeEmpty();
  if ((await page.locator('h1').textContent()) !== TITLE) {
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: TITLE }).click();
  }
  await expect(page.locator('h1')).toHaveText(TITLE);
}

/** Labels the word as a claim (Alt: exactly the selection); resolves once the window shows it saved. */
async function label(page: Page, word: string): Promise<void> {
  await selectInArticle(page, word);
  await page.keyboard.press('Alt+7');
  await expect(page.locator('.ProseMirror .ann').filter({ hasText: new RegExp(`^${word}$`) })).not.toHaveCount(0);
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved');
}

test(`labels the window showed as saved survive ${TRIALS} SIGKILLs`, async ({ page, dataDir }) => {
  test.setTimeout(60_000 + TRIALS * 20_000);
  expect(WORDS.length).toBeGreaterThan(TRIALS * (LABELS_PER_TRIAL + 1));
  let host = await startHost(dataDir);
  await guardNetwork(page, host.origin);
  await page.goto(host.startUrl);
  await createArticle(page, TITLE, SEED_TEXT);
  const saved: string[] = [];
  let next = 0;
  try {
    for (let trial = 0; trial < TRIALS; trial++) {
      await openArticle(page, host);
      for (let i = 0; i < LABELS_PER_TRIAL; i++) {
        const word = WORDS[next++] as string;
        await label(page, word);
        saved.push(word);
      }
      // One more label in flight, the kill somewhere between the key press and its answer.
      await selectInArticle(page, WORDS[next++] as string);
      await page.keyboard.press('Alt+7');
      await host.crash();

      // The same port, so the page's origin (and the offline guard) stays the same.
      host = await startHost(dataDir, { port: Number(new URL(host.origin).port) });
      await openArticle(page, host);
      const stored = await invoke<{ quote: { exact: string } }[]>(page, 'annotation.list', {
        articleId: await shownArticleId(page),
      });
      const quotes = new Set(stored.map((annotation) => annotation.quote.exact));
      expect(
        saved.filter((word) => !quotes.has(word)),
        `labels lost after kill ${trial + 1}`,
      ).toEqual([]);
      expect(integrityCheck(join(dataDir, 'projects', 'My Project.awb')), `integrity after kill ${trial + 1}`).toEqual([
        'ok',
      ]);
    }
  } finally {
    await host.stop();
  }
  console.log(`UI labelling: ${TRIALS} SIGKILLs, ${saved.length} labels shown as saved, 0 lost, integrity ok.`);
});
