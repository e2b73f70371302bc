import { expect, startHost, test } from './support/browser-host';
import { SEED_TEXT } from './support/annotation-page';

const SEED_PARAGRAPHS = SEED_TEXT.split('\n').filter((line) => line.trim() !== '');

test('a pasted article shows with its title and paragraphs and survives reload and restart', async ({
  app,
  host,
  page,
}) => {
  await expect(app.getByTestId('status-project')).toHaveText(/My Project/);

  await app.getByRole('button', { name: 'New article' }).click();
  const dialog = app.getByRole('dialog', { name: 'New article' });
  await dialog.getByLabel('Title').fill('Xi empfängt Schoigu in Peking');
  await dialog.getByLabel('Text').fill(SEED_TEXT);
  await dialog.getByRole('button', { name: 'Create' }).click();

  const view = app.locator('.ProseMirror');
  await expect(app.locator('h1')).toHaveText('Xi empfängt Schoigu in Peking');
  await expect(view.locator('p')).toHaveCount(SEED_PARAGRAPHS.length);
  await expect(view.locator('p').first()).toHaveText(SEED_PARAGRAPHS[0] as string);
  await expect(view).toContainText('Sprecher des chinesischen Außenministeriums, Lin Jian');
  await expect(view).toContainText('Russland von China zu lösen – damit Washington');
  await expect(view).toContainText('— Global Times (@globaltimesnews) February 28, 2025');
  await expect(app.getByTestId('status-save')).toHaveText(/saved/i);

  await app.reload();
  await expect(app.getByRole('option', { name: /Xi empfängt Schoigu in Peking/ })).toBeVisible();

  // Quit and start again on the same data folder: the article comes back from the project file.
  await host.stop();
  const restarted = await startHost(host.dataDir, { port: Number(new URL(host.origin).port) });
  await page.goto(restarted.startUrl);
  const item = page.getByRole('option', { name: /Xi empfängt Schoigu in Peking/ });
  await item.click();
  await expect(page.locator('.ProseMirror p')).toHaveCount(SEED_PARAGRAPHS.length);
  await expect(page.locator('.ProseMirror')).toContainText('Während des Kalten Krieges');
  await restarted.stop();
});

test('pasting text outside any field creates an article with a derived title', async ({ app }) => {
  await app.locator('body').click();
  await app.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, 'Kurzmeldung: Lawrow besucht Teheran\n\nIran wird sich im Atomstreit nicht beugen.');
  await expect(app.locator('h1')).toHaveText('Kurzmeldung: Lawrow besucht Teheran');
  await expect(app.locator('.ProseMirror p')).toHaveCount(2);
});
