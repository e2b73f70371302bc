import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT } from './support/annotation-page';

// In the browser the export is a download: the report says where to find it, since the page cannot
// know where the browser saved it, and offers no "Open file", which only the desktop app can do.
test.use({ testControl: false });

test('the export report says where the browser put the download', async ({ app }) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Project', exact: true }).click();
  await app.getByRole('menuitem', { name: 'Export…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /bundle/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const report = app.getByRole('dialog', { name: 'Export finished' });
  const saved = await download;
  await expect(report).toContainText(
    `“${saved.suggestedFilename()}”, downloaded by the browser into its download folder`,
  );
  await expect(report).toContainText('its Downloads list, Ctrl+J or ⌥⌘L on a Mac, opens it and shows where');
  await expect(report.getByRole('button', { name: /^Open/ })).toHaveCount(0);
  await expect(report.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
});
