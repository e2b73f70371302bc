import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { createArticle, invoke, labelId, SEED_TEXT, shownArticleId } from './support/annotation-page';

/*
 * The Analysis area over a small annotated corpus: the seed article with Xi Jinping's claim, and a
 * Kremlin statement by Putin about “@Kreml” (an entity name a spreadsheet would run as a formula).
 */

const XI_CLAIM = 'dass China und Russland freundliche Nachbarn und wahre Freunde seien';
const KREMLIN_TEXT = 'Der Kreml teilte mit: Putin sagte, die Sanktionen seien wirkungslos. Mehr folgt.';
const PUTIN_CLAIM = 'die Sanktionen seien wirkungslos';

interface Stored {
  id: number;
}

async function span(app: Page, articleId: number, phrase: string): Promise<{ start: number; end: number }> {
  const article = await invoke<{ text: string }>(app, 'article.get', { id: articleId });
  const start = article.text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

/** Two articles, two claims with claimants and stances, made through the same calls the UI makes. */
async function annotatedCorpus(app: Page): Promise<void> {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  const seed = await shownArticleId(app);
  const person = await labelId(app, 'Person');
  const organisation = await labelId(app, 'Organisation');
  const claim = await labelId(app, 'Claim');
  const stance = await labelId(app, 'stance');
  const supports = await labelId(app, 'supports');
  const refutes = await labelId(app, 'refutes');
  const xi = await invoke<Stored>(app, 'entity.create', { typeLabelId: person, name: 'Xi Jinping' });
  const putin = await invoke<Stored>(app, 'entity.create', { typeLabelId: person, name: 'Wladimir Putin' });
  const kremlin = await invoke<Stored>(app, 'entity.create', { typeLabelId: organisation, name: '@Kreml' });
  await invoke(app, 'annotation.create', {
    articleId: seed,
    labelId: person,
    fragments: [await span(app, seed, 'Xi Jinping')],
    entityId: xi.id,
  });
  await invoke(app, 'annotation.create', {
    articleId: seed,
    labelId: claim,
    fragments: [await span(app, seed, XI_CLAIM)],
    claim: { claimantEntityId: xi.id, aboutEntityIds: [], attributes: { [stance]: supports } },
  });
  const second = await invoke<Stored>(app, 'article.create', { title: 'Kreml zu Sanktionen', text: KREMLIN_TEXT });
  await invoke(app, 'annotation.create', {
    articleId: second.id,
    labelId: person,
    fragments: [await span(app, second.id, 'Putin')],
    entityId: putin.id,
  });
  await invoke(app, 'annotation.create', {
    articleId: second.id,
    labelId: claim,
    fragments: [await span(app, second.id, PUTIN_CLAIM)],
    claim: { claimantEntityId: putin.id, aboutEntityIds: [kremlin.id], attributes: { [stance]: refutes } },
  });
}

function claimRow(app: Page, text: string) {
  return app.getByRole('grid', { name: 'Claims', exact: true }).getByRole('row').filter({ hasText: text });
}

async function showAnalysis(app: Page): Promise<void> {
  await app.keyboard.press('Control+Shift+A');
  await expect(app.getByRole('region', { name: 'Analysis', exact: true })).toBeVisible();
}

test('the claims table shows the Xi Jinping claim with its claimant and stance', async ({ app }) => {
  await annotatedCorpus(app);
  await showAnalysis(app);
  await expect(app.getByRole('tab', { name: 'Claims', exact: true })).toHaveAttribute('aria-selected', 'true');
  const row = claimRow(app, XI_CLAIM);
  await expect(row.locator('[data-column="claimant"]')).toHaveText('Xi Jinping');
  await expect(row.locator('[data-column^="attribute:"]').first()).toHaveText('supports');
  await expect(app.getByRole('region', { name: 'Analysis', exact: true })).toContainText('2 claims');
});

test('an entity clicked in the index filters the claims and the article list; its chip removes the filter', async ({
  app,
}) => {
  await annotatedCorpus(app);
  await showAnalysis(app);
  // The view's command, from the palette.
  await app.keyboard.press('Control+Shift+P');
  await app.getByRole('dialog', { name: 'Commands' }).getByRole('combobox').fill('Entity index analysis');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('tab', { name: 'Entity index' })).toHaveAttribute('aria-selected', 'true');
  const index = app.getByRole('grid', { name: 'Entity index' });
  await index.getByRole('row').filter({ hasText: 'Xi Jinping' }).click();

  const chip = app.getByRole('button', { name: 'Remove filter Xi Jinping' });
  await expect(chip).toBeVisible();
  await expect(app.getByTestId('library-count')).toHaveText('1 of 2');
  await app.getByRole('tab', { name: 'Claims', exact: true }).click();
  await expect(claimRow(app, XI_CLAIM)).toBeVisible();
  await expect(claimRow(app, PUTIN_CLAIM)).toHaveCount(0);

  await chip.click();
  await expect(chip).toBeHidden();
  await expect(claimRow(app, PUTIN_CLAIM)).toBeVisible();
  await expect(app.getByTestId('library-count')).toHaveText('2');
});

test('a saved view reopens its filter, also after a reload', async ({ app }) => {
  await annotatedCorpus(app);
  await showAnalysis(app);
  await app.getByRole('tab', { name: 'Entity index' }).click();
  await app.getByRole('grid', { name: 'Entity index' }).getByRole('row').filter({ hasText: 'Wladimir Putin' }).click();
  await app.getByLabel('Name of the view to save').fill('Putin');
  await app.getByRole('button', { name: 'Save view' }).click();
  await app.getByRole('button', { name: 'Clear all' }).click();
  await expect(app.getByRole('button', { name: 'Remove filter Wladimir Putin' })).toBeHidden();

  await app.reload();
  await showAnalysis(app);
  await app.getByLabel('Saved view to open').selectOption({ label: 'Putin' });
  await app.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(app.getByRole('button', { name: 'Remove filter Wladimir Putin' })).toBeVisible();
  await app.getByRole('tab', { name: 'Claims', exact: true }).click();
  await expect(claimRow(app, PUTIN_CLAIM)).toBeVisible();
  await expect(claimRow(app, XI_CLAIM)).toHaveCount(0);
});

test('a claim row opens its article at the claim, by click and by Enter', async ({ app }) => {
  await annotatedCorpus(app);
  await showAnalysis(app);
  await claimRow(app, PUTIN_CLAIM).click();
  await expect(app.getByRole('region', { name: 'Analysis', exact: true })).toBeHidden();
  await expect(app.locator('h1')).toHaveText('Kreml zu Sanktionen');
  await expect(app.locator('.ann-focus-selected')).toHaveText(PUTIN_CLAIM);

  await showAnalysis(app);
  const grid = app.getByRole('grid', { name: 'Claims', exact: true });
  await grid.focus();
  // Sorted by date, newest first; neither article is dated, so by newest annotation: Putin, then Xi.
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(app.locator('h1')).toHaveText('Xi empfängt Schoigu in Peking');
  await expect(app.locator('.ann-focus-selected')).toHaveText(XI_CLAIM);
});

test('Export CSV saves every claim of the view with formula-like cells defused', async ({ app }) => {
  await annotatedCorpus(app);
  await showAnalysis(app);
  await expect(claimRow(app, XI_CLAIM)).toBeVisible();
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('claims.csv');
  const csv = readFileSync(await file.path(), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('Claim,Claimant,About,stance,verdict,form,Date,Article,Source');
  expect(lines).toHaveLength(3);
  expect(csv).toContain(`${XI_CLAIM},Xi Jinping,,supports`);
  expect(csv).toContain(`${PUTIN_CLAIM},Wladimir Putin,'@Kreml,refutes`);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`the Analysis area has no critical or serious axe violation (${theme})`, async ({ app }) => {
      await annotatedCorpus(app);
      await showAnalysis(app);
      await expect(claimRow(app, XI_CLAIM)).toBeVisible();
      await app.getByRole('tab', { name: 'Entity index' }).click();
      await app.getByRole('grid', { name: 'Entity index' }).getByRole('row').filter({ hasText: 'Xi Jinping' }).click();
      for (const view of ['Entity index', 'Claims']) {
        await app.getByRole('tab', { name: view, exact: true }).click();
        const { violations } = await new AxeBuilder({ page: app }).include('.analysis-area').analyze();
        const serious = violations.filter(
          (violation) => violation.impact === 'critical' || violation.impact === 'serious',
        );
        expect(
          serious.map((violation) => `${view}: ${violation.id} ${violation.nodes[0]?.target.join(' ') ?? ''}`),
        ).toEqual([]);
      }
    });
  });
}
