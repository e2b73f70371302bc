import { expect, test } from './support/browser-host';
import {
  createArticle,
  invoke,
  SEED_TEXT,
  selectInArticle,
  shownArticleId,
  storedAnnotations,
} from './support/annotation-page';
import {
  drawnSuggestionTexts,
  focusSuggestion,
  runCommand,
  seedRegistry,
  suggestionsTab,
} from './support/suggestion-page';

// Suggestions from the project's registry, end to end: drawn over the seed article, accepted and
// rejected by key (each one undo step), reviewed, and accepted across the corpus.

test('registry suggestions are drawn, accepted, rejected and undone by key', async ({ app }) => {
  const ids = await seedRegistry(app);
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);

  // Drawn with a dashed underline, apart from annotations; the inflected "Schoigus" is among them.
  await expect.poll(() => drawnSuggestionTexts(app)).toContain('Schoigus');
  const first = app.locator('.ProseMirror .sugg').first();
  await expect(first).toHaveCSS('border-bottom-style', 'dashed');
  expect(await app.locator('.ProseMirror .ann').count()).toBe(0);
  // The tab counts them per entity: Schoigu's names and the inflected form are one entity.
  const tab = await suggestionsTab(app);
  const schoiguCount = tab.locator('.suggestion-count').filter({ hasText: 'Sergei Schoigu' });
  await expect(schoiguCount.locator('.suggestion-count-number')).toHaveText('7');

  // A accepts the focused suggestion: a Person mention linked to Schoigu.
  await focusSuggestion(app, 'Schoigus');
  await app.keyboard.press('a');
  await expect(app.locator('.ProseMirror .ann')).toHaveText(['Schoigus']);
  const accepted = (await storedAnnotations(app)).find((annotation) => annotation.quote.exact === 'Schoigus');
  expect(accepted?.entityId).toBe(ids.get('Sergei Schoigu'));

  // X rejects: the suggestion is gone, and listed in the rejections dialog.
  const schoigusLeft = (await drawnSuggestionTexts(app)).filter((text) => text === 'Schoigus').length;
  await focusSuggestion(app, 'Schoigus');
  await app.keyboard.press('x');
  await expect
    .poll(async () => (await drawnSuggestionTexts(app)).filter((text) => text === 'Schoigus').length)
    .toBe(schoigusLeft - 1);
  await runCommand(app, 'Review rejected suggestions');
  const rejections = app.getByRole('dialog', { name: 'Suggestions: matching and rejections' });
  await expect(rejections.getByRole('list', { name: 'Rejected suggestions' }).getByRole('listitem')).toHaveCount(1);
  await expect(rejections.getByRole('listitem').locator('mark')).toHaveText('Schoigus');
  // The project's matching options are set here too.
  const ignoreCase = rejections.getByRole('checkbox', { name: /Ignore case/ });
  const before = await invoke<{ ignoreCase: boolean }>(app, 'suggestion.options');
  await expect(ignoreCase).toBeChecked({ checked: before.ignoreCase });
  await ignoreCase.click();
  await expect
    .poll(async () => (await invoke<{ ignoreCase: boolean }>(app, 'suggestion.options')).ignoreCase)
    .toBe(!before.ignoreCase);
  await ignoreCase.click();
  await expect
    .poll(async () => (await invoke<{ ignoreCase: boolean }>(app, 'suggestion.options')).ignoreCase)
    .toBe(before.ignoreCase);
  await app.keyboard.press('Escape');
  await expect(rejections).toBeHidden();

  // Undo takes the rejection back: the suggestion is proposed again.
  await app.locator('.article-body').focus();
  await app.keyboard.press('Control+z');
  await expect
    .poll(async () => (await drawnSuggestionTexts(app)).filter((text) => text === 'Schoigus').length)
    .toBe(schoigusLeft);
  expect(await invoke<unknown[]>(app, 'suggestion.rejections')).toEqual([]);

  // Shift+A accepts every Peking suggestion at once; one undo takes them all back.
  const pekings = (await drawnSuggestionTexts(app)).filter((text) => text === 'Peking').length;
  expect(pekings).toBeGreaterThan(1);
  await focusSuggestion(app, 'Peking');
  await app.keyboard.press('Shift+A');
  await expect(app.locator('.ProseMirror .ann', { hasText: /^Peking$/u })).toHaveCount(pekings);
  const linked = (await storedAnnotations(app)).filter((annotation) => annotation.quote.exact === 'Peking');
  expect(linked.map((annotation) => annotation.entityId)).toEqual(linked.map(() => ids.get('Peking')));
  await app.keyboard.press('Control+z');
  await expect(app.locator('.ProseMirror .ann', { hasText: /^Peking$/u })).toHaveCount(0);
  await expect
    .poll(async () => (await drawnSuggestionTexts(app)).filter((text) => text === 'Peking').length)
    .toBe(pekings);
  await expect(app.locator('.ProseMirror .ann')).toHaveText(['Schoigus']);
});

test('annotate all in the corpus, from an entity or a selection, lists occurrences in every article and annotates the ticked ones', async ({
  app,
}) => {
  const ids = await seedRegistry(app);
  await createArticle(app, 'Schoigu in Minsk', 'Schoigu traf Lukaschenko. Danach sprach Schoigu mit der Presse.');
  const second = await shownArticleId(app);
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);
  const seed = await shownArticleId(app);

  // From the entity's page in the Entities tab.
  const panel = app.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('tab', { name: 'Entities', exact: true }).click();
  await panel.getByRole('button', { name: /^Sergei Schoigu/ }).click();
  await panel.getByRole('button', { name: 'Annotate all in the corpus…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Annotate every mention of “Sergei Schoigu” across the corpus' });
  await expect(dialog).toBeVisible();
  const groups = dialog.locator('.occurrence-group');
  await expect(groups).toHaveCount(2);
  expect((await dialog.locator('.occurrence-group-title').allTextContents()).sort()).toEqual([
    'Schoigu in Minsk',
    'Xi empfängt Schoigu in Peking',
  ]);
  const rows = await dialog.locator('.occurrence').count();
  expect(rows).toBeGreaterThanOrEqual(2 + 5);

  // Untick the first occurrence in Minsk, then confirm by keyboard: one write, one undo step.
  const minsk = groups.filter({ hasText: 'Schoigu in Minsk' });
  await minsk.locator('.occurrence input').first().uncheck();
  await expect(dialog.getByRole('button', { name: `Annotate ${rows - 1}` })).toBeVisible();
  await dialog.getByRole('button', { name: `Annotate ${rows - 1}` }).click();
  await expect(dialog).toBeHidden();

  const schoigu = ids.get('Sergei Schoigu');
  const inSecond = await invoke<{ entityId?: number }[]>(app, 'annotation.list', { articleId: second });
  const inSeed = await invoke<{ entityId?: number }[]>(app, 'annotation.list', { articleId: seed });
  expect(inSecond.map((annotation) => annotation.entityId)).toEqual([schoigu]);
  expect(inSeed.length).toBe(rows - 2);
  expect(inSeed.every((annotation) => annotation.entityId === schoigu)).toBe(true);
  await expect(app.locator('.ProseMirror .ann')).toHaveCount(inSeed.length);

  await app.locator('.article-body').focus();
  await app.keyboard.press('Control+z');
  await expect(app.locator('.ProseMirror .ann')).toHaveCount(0);
  expect(await invoke<unknown[]>(app, 'annotation.list', { articleId: second })).toEqual([]);

  // From a selection: every "Lin Jian" in the corpus as a Person, a new entity, confirmed by keyboard.
  await selectInArticle(app, 'Lin Jian');
  await app.keyboard.press('Control+Shift+Enter');
  await app.getByRole('dialog', { name: 'Annotate every “Lin Jian” across the corpus as…' }).waitFor();
  await app.keyboard.type('Person');
  await app.keyboard.press('Enter');
  const fromText = app.getByRole('dialog', { name: 'Annotate every “Lin Jian” across the corpus as Person' });
  await expect(fromText.getByRole('button', { name: 'Annotate 2' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(fromText).toBeHidden();
  await expect(app.locator('.ProseMirror .ann')).toHaveText(['Lin Jian', 'Lin Jian']);
  const linJian = await storedAnnotations(app);
  expect(new Set(linJian.map((annotation) => annotation.entityId)).size).toBe(1);
  expect((await invoke<{ name: string }[]>(app, 'entity.list')).map((entity) => entity.name)).toContain('Lin Jian');
});

test('the rejections dialog draws a page of many rejections, proposes one again and finds them by filter', async ({
  app,
}) => {
  await seedRegistry(app);
  await createArticle(
    app,
    'Peking, immer wieder',
    Array.from({ length: 230 }, () => 'Peking liegt im Norden.').join(' '),
  );
  const articleId = await shownArticleId(app);
  const pekings = await invoke<unknown[]>(app, 'suggestion.forArticle', { articleId });
  expect(pekings).toHaveLength(230);
  await invoke(app, 'suggestion.reject', { suggestions: pekings });

  await runCommand(app, 'Review rejected suggestions');
  const dialog = app.getByRole('dialog', { name: 'Suggestions: matching and rejections' });
  const rows = dialog.getByRole('list', { name: 'Rejected suggestions' }).getByRole('listitem');
  // Only the first page is drawn; the rest waits for "Show more" (or for the list's end to scroll into view).
  await expect(rows).toHaveCount(200);
  await expect(dialog.getByText('230 suggestions are not proposed again.', { exact: false })).toBeVisible();
  const again = dialog.getByRole('button', { name: 'Propose “Peking” again' });
  await expect(again.first()).toBeFocused();

  // Propose again by keyboard: the row goes and focus moves on to the next row's button.
  await app.keyboard.press('Enter');
  await expect(rows).toHaveCount(199);
  await expect(again.first()).toBeFocused();
  await expect(dialog.getByText('229 suggestions are not proposed again.', { exact: false })).toBeVisible();

  const more = dialog.getByRole('button', { name: 'Show more (30 rejections left)' });
  await more.focus();
  await app.keyboard.press('Enter');
  await expect(rows).toHaveCount(229);
  await expect(more).toBeHidden();

  await dialog.getByRole('searchbox', { name: 'Filter rejected suggestions' }).fill('Minsk');
  await expect(dialog.getByText('No rejected suggestion matches “Minsk”.')).toBeVisible();
  await expect(rows).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
