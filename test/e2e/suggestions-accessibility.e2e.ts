import { contrastRatio, GRAPHICS_CONTRAST, THEME_SURFACES } from '../../shared/model/label-contrast';
import { audit, type Finding } from './support/axe-audit';
import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT } from './support/annotation-page';
import { focusSuggestion, runCommand, seedRegistry, suggestionsTab } from './support/suggestion-page';

// axe-core over the Suggestions tab, the rejections dialog and the corpus-wide annotate-all dialog,
// in both themes: no critical or serious violation, with a focused and a rejected suggestion.

/** "rgb(0, 114, 178)" as "#0072b2". */
function hex(rgb: string): string {
  const channels = rgb.match(/\d+/gu)?.slice(0, 3) ?? [];
  return `#${channels.map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`;
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`the suggestion views have no critical or serious axe violation (${theme})`, async ({ app }) => {
      test.setTimeout(120_000);
      const findings: Finding[] = [];
      await seedRegistry(app);
      await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
      await focusSuggestion(app, 'Schoigus');
      await app.keyboard.press('x');
      await focusSuggestion(app, 'Peking');
      await audit(app, 'Suggestions tab with a focused suggestion', findings);
      // The dashed underlines stand out from the page as much as WCAG asks of graphics.
      const underlines = await app
        .locator('.ProseMirror .sugg')
        .evaluateAll((spans) => spans.map((span) => getComputedStyle(span).borderBottomColor));
      expect(underlines.length).toBeGreaterThan(0);
      for (const colour of new Set(underlines)) {
        expect(contrastRatio(hex(colour), THEME_SURFACES[theme]), colour).toBeGreaterThanOrEqual(GRAPHICS_CONTRAST);
      }

      await (await suggestionsTab(app)).getByRole('button', { name: 'Matching and rejections…' }).click();
      const rejections = app.getByRole('dialog', { name: 'Suggestions: matching and rejections' });
      await expect(rejections.getByRole('button', { name: 'Propose “Schoigus” again' })).toBeVisible();
      await audit(app, 'dialog: matching and rejections', findings);
      await app.keyboard.press('Escape');
      await expect(rejections).toBeHidden();

      await app.locator('.article-body').focus();
      await runCommand(app, 'Annotate all occurrences across the corpus');
      const occurrences = app.getByRole('dialog', { name: /across the corpus/ });
      await expect(occurrences.locator('.occurrence').first()).toBeVisible();
      await audit(app, 'dialog: annotate all across the corpus', findings);
      await app.keyboard.press('Escape');
      await expect(occurrences).toBeHidden();

      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    });
  });
}
