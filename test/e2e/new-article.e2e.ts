import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-host';

// Getting a pasted article in: Ctrl+N puts the caret in the text, and an article pasted into the
// one-line title still arrives with its lines.

const GERMAN = [
  'Xi empfängt Schoigu in Peking',
  '',
  'Der chinesische Präsident hat den Sekretär des russischen Sicherheitsrates in Peking empfangen.',
  'Beide Seiten sprachen über die strategische Partnerschaft ihrer Länder.',
].join('\n');

/** Puts text on the system clipboard, as copying it in a browser would. */
async function copyToClipboard(app: Page, text: string): Promise<void> {
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url()).origin });
  await app.evaluate((copied) => navigator.clipboard.writeText(copied), text);
}

test('Ctrl+N puts the caret in the text, and an article pasted into the title goes to the text', async ({ app }) => {
  await app.keyboard.press('Control+n');
  const dialog = app.getByRole('dialog', { name: 'New article' });
  const title = dialog.getByRole('textbox', { name: 'Title' });
  const text = dialog.getByRole('textbox', { name: 'Text' });
  await expect(text).toBeFocused();

  // A one-line paste is a title.
  await copyToClipboard(app, 'Treffen in Peking');
  await title.focus();
  await app.keyboard.press('Control+v');
  await expect(title).toHaveValue('Treffen in Peking');
  await expect(text).toHaveValue('');

  // Lines pasted into the title are an article in the wrong field: all of it goes to the text, the title stays.
  await title.fill('');
  await copyToClipboard(app, GERMAN);
  await app.keyboard.press('Control+v');
  await expect(text).toBeFocused();
  await expect(text).toHaveValue(GERMAN);
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('placeholder', 'Xi empfängt Schoigu in Peking');

  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(app.locator('h1')).toHaveText('Xi empfängt Schoigu in Peking');
  await expect(app.locator('.ProseMirror p')).toHaveCount(3);
});
