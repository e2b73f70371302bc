import AxeBuilder from '@axe-core/playwright';
import { expect, startHost, test } from './support/browser-host';
import { createArticle, searchAndSelect, SEED_TEXT } from './support/annotation-page';

test.describe('on a machine where nobody said who annotates', () => {
  test.use({ annotator: null });

  test('the first start asks for the name once, and what is annotated shows who made it', async ({
    app,
    dataDir,
    host,
  }) => {
    const dialog = app.getByRole('dialog', { name: 'Who is annotating?' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Your name').fill('Ana Ruiz');
    await dialog.getByLabel('E-mail (optional)').fill('not an address');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/e-mail address/);
    await dialog.getByLabel('E-mail (optional)').fill('ana@example.org');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
    await expect(app.getByTestId('status-review')).toHaveText('Status: New');
    await searchAndSelect(app, 'Peking');
    await app.keyboard.press('3');
    const inspector = app.getByRole('tabpanel', { name: 'Annotation' });
    await expect(inspector.getByTestId('inspector-authorship')).toHaveText(
      /^Added by Ana Ruiz, (\d+ \w+|\w+ \d+),? \d\d:\d\d$/,
    );
    // The first annotation starts the article's work.
    await expect(app.getByTestId('status-review')).toHaveText(/^Status: In progress by Ana Ruiz/);

    // Asked once per machine: the next start of the app on the same data folder does not ask.
    await host.stop();
    // The same address, so the page stays within the app.
    const again = await startHost(dataDir, { annotator: null, port: Number(new URL(host.origin).port) });
    try {
      await app.goto(again.startUrl);
      await expect(app.getByTestId('status-project')).not.toBeEmpty();
      await expect(app.getByTestId('status-review')).toHaveText(/In progress by Ana Ruiz/);
      await expect(app.getByRole('dialog', { name: 'Who is annotating?' })).toBeHidden();
    } finally {
      await again.stop();
    }
  });
});

test('the review status is set by keys and in the Article tab, undone, shown in the status bar and filters the library', async ({
  app,
}) => {
  await createArticle(app, 'Erster Artikel', 'Xi Jinping traf Sergei Schoigu in Peking.');
  await createArticle(app, 'Zweiter Artikel', 'Die Nachrichtenagentur TASS berichtete darüber.');
  await expect(app.getByTestId('status-review')).toHaveText('Status: New');

  await app.locator('.ProseMirror').focus();
  await app.keyboard.press('Control+Alt+Digit3');
  await expect(app.getByTestId('status-review')).toHaveText(/^Status: Done by Erika Test/);
  await app.keyboard.press('Control+z');
  await expect(app.getByTestId('status-review')).toHaveText('Status: New');

  const panel = app.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('tab', { name: 'Article', exact: true }).click();
  await panel.getByTestId('review-status').selectOption({ label: 'Reviewed' });
  await expect(app.getByTestId('status-review')).toHaveText(/^Status: Reviewed by Erika Test/);

  const library = app.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: 'Filters' }).click();
  await library.getByLabel('Review status').selectOption({ label: 'Reviewed' });
  await expect(library.getByRole('listbox').getByRole('option')).toHaveCount(1);
  await expect(library).toContainText('Zweiter Artikel');
  await expect(library).not.toContainText('Erster Artikel');
  await library.getByLabel('Review status').selectOption({ label: 'New' });
  await expect(library).toContainText('Erster Artikel');
  await expect(library).not.toContainText('Zweiter Artikel');
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme, annotator: null });

    test(`the annotator dialog has no critical or serious axe violation (${theme})`, async ({ app }) => {
      await expect(app.getByRole('dialog', { name: 'Who is annotating?' })).toBeVisible();
      const { violations } = await new AxeBuilder({ page: app }).analyze();
      const serious = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
      expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.failureSummary ?? ''}`)).toEqual([]);
    });
  });
}
