import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT, selectInArticle } from './support/annotation-page';

// The app shell never scrolls: only its panes do, so the toolbar and the status bar stay on screen
// whatever panel, tab or dialog is open. A short window makes every side-panel tab overflow its pane.

test.use({ viewport: { width: 1100, height: 600 } });

const CLAIM = 'dass China und Russland freundliche Nachbarn und wahre Freunde seien';

/** The page is exactly the window: nothing sticks out for the mouse wheel or a scrollIntoView to reach. */
async function expectShellFits(app: Page, state: string): Promise<void> {
  const size = await app.evaluate(() => {
    const root = document.documentElement;
    return { height: root.scrollHeight, width: root.scrollWidth, scrolled: window.scrollY };
  });
  const viewport = app.viewportSize();
  expect(size, state).toEqual({ height: viewport?.height, width: viewport?.width, scrolled: 0 });
}

async function openDialog(app: Page, open: () => Promise<void>, dialog: Locator, state: string): Promise<void> {
  await open();
  await expect(dialog).toBeVisible();
  await expectShellFits(app, state);
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('the window never scrolls, whatever panel, tab or dialog is open, with a claim selected', async ({ app }) => {
  await expectShellFits(app, 'empty project');
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  await expectShellFits(app, 'article open');
  await selectInArticle(app, 'Lawrow');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveText(['Lawrow']);
  await selectInArticle(app, CLAIM);
  // ProseMirror takes the DOM selection over on 'selectionchange', which fires after this task.
  await app.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await app.keyboard.press('7');
  const details = app.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('tabpanel', { name: 'Annotation' }).locator('blockquote')).toHaveText(CLAIM);
  await expectShellFits(app, 'claim selected');

  for (const tab of ['Annotations', 'Entities', 'Layers', 'Article', 'Annotation']) {
    await details.getByRole('tab', { name: tab, exact: true }).click();
    await expect(details.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expectShellFits(app, `${tab} tab`);
    // The wheel at the end of the pane must not move the window either.
    await details.getByRole('tabpanel', { name: tab, exact: true }).hover();
    await app.mouse.wheel(0, 5_000);
    await expectShellFits(app, `${tab} tab scrolled to its end`);
  }
  await app.getByRole('button', { name: 'Hide details' }).click();
  await expectShellFits(app, 'details hidden');
  await app.getByRole('button', { name: 'Details', exact: true }).click();

  await openDialog(
    app,
    () => app.getByRole('button', { name: 'New article' }).click(),
    app.getByRole('dialog', { name: 'New article' }),
    'New article dialog',
  );
  await openDialog(
    app,
    () => app.getByRole('button', { name: 'Shortcuts' }).click(),
    app.getByRole('dialog', { name: 'Keyboard shortcuts' }),
    'shortcuts dialog',
  );
  await openDialog(
    app,
    () => app.getByRole('button', { name: 'Schema', exact: true }).click(),
    app.getByRole('dialog', { name: 'Annotation schema' }),
    'schema dialog',
  );
  await openDialog(
    app,
    () => app.keyboard.press('Control+Shift+P'),
    app.getByRole('dialog', { name: 'Commands' }),
    'command palette',
  );
  await openDialog(
    app,
    async () => {
      await app.getByRole('button', { name: 'Project' }).click();
      await app.getByRole('menuitem', { name: 'Export…' }).click();
    },
    app.getByRole('dialog', { name: 'Export' }),
    'export dialog',
  );
  await openDialog(
    app,
    () => app.getByRole('button', { name: 'Project' }).click(),
    app.getByRole('menu'),
    'project menu',
  );
  await app.mouse.move(600, 30);
  await app.mouse.wheel(0, 5_000);
  await expectShellFits(app, 'wheel over the toolbar');
});
