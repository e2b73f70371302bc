import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { articleDetails } from './support/annotation-page';

// Getting a pasted article in: Ctrl+N puts the caret in the text, an article pasted into the
// one-line title still arrives with its lines, and a pasted article gets its language as an import does.

const GERMAN = [
  'Xi empfängt Schoigu in Peking',
  '',
  'Der chinesische Präsident hat den Sekretär des russischen Sicherheitsrates in Peking empfangen.',
  'Beide Seiten sprachen über die strategische Partnerschaft ihrer Länder.',
].join('\n');
const ENGLISH = 'The Chinese president received the secretary of the Russian security council in Beijing on Monday.';

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
  // Its language is guessed, as an import's is.
  await expect((await articleDetails(app)).getByLabel('Language', { exact: true })).toHaveValue('de');
});

test('a pasted article’s guessed language follows its text until the analyst sets one', async ({ app }) => {
  // Paste anywhere: the clipboard becomes an article.
  await copyToClipboard(app, GERMAN);
  await app.locator('body').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('Control+v');
  await expect(app.locator('h1')).toHaveText('Xi empfängt Schoigu in Peking');
  const details = await articleDetails(app);
  const language = details.getByLabel('Language', { exact: true });
  await expect(language).toHaveValue('de');

  // The text replaced by a translation: the guess follows.
  await app.locator('.ProseMirror').click();
  await app.keyboard.press('F2');
  await expect(app.getByRole('button', { name: 'Done editing' })).toBeVisible();
  await app.keyboard.press('Control+a');
  await app.keyboard.type(ENGLISH);
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: 'Edit text' })).toBeVisible();
  await expect(language).toHaveValue('en');

  // A language the analyst types is kept through later edits.
  await language.fill('fr');
  await language.press('Enter');
  await expect(app.getByTestId('status-save')).toHaveText(/saved/i);
  await app.locator('.ProseMirror').click();
  await app.keyboard.press('F2');
  await app.keyboard.press('Control+a');
  await app.keyboard.type(GERMAN.split('\n')[2] ?? '');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: 'Edit text' })).toBeVisible();
  await expect(app.locator('.ProseMirror')).toContainText('Der chinesische Präsident');
  await expect(language).toHaveValue('fr');
});
