import type { Page } from '@playwright/test';
import { audit, type Finding } from './support/axe-audit';
import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT, searchAndSelect, selectInArticle } from './support/annotation-page';

/*
 * axe-core over every main view of the window, in the light and the dark theme: no critical or
 * serious violation anywhere. Each view is opened as a user opens it; the findings of all views
 * are reported together, so one run shows everything left to fix.
 */

/** Labels a few spans of the seed article and relates two, so every part of the annotation UI has content. */
async function annotateSeed(app: Page): Promise<void> {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  await searchAndSelect(app, 'Peking');
  await app.keyboard.press('3');
  await searchAndSelect(app, 'TASS');
  await app.keyboard.press('2');
  await selectInArticle(app, 'Sergei');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveCount(3);
  await app.keyboard.press('r');
  await app.getByRole('dialog', { name: /Relate “Sergei” to/ }).waitFor();
  await app.keyboard.type('Peking');
  await app.keyboard.press('Enter');
  await app.getByRole('dialog', { name: 'Relation type' }).waitFor();
  await app.keyboard.type('located_in');
  await app.keyboard.press('Enter');
  await expect(app.locator('.relation-arc')).toHaveCount(1);
}

async function closeDialog(app: Page, name: string | RegExp): Promise<void> {
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name })).toBeHidden();
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`every main view has no critical or serious axe violation (${theme})`, async ({ app }) => {
      test.setTimeout(180_000);
      const findings: Finding[] = [];
      await audit(app, 'library, empty project', findings);

      await annotateSeed(app);
      await audit(app, 'article view with a selected annotation and its relation', findings);
      const panel = app.getByRole('complementary', { name: 'Details' });
      for (const tab of ['Annotation', 'Annotations', 'Entities', 'Article']) {
        await panel.getByRole('tab', { name: tab, exact: true }).click();
        await expect(panel.getByRole('tabpanel', { name: tab, exact: true })).toBeVisible();
        await audit(app, `side panel: ${tab} tab`, findings);
      }

      await app.getByRole('button', { name: 'Trash', exact: true }).click();
      await expect(app.getByRole('button', { name: 'Trash', exact: true })).toHaveAttribute('aria-pressed', 'true');
      await audit(app, 'library: trash', findings);
      await app.getByRole('button', { name: /^Articles/ }).click();

      await app.keyboard.press('Control+Shift+F');
      await app.keyboard.type('Peking');
      await expect(app.getByRole('option').first()).toBeVisible();
      await audit(app, 'search results', findings);
      await app.keyboard.press('Escape');
      await app.keyboard.press('Escape');

      await app.keyboard.press('Control+Shift+P');
      await expect(app.getByRole('dialog', { name: 'Commands' })).toBeVisible();
      await audit(app, 'command palette', findings);
      await closeDialog(app, 'Commands');

      await app.getByRole('button', { name: 'Shortcuts' }).click();
      await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await audit(app, 'help: keyboard shortcuts', findings);
      await closeDialog(app, 'Keyboard shortcuts');

      await app.getByRole('button', { name: 'New article' }).click();
      await expect(app.getByRole('dialog', { name: 'New article' })).toBeVisible();
      await audit(app, 'dialog: new article', findings);
      await closeDialog(app, 'New article');

      await app.getByRole('button', { name: 'Schema', exact: true }).click();
      await expect(app.getByRole('dialog', { name: 'Annotation schema' })).toBeVisible();
      await audit(app, 'dialog: annotation schema', findings);
      await app.getByRole('button', { name: 'Remove Location' }).click();
      const removal = app.getByRole('alertdialog', { name: 'Remove “Location”?' });
      await expect(removal).toBeVisible();
      await audit(app, 'dialog: remove a label in use', findings);
      await app.keyboard.press('Escape');
      await expect(removal).toBeHidden();
      await closeDialog(app, 'Annotation schema');

      await app.getByRole('button', { name: 'Project' }).click();
      await expect(app.getByRole('menuitem', { name: 'Export…' })).toBeVisible();
      await audit(app, 'menu: project', findings);
      await app.getByRole('menuitem', { name: 'Export…' }).click();
      await expect(app.getByRole('dialog', { name: 'Export' })).toBeVisible();
      await audit(app, 'dialog: export', findings);
      await closeDialog(app, 'Export');

      await selectInArticle(app, 'Moskau');
      await app.keyboard.press('Enter');
      await expect(app.getByRole('dialog', { name: /Label/ })).toBeVisible();
      await audit(app, 'dialog: label picker', findings);
      await closeDialog(app, /Label/);
      await selectInArticle(app, 'Peking');
      await app.keyboard.press('Shift+Enter');
      await app.getByRole('dialog', { name: /Annotate every “Peking”/ }).waitFor();
      await app.keyboard.type('Location');
      await app.keyboard.press('Enter');
      await expect(app.getByRole('dialog', { name: 'Annotate “Peking” as Location' })).toBeVisible();
      await audit(app, 'dialog: annotate all occurrences', findings);
      await closeDialog(app, 'Annotate “Peking” as Location');

      await app.keyboard.press('F2');
      await expect(app.getByRole('textbox', { name: 'Article text (editing)' })).toBeVisible();
      await audit(app, 'article view: editing the text', findings);
      await app.keyboard.press('Escape');

      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    });
  });
}
