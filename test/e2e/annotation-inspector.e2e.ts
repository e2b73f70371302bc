import type { Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { createArticle, SEED_TEXT, selectInArticle } from './support/annotation-page';

const TITLE = 'Xi empfängt Schoigu in Peking';
const CLAIM = 'dass China und Russland freundliche Nachbarn und wahre Freunde seien';

/** The default schema has no document labels; add two straight through the host's transport. */
async function addDocumentLabels(app: Page, names: readonly string[]): Promise<void> {
  await app.evaluate(async (labelNames) => {
    const transport = (
      window as unknown as { workbenchTransport: { invoke(call: string, arg: unknown): Promise<unknown> } }
    ).workbenchTransport;
    for (const name of labelNames)
      await transport.invoke('schema.addLabel', { kind: 'document', name, color: '#336699' });
  }, names);
}

/** Replaces a phrase of the only article through the host, as edit mode would: its annotations there become orphans. */
async function replaceInArticle(app: Page, phrase: string, replacement: string): Promise<void> {
  await app.evaluate(
    async ([wanted, inserted]) => {
      const transport = (
        window as unknown as { workbenchTransport: { invoke(call: string, arg: unknown): Promise<unknown> } }
      ).workbenchTransport;
      const call = async <T>(name: string, arg: unknown): Promise<T> => {
        const envelope = (await transport.invoke(name, arg)) as { ok: boolean; value: T; error?: unknown };
        if (!envelope.ok) throw new Error(`${name} failed: ${JSON.stringify(envelope.error)}`);
        return envelope.value;
      };
      const [summary] = await call<{ id: number }[]>('article.list', undefined);
      if (summary === undefined) throw new Error('No article');
      type Block = { kind: string; start: number; end: number };
      const article = await call<{ text: string; blocks: Block[] }>('article.get', { id: summary.id });
      const from = article.text.indexOf(wanted);
      const to = from + wanted.length;
      const delta = inserted.length - wanted.length;
      const blocks = article.blocks.map((block) => ({
        ...block,
        start: block.start >= to ? block.start + delta : block.start,
        end: block.end >= to ? block.end + delta : block.end,
      }));
      await call('article.editText', { id: summary.id, changes: [{ from, to, insertedText: inserted }], blocks });
    },
    [phrase, replacement] as const,
  );
}

async function labelPhrase(app: Page, phrase: string, key: string): Promise<void> {
  await selectInArticle(app, phrase);
  await expect.poll(() => app.evaluate(() => document.getSelection()?.toString())).toBe(phrase);
  // ProseMirror takes the DOM selection over on 'selectionchange', which fires after this task.
  await app.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await app.keyboard.press(key);
}

test('a claim’s details, its note and the article’s labels and notes are saved and come back', async ({ app }) => {
  const errors: string[] = [];
  app.on('pageerror', (error) => errors.push(String(error)));
  await addDocumentLabels(app, ['Propaganda', 'Opinion']);
  await app.reload();

  await createArticle(app, TITLE, SEED_TEXT);

  const tab = app.getByRole('tabpanel', { name: 'Annotation' });
  await expect(tab).toContainText('No annotation selected');

  await labelPhrase(app, CLAIM, '7');

  await expect(tab.locator('blockquote')).toHaveText(CLAIM);
  await expect(tab.getByLabel('Label', { exact: true }).locator('option:checked')).toHaveText('Claim');
  // Selecting the new claim must leave the analyst in the text.
  await expect(app.locator('.ProseMirror')).toBeFocused();

  await tab.getByLabel('stance').selectOption({ label: 'supports' });
  await expect(app.getByTestId('status-save')).toHaveText(/saved/i);
  await tab.getByLabel('verdict').selectOption({ label: 'unverified' });
  await expect(app.getByTestId('status-save')).toHaveText(/saved/i);
  await tab.getByLabel('Date of the claim').fill('28.02.2025');
  await tab.getByLabel('Date of the claim').press('Enter');
  await expect(tab.getByRole('alert')).toHaveText('Use a date such as 2025-02-28.');
  await tab.getByLabel('Date of the claim').fill('2025-02-28');
  await tab.getByLabel('Date of the claim').press('Enter');
  await expect(tab.getByRole('alert')).toBeHidden();

  // N puts the caret in the note; Ctrl+Enter saves it and goes back to the text.
  await app.locator('.ProseMirror').focus();
  await app.keyboard.press('n');
  await expect(tab.getByLabel('Note', { exact: true })).toBeFocused();
  await app.keyboard.type('Xi wird indirekt zitiert.');
  await app.keyboard.press('Control+Enter');
  await expect(app.locator('.ProseMirror')).toBeFocused();
  await expect(app.getByTestId('status-save')).toHaveText(/saved/i);

  await tab.getByLabel('Propaganda').check();
  await expect(app.getByTestId('status-save')).toHaveText(/saved/i);
  await tab.getByLabel('New article note').fill('Quelle: Xinhua, deutsche Fassung.');
  await tab.getByRole('button', { name: 'Add note' }).click();
  await expect(tab.getByLabel('Article note', { exact: true })).toHaveValue('Quelle: Xinhua, deutsche Fassung.');
  await expect(app.getByTestId('status-save')).toHaveText(/saved/i);

  await app.reload();
  await app.getByRole('option', { name: new RegExp(TITLE) }).click();
  await expect(app.locator('h1')).toHaveText(TITLE);
  await expect(tab.getByLabel('Propaganda')).toBeChecked();
  await expect(tab.getByLabel('Opinion')).not.toBeChecked();
  await expect(tab.getByLabel('Article note', { exact: true })).toHaveValue('Quelle: Xinhua, deutsche Fassung.');

  await app.locator('.ProseMirror').focus();
  await app.keyboard.press('Tab');
  await expect(tab.locator('blockquote')).toHaveText(CLAIM);
  await expect(tab.getByLabel('stance').locator('option:checked')).toHaveText('supports');
  await expect(tab.getByLabel('verdict').locator('option:checked')).toHaveText('unverified');
  await expect(tab.getByLabel('form').locator('option:checked')).toHaveText('—');
  await expect(tab.getByLabel('Date of the claim')).toHaveValue('2025-02-28');
  await expect(tab.getByLabel('Note', { exact: true })).toHaveValue('Xi wird indirekt zitiert.');
  expect(errors).toEqual([]);
});

test('an annotation whose text was edited away is listed as orphaned and can be re-attached', async ({ app }) => {
  await createArticle(app, TITLE, SEED_TEXT);
  const tab = app.getByRole('tabpanel', { name: 'Annotation' });
  await labelPhrase(app, 'wahre Freunde', '7');
  await expect(tab.locator('blockquote')).toHaveText('wahre Freunde');

  await replaceInArticle(app, 'wahre Freunde', 'Partner');
  await app.reload();
  await app.getByRole('option', { name: new RegExp(TITLE) }).click();
  const orphans = tab.getByRole('region', { name: 'Orphaned annotations' });
  await expect(orphans).toContainText('Orphaned annotations (1)');
  await expect(orphans.getByRole('button', { name: 'wahre Freunde', exact: true })).toBeVisible();

  await selectInArticle(app, 'freundliche Nachbarn');
  await app.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toBeHidden();
  await expect(tab.locator('blockquote')).toHaveText('freundliche Nachbarn');
  await expect(tab.getByLabel('Label', { exact: true }).locator('option:checked')).toHaveText('Claim');
});
