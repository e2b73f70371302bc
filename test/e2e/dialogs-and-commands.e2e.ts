import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT } from './support/annotation-page';

// Every dialog answers Esc and gives focus back to where it was; the side panel's tabs and the
// window's keys are commands the palette and help list.

test('dialogs close on Esc or a click beside them and give focus back', async ({ app }) => {
  const shortcutsButton = app.getByRole('button', { name: 'Shortcuts' });
  await expect(shortcutsButton).toHaveAttribute('title', 'Keyboard shortcuts (?)');
  await shortcutsButton.click();
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  // Help lists the desktop app's File menu keys with the window's own.
  await expect(help).toContainText('New project (File menu)');
  await app.mouse.click(4, 4);
  await expect(help).toBeHidden();
  await expect(shortcutsButton).toBeFocused();

  const newArticleButton = app.getByRole('button', { name: 'New article' });
  await expect(newArticleButton).toHaveAttribute('title', 'New article (Ctrl+N)');
  await newArticleButton.focus();
  await app.keyboard.press('Control+n');
  const newArticle = app.getByRole('dialog', { name: 'New article' });
  await expect(newArticle.getByRole('textbox', { name: 'Text' })).toBeFocused();
  // Typed text stays until the dialog is closed: a click beside it does not throw it away.
  await newArticle.getByRole('textbox', { name: 'Text' }).fill('Draft');
  await app.mouse.click(4, 4);
  await expect(newArticle).toBeVisible();
  // "?" in a text field is a question mark, not the help.
  await app.keyboard.press('?');
  await expect(help).toBeHidden();
  await app.keyboard.press('Escape');
  await expect(newArticle).toBeHidden();
  await expect(newArticleButton).toBeFocused();

  await app.keyboard.press('F1');
  await expect(help).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(newArticleButton).toBeFocused();
});

test('the side panel’s tabs are commands, and the Details button follows the panel', async ({ app }) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  const details = app.getByRole('button', { name: 'Details', exact: true });
  await expect(details).toHaveAttribute('aria-expanded', 'true');

  await app.keyboard.press('Control+Shift+P');
  const palette = app.getByRole('dialog', { name: 'Commands' });
  await app.keyboard.type('Show the Entities tab');
  await expect(palette.getByRole('option').first()).toContainText('Show the Entities tab');
  await app.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(app.getByRole('tab', { name: 'Entities' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('tabpanel', { name: 'Entities' })).toBeFocused();

  // Hiding the panel with focus inside hands focus to the Details button.
  await app.getByRole('button', { name: 'Hide details' }).click();
  await expect(app.getByRole('complementary', { name: 'Details' })).toBeHidden();
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  await expect(details).toBeFocused();
  await details.click();
  await expect(app.getByRole('tab', { name: 'Entities' })).toHaveAttribute('aria-selected', 'true');
  await expect(details).toHaveAttribute('aria-expanded', 'true');

  // While the article text is being edited, the palette offers to finish instead of to start.
  await app.keyboard.press('Control+Shift+P');
  await app.keyboard.type('article text');
  await expect(palette.getByRole('option')).toHaveText([/Edit the article text\s*F2/]);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('textbox', { name: 'Article text (editing)' })).toBeVisible();
  await app.keyboard.press('Control+Shift+P');
  await app.keyboard.type('article text');
  await expect(palette.getByRole('option')).toHaveText([/Finish editing the article text\s*Esc/]);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('document', { name: 'Article body' })).toBeVisible();
});
