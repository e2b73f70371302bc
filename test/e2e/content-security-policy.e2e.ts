import type { Page } from '@playwright/test';
import { expect } from './support/browser-host';
import { test } from './support/csp-reports';
import { createArticle, SEED_TEXT, selectInArticle } from './support/annotation-page';

// The page runs under a strict CSP (no eval, no inline code). A violation report must mean an
// attack or a bug, so an ordinary session may not raise a single one: not even a library probing
// whether it may compile code (zod 4's JIT check does, unless configured jitless).

async function openSidePanelTabs(app: Page): Promise<void> {
  for (const name of ['Annotation', 'Annotations', 'Entities', 'Article']) {
    const tab = app.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
}

test('loading the app, annotating and opening every panel raise no content security policy violation', async ({
  app,
  cspReports,
}) => {
  expect(await cspReports.violations(), 'violations while the app loaded').toEqual([]);

  await createArticle(app, 'Treffen in Peking', SEED_TEXT);
  await selectInArticle(app, 'Xi Jinping');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveCount(1);
  await selectInArticle(app, 'Peking');
  await app.keyboard.press('3');
  await expect(app.locator('.ann')).toHaveCount(2);
  await openSidePanelTabs(app);

  await app.getByRole('button', { name: 'Schema', exact: true }).click();
  const schema = app.getByRole('dialog', { name: 'Annotation schema' });
  await expect(schema).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(schema).toBeHidden();

  await app.keyboard.press('Control+Shift+P');
  const palette = app.getByRole('dialog', { name: 'Commands' });
  await expect(palette).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  await app.keyboard.press('Control+Shift+F');
  await app.keyboard.type('Peking');
  await expect(app.getByRole('option').filter({ hasText: 'Peking' }).first()).toBeVisible();

  expect(await cspReports.violations(), 'violations during the session').toEqual([]);

  // A reload boots the app again, now with a project that has content to show.
  await app.reload();
  await expect(app.getByRole('option', { name: /Treffen in Peking/ })).toBeVisible();
  expect(await cspReports.violations(), 'violations while the app loaded again').toEqual([]);
  expect(cspReports.devToolsIssues, 'CSP errors DevTools shows').toEqual([]);
});
