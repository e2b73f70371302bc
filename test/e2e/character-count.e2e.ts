import { expect, test } from './support/browser-host';
import { createArticle } from './support/annotation-page';

// The article's header counts its characters; the count follows the text through edits, undo and redo.

test('the character count follows an edit of the text, its undo and redo, without a reload', async ({ app }) => {
  await createArticle(app, 'Kurzmeldung', 'Lawrow trifft Wang Yi.');
  const meta = app.locator('.article-meta');
  await expect(meta).toContainText('22 characters');

  await app.locator('.ProseMirror').click();
  await app.keyboard.press('F2');
  await expect(app.getByRole('button', { name: 'Done editing' })).toBeVisible();
  await app.keyboard.press('Control+Home');
  await app.keyboard.type('EILMELDUNG: ');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: 'Edit text' })).toBeVisible();
  await expect(meta).toContainText('34 characters');

  await app.keyboard.press('Control+z');
  await expect(app.locator('.ProseMirror')).toHaveText('Lawrow trifft Wang Yi.');
  await expect(meta).toContainText('22 characters');
  await app.keyboard.press('Control+Shift+z');
  await expect(app.locator('.ProseMirror')).toHaveText('EILMELDUNG: Lawrow trifft Wang Yi.');
  await expect(meta).toContainText('34 characters');
});
