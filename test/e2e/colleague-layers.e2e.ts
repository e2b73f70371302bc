import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { contrastRatio, GRAPHICS_CONTRAST, THEME_SURFACES } from '../../shared/model/label-contrast';
import { audit, type Finding } from './support/axe-audit';
import { expect, test } from './support/browser-host';
import { createArticle, searchAndSelect, SEED_TEXT } from './support/annotation-page';
import { answerDialogs } from './support/test-control';

// Colleagues' layers in the window: the Layers tab, importing a colleague's layer through the real
// call, the three display modes, hiding a layer, and axe over all of it in both themes.

const outDir = mkdtempSync(join(tmpdir(), 'workbench-layers-e2e-'));
test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** "rgb(0, 114, 178)" as "#0072b2". */
function hex(rgb: string): string {
  const channels = rgb.match(/\d+/gu)?.slice(0, 3) ?? [];
  return `#${channels.map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`;
}

async function layersTab(app: Page) {
  const panel = app.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('tab', { name: 'Layers', exact: true }).click();
  return panel.getByRole('tabpanel', { name: 'Layers' });
}

/**
 * A colleague's brat files of the seed article: the whole "Russischen Föderation" as an
 * organisation where the analyst marks less, and Peking as a location. brat counts code points,
 * which in this text are UTF-16 units too.
 */
function colleagueFiles(): string[] {
  const text = join(outDir, 'ana-ruiz.txt');
  const ann = join(outDir, 'ana-ruiz.ann');
  const span = (word: string) => `${SEED_TEXT.indexOf(word)} ${SEED_TEXT.indexOf(word) + word.length}\t${word}`;
  writeFileSync(text, SEED_TEXT);
  writeFileSync(ann, `T1\tOrganisation ${span('Russischen Föderation')}\nT2\tLocation ${span('Peking')}\n`);
  return [ann, text];
}

/** The colleague's marks drawn in the article (or in the side-by-side pane), by text. */
function marksIn(app: Page, where: '.article-pane' | '.layer-compare-pane') {
  return app.locator(`${where} .layer-mark`);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`the Layers tab shows the project’s own layer, L cycles the mode, and axe finds nothing (${theme})`, async ({
      app,
    }) => {
      const findings: Finding[] = [];
      await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
      const tab = await layersTab(app);
      await expect(tab.locator('.layer-row')).toHaveCount(1);
      await expect(tab.locator('.layer-row')).toContainText('Project (curated)');
      await expect(tab).toContainText('No colleague’s layer yet.');
      await expect(tab.getByRole('radio', { name: 'Overlay' })).toBeChecked();
      await audit(app, 'Layers tab without colleagues’ layers', findings);

      await app.locator('.article-pane .article-body').focus();
      await app.keyboard.press('l');
      await expect(tab.getByRole('radio', { name: 'One at a time' })).toBeChecked();
      await expect(app.getByRole('status').filter({ hasText: 'Layers: one at a time.' })).toBeVisible();
      await app.keyboard.press('Shift+L');
      await expect(app.getByRole('status').filter({ hasText: 'import one first' })).toBeVisible();
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    });

    test(`a colleague’s layer is imported, shown overlaid, alone and side by side, and hidden (${theme})`, async ({
      app,
      host,
      request,
    }) => {
      test.setTimeout(120_000);
      const findings: Finding[] = [];
      await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
      // The analyst's own annotation: the shorter span the colleague differs on.
      await searchAndSelect(app, 'Föderation');
      await app.keyboard.press('2');
      await expect(app.locator('.article-pane .ann')).toHaveCount(1);

      const tab = await layersTab(app);
      await answerDialogs(request, host, [colleagueFiles()]);
      await tab.getByRole('button', { name: 'Import a colleague’s layer…' }).click();
      const report = app.getByRole('dialog', { name: 'Layer imported' });
      await expect(report).toBeVisible();
      await expect(report.getByTestId('layer-report-matched')).toContainText('1');
      await expect(report.getByTestId('layer-report-unmatched')).toContainText('0');
      await expect(report.getByTestId('layer-report-annotations')).toContainText('2');
      await audit(app, 'layer import report', findings);
      await report.getByRole('button', { name: 'Close' }).click();

      // Overlaid: the colleague's marks over the project's own, titled with whose they are.
      await expect(tab.locator('.layer-row')).toHaveCount(2);
      // The analyst's own, shorter annotation nests in the colleague's mark, which it splits.
      const overlaid = ['Peking', 'Russischen ', 'Föderation'];
      await expect(marksIn(app, '.article-pane')).toHaveText(overlaid);
      await expect(marksIn(app, '.article-pane').filter({ hasText: 'Russischen' })).toHaveAttribute(
        'title',
        /: Organisation$/u,
      );
      await expect(app.locator('.article-pane .ann')).toBeVisible();
      const lines = await marksIn(app, '.article-pane').evaluateAll((spans) =>
        spans.map((span) => getComputedStyle(span).borderTopColor),
      );
      for (const colour of new Set(lines)) {
        expect(contrastRatio(hex(colour), THEME_SURFACES[theme]), colour).toBeGreaterThanOrEqual(GRAPHICS_CONTRAST);
      }
      await audit(app, 'colleague’s layer overlaid, Layers tab', findings);

      // One at a time, the colleague's layer chosen: the project's highlights go.
      const colleague = tab.locator('.layer-row').nth(1);
      await colleague.getByRole('radio', { name: 'Show alone or beside' }).check();
      await expect(tab.getByRole('radio', { name: 'One at a time' })).toBeChecked();
      await expect(app.locator('.article-pane')).toHaveClass(/layers-project-hidden/u);
      await expect(marksIn(app, '.article-pane')).toHaveText(overlaid);
      await audit(app, 'colleague’s layer alone', findings);

      // Side by side: the article with the project's own, the pane with the colleague's marks.
      await app.locator('.article-pane .article-body').focus();
      await app.keyboard.press('l');
      await expect(tab.getByRole('radio', { name: 'Side by side' })).toBeChecked();
      const pane = app.locator('.layer-compare-pane');
      await expect(pane).toBeVisible();
      await expect(pane.getByRole('heading')).toContainText('(read-only)');
      await expect(marksIn(app, '.layer-compare-pane')).toHaveText(['Peking', 'Russischen Föderation']);
      await expect(marksIn(app, '.article-pane')).toHaveCount(0);
      await expect(app.locator('.article-pane')).not.toHaveClass(/layers-project-hidden/u);
      await audit(app, 'side by side', findings);

      // Hidden: gone from the pane and from the overlay.
      await colleague.getByRole('checkbox', { name: 'Shown' }).uncheck();
      await expect(pane).toBeHidden();
      await tab.getByRole('radio', { name: 'Overlay' }).check();
      await expect(marksIn(app, '.article-pane')).toHaveCount(0);
      await app.locator('.article-pane .article-body').focus();
      await app.keyboard.press('Shift+L');
      await expect(marksIn(app, '.article-pane')).toHaveText(overlaid);
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    });
  });
}
