import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { createArticle, SEED_TEXT } from './support/annotation-page';
import { expect, test } from './support/browser-host';
import { answerDialogs, menuCommand } from './support/test-control';

// The "Suggestion sources" dialog: import a gazetteer through the file dialog, see what it proposes
// across the corpus, switch a built-in rule on, and all of it by keyboard.

let workDir = '';
test.beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'workbench-sources-'));
});
test.afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const GAZETTEER = [
  'name\ttype\taliases\twikidata',
  'Xi Jinping\tPerson\tXi|Präsident Xi\tQ15031',
  'Sergei Schoigu\tPerson\tSchoigu\tQ312792',
  'Peking\tLocation\tBeijing\tQ956',
  'TASS\tOrganisation\t\t',
].join('\n');

test('a gazetteer imported in the Suggestion sources dialog is listed with its suggestions', async ({
  app,
  host,
  request,
}) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  const gazetteer = join(workDir, 'Seed people.tsv');
  writeFileSync(gazetteer, GAZETTEER);
  const refused = join(workDir, 'spacy.jsonl');
  writeFileSync(refused, '{"label": "NORP", "pattern": "Russen"}\n');

  await menuCommand(request, host, 'suggestion-sources');
  const dialog = app.getByRole('dialog', { name: 'Suggestion sources' });
  await expect(dialog).toContainText('No gazetteers yet');

  // Keyboard only: the import button is reached with Tab and pressed with Enter.
  await answerDialogs(request, host, [gazetteer]);
  const importButton = dialog.getByRole('button', { name: 'Import gazetteer…' });
  await importButton.focus();
  await app.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Imported “Seed people” with 4 names.');
  const row = dialog.locator('.sources-row', { hasText: 'Seed people' });
  await expect(row).toContainText('Seed people.tsv, 4 names');
  await expect(row).toContainText(/\d+ suggestions in the corpus · 0 accepted · 0 rejected · none decided yet/);

  // A built-in rule, switched on with the keyboard and its proposed label chosen.
  const dates = dialog.getByRole('checkbox', { name: 'Suggest Dates' });
  await dates.focus();
  await app.keyboard.press('Space');
  await expect(dialog.getByRole('status')).toHaveText('Dates are suggested as Date/Time.');
  await expect(dialog.locator('[data-builtin="date"]')).toContainText('1 suggestion in the corpus');

  const { violations } = await new AxeBuilder({ page: app }).include('dialog[open]').analyze();
  expect(violations.filter((violation) => ['critical', 'serious'].includes(violation.impact ?? ''))).toEqual([]);

  // Switched off, it proposes nothing; removed, it is gone.
  await dialog.getByRole('checkbox', { name: 'Suggest from Seed people' }).uncheck();
  await expect(row).toContainText('Off · 0 accepted');
  await dialog.getByRole('button', { name: 'Remove Seed people' }).click();
  await expect(dialog).toContainText('No gazetteers yet');

  // A file naming a label the project lacks is refused, with the reason where the user looks.
  await answerDialogs(request, host, [refused]);
  await dialog.getByRole('button', { name: 'Import pattern file…' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    '"spacy.jsonl" names a label the project does not have ("NORP")',
  );
  await expect(dialog).toContainText('No pattern files yet');

  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
