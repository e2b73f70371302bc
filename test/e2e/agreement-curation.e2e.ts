import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type RunningHost } from './support/browser-host';
import { answerDialogs, menuCommand } from './support/test-control';
import {
  createArticle,
  invoke,
  labelId,
  SEED_TEXT,
  shownArticleId,
  storedAnnotations,
} from './support/annotation-page';

/*
 * Issue 13's scenario: two annotators' layers of the seed article that differ on "Russischen
 * Föderation" against the whole title span, and on one claim's stance → the agreement table shows
 * the expected numbers → curation accepts one version per disagreement → the curated layer is
 * what the project exports.
 */

const SHORT = 'Russischen Föderation';
const TITLE = 'Sekretär des Sicherheitsrates der Russischen Föderation';
const CLAIM = 'dass China und Russland freundliche Nachbarn und wahre Freunde seien';

let outDir = '';
test.beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'workbench-agreement-'));
});
test.afterEach(() => {
  rmSync(outDir, { recursive: true, force: true });
});

/** Where a phrase is in the stored text, in its UTF-16 offsets. */
function spanIn(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

/**
 * The colleague's work is the seed article annotated their way, exported as a bundle; the project's
 * own annotations are then changed to the analyst's way, and the bundle comes back as a layer.
 */
async function twoLayers(app: Page, host: RunningHost, request: APIRequestContext): Promise<void> {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  const articleId = await shownArticleId(app);
  const { text } = await invoke<{ text: string }>(app, 'article.get', { id: articleId });
  const span = (phrase: string) => spanIn(text, phrase);
  const organisation = await labelId(app, 'Organisation');
  const claim = await labelId(app, 'Claim');
  const stance = await labelId(app, 'stance');
  const supports = await labelId(app, 'supports');
  const refutes = await labelId(app, 'refutes');
  const title = await invoke<{ id: number }>(app, 'annotation.create', {
    articleId,
    labelId: organisation,
    fragments: [span(TITLE)],
  });
  const claimed = await invoke<{ id: number }>(app, 'annotation.create', {
    articleId,
    labelId: claim,
    fragments: [span(CLAIM)],
    claim: { aboutEntityIds: [], attributes: { [stance]: refutes } },
  });

  const colleague = join(outDir, 'colleague.awb.json');
  await answerDialogs(request, host, [colleague]);
  await menuCommand(request, host, 'export');
  const dialog = app.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /bundle/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const report = app.getByRole('dialog', { name: 'Export finished' });
  await expect(report).toBeVisible();
  await report.getByRole('button', { name: 'Close' }).click();

  await invoke(app, 'annotation.reattach', { id: title.id, fragments: [span(SHORT)] });
  await invoke(app, 'annotation.update', {
    id: claimed.id,
    edit: { claim: { aboutEntityIds: [], attributes: { [stance]: supports } } },
  });
  await answerDialogs(request, host, [colleague]);
  const imported = await invoke<{ imported: boolean; layer?: { name: string } }>(app, 'layers.import');
  expect(imported.imported).toBe(true);
}

async function showView(app: Page, name: 'Agreement' | 'Curation'): Promise<void> {
  await app.keyboard.press('Control+Shift+A');
  const tab = app.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test('the agreement of two layers shows the expected numbers, and a disagreement opens the text', async ({
  app,
  host,
  request,
}) => {
  await twoLayers(app, host, request);
  await showView(app, 'Agreement');
  const view = app.getByRole('region', { name: 'Agreement' });
  // One span is the same in both layers (the claim), the other overlaps: exact F1 ½, overlap F1 1.
  const overall = view.locator('table[data-table="spans"] tbody tr').first();
  await expect(overall.getByRole('rowheader')).toHaveText('All labels');
  await expect(overall.getByRole('cell')).toHaveText([/\S/u, '0.500', '0.500', '0.500', '1.000', '1.000', '1.000']);
  // Coefficients are tables with headers; an undefined one says why.
  await expect(view.locator('table[data-table="coefficients"] th[scope="col"]')).toHaveText([
    'Label',
    'Cohen’s κ',
    'Fleiss’ κ',
    'Krippendorff’s α',
    'Unitized α (uα)',
  ]);
  await expect(view.locator('table[data-table="confusion"] caption')).toContainText('(rows)');

  const disagreements = view.getByRole('grid', { name: 'Disagreements' });
  await expect(disagreements.getByRole('row').filter({ hasText: 'Boundaries differ' })).toHaveCount(1);
  await disagreements.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('region', { name: 'Analysis', exact: true })).toBeHidden();
  await expect(app.locator('h1')).toHaveText('Xi empfängt Schoigu in Peking');

  const download = app.waitForEvent('download');
  await showView(app, 'Agreement');
  await view.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[1]).toMatch(/^All labels,/u);
});

test('curation walks the disagreements by keyboard and writes the chosen versions into the project', async ({
  app,
  host,
  request,
}) => {
  await twoLayers(app, host, request);
  await showView(app, 'Curation');
  const view = app.getByRole('region', { name: 'Curation' });
  await expect(view.getByRole('status')).toHaveText('0 of 2 decided');
  const walk = view.getByRole('group', { name: /^Disagreement/u });
  await walk.focus();
  await expect(walk).toBeFocused();
  await expect(view.locator('.curation-heading')).toContainText('Boundaries differ');
  await expect(view.locator('.curation-version mark')).toHaveText([SHORT, TITLE, SHORT]);

  // B: the colleague's whole title span; then the claim, where A keeps the analyst's stance.
  await app.keyboard.press('b');
  await expect(view.getByRole('status')).toHaveText('1 of 2 decided');
  await expect(view.locator('.curation-heading')).toContainText('The claim is coded differently');
  await expect(view.locator('.curation-differences')).toContainText('Stance: supports ≠ refutes');
  await app.keyboard.press('a');
  await expect(view.getByRole('status')).toHaveText('2 of 2 decided');
  await expect(view.locator('.curation-decision')).toContainText('by Erika Test');

  // U (the app's Undo) takes the last decision back, and A takes it again.
  await app.keyboard.press('u');
  await expect(view.getByRole('status')).toHaveText('1 of 2 decided');
  await app.keyboard.press('a');
  await expect(view.getByRole('status')).toHaveText('2 of 2 decided');

  const quotes = (await storedAnnotations(app)).map((annotation) => annotation.quote.exact);
  expect(quotes).toEqual(expect.arrayContaining([TITLE, CLAIM]));
  expect(quotes).not.toContain(SHORT);

  // The curated layer is what the project exports: the colleague's title span, the analyst's stance.
  const curated = join(outDir, 'curated.jsonld');
  await answerDialogs(request, host, [curated]);
  await menuCommand(request, host, 'export');
  const dialog = app.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /W3C/ }).check();
  await dialog.getByRole('radio', { name: 'All articles' }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const report = app.getByRole('dialog', { name: 'Export finished' });
  await expect(report).toContainText(curated);
  await report.getByRole('button', { name: 'Close' }).click();
  const exported = readFileSync(curated, 'utf8');
  const exacts = [...exported.matchAll(/"exact":\s*("(?:[^"\\]|\\.)*")/gu)].map(
    (match) => JSON.parse(match[1] ?? '""') as string,
  );
  expect(exacts).toContain(TITLE);
  expect(exacts).not.toContain(SHORT);
  expect(exported).toContain('stance: supports');
  expect(exported).not.toContain('stance: refutes');
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`the agreement and curation views have no critical or serious axe violation (${theme})`, async ({
      app,
      host,
      request,
    }) => {
      // Two full-page axe runs after an export and an import, like the other axe tests' allowance.
      test.setTimeout(120_000);
      await twoLayers(app, host, request);
      for (const name of ['Agreement', 'Curation'] as const) {
        await showView(app, name);
        await expect(app.getByRole('region', { name })).toBeVisible();
        const { violations } = await new AxeBuilder({ page: app }).analyze();
        const serious = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
        expect(serious.map((v) => `${name} ${v.id}: ${v.nodes[0]?.failureSummary ?? ''}`)).toEqual([]);
        await app.keyboard.press('Control+Shift+A');
      }
    });
  });
}
