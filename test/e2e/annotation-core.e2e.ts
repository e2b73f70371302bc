import { expect, test } from './support/browser-host';
import {
  SEED_TEXT,
  createArticle,
  drawnAnnotationTexts,
  invoke,
  labelId,
  searchAndSelect,
  selectInArticle,
  storedAnnotations,
} from './support/annotation-page';

const CLAIM = 'dass China und Russland freundliche Nachbarn und wahre Freunde seien';

test('an analyst tags people, places, an organisation and a claim with its claimant by keyboard only', async ({
  app,
}) => {
  await createArticle(app, 'Xi empfängt Schoigu in Peking', SEED_TEXT);

  // Xi Jinping: the search box puts the selection on "Xi"; Shift+Ctrl+→ takes the next word along.
  await searchAndSelect(app, 'Jinping');
  await app.keyboard.press('Control+Shift+ArrowLeft');
  await app.keyboard.press('Control+Shift+ArrowLeft');
  await searchAndSelect(app, 'Präsident');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Control+Shift+ArrowRight');
  await app.keyboard.press('Control+Shift+ArrowRight');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveText(['Xi Jinping']);

  await searchAndSelect(app, 'Peking');
  await app.keyboard.press('3');
  await searchAndSelect(app, 'TASS');
  await app.keyboard.press('2');
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['Xi Jinping', 'Peking', 'TASS']);

  // The claim: from the end of "betonte", word by word to "seien"; snapping drops the ", ".
  await searchAndSelect(app, 'betonte');
  await app.keyboard.press('ArrowRight');
  for (let i = 0; i < 15; i++) {
    await app.keyboard.press('Control+Shift+ArrowRight');
    if ((await app.evaluate(() => document.getSelection()?.toString() ?? '')).endsWith('seien')) break;
  }
  await app.keyboard.press('7');
  await expect(app.locator('.ann').filter({ hasText: 'freundliche Nachbarn' })).toHaveText([CLAIM]);

  // The new claim is selected: C asks who makes it; typing picks the mention of Xi Jinping.
  await app.keyboard.press('c');
  const picker = app.getByRole('dialog', { name: 'Who makes this claim?' });
  await expect(picker).toBeVisible();
  await app.keyboard.type('Xi');
  await app.keyboard.press('Enter');
  await expect(picker).toBeHidden();

  const stored = await storedAnnotations(app);
  const byText = new Map(stored.map((annotation) => [annotation.quote.exact, annotation]));
  expect([...byText.keys()].sort()).toEqual(['Peking', 'TASS', 'Xi Jinping', CLAIM].sort());
  const xi = byText.get('Xi Jinping');
  const claim = byText.get(CLAIM);
  expect(xi?.labelId).toBe(await labelId(app, 'Person'));
  expect(byText.get('Peking')?.labelId).toBe(await labelId(app, 'Location'));
  expect(byText.get('TASS')?.labelId).toBe(await labelId(app, 'Organisation'));
  expect(claim?.labelId).toBe(await labelId(app, 'Claim'));
  expect(claim?.claim?.claimantEntityId).toBe(xi?.entityId);
  expect(claim?.claim?.claimantAnnotationId).toBe(xi?.id);
  // Offsets are UTF-16 code units of the article text, and the quote is the text at them.
  for (const annotation of stored) {
    const [fragment] = annotation.fragments;
    expect(SEED_TEXT.slice(fragment?.start, fragment?.end)).toBe(annotation.quote.exact);
  }

  // Every mention of Xi across the corpus: a second article mentioning him links to the same entity.
  await createArticle(app, 'Kurzmeldung', 'Präsident Xi Jinping reist nach Moskau.');
  await searchAndSelect(app, 'Moskau');
  await selectInArticle(app, 'Xi Jinping');
  await app.keyboard.press('1');
  const linking = app.getByRole('dialog', { name: 'Which person is “Xi Jinping”?' });
  await expect(linking.getByRole('option').first()).toContainText('Xi Jinping');
  await app.keyboard.press('Enter');
  await expect(app.locator('.ann')).toHaveText(['Xi Jinping']);
  const mentions = await invoke<{ articleTitle: string }[]>(app, 'entity.mentions', { id: xi?.entityId });
  expect(mentions.map((mention) => mention.articleTitle).sort()).toEqual([
    'Kurzmeldung',
    'Xi empfängt Schoigu in Peking',
  ]);

  // Everything is saved as it happens: a reload brings it all back.
  await app.reload();
  await app.getByRole('option', { name: /Xi empfängt Schoigu in Peking/ }).click();
  await expect.poll(() => drawnAnnotationTexts(app)).toEqual(['Xi Jinping', 'Peking', CLAIM, 'TASS']);
});

test('overlapping and nested annotations are drawn as nested underlines and all show on hover', async ({ app }) => {
  // A "Role" entity type on key 8, as an analyst would add in the schema settings.
  await invoke(app, 'schema.addLabel', { kind: 'entity', name: 'Role', color: '#8c564b', hotkey: '8' });
  await app.reload();
  await createArticle(app, 'Schoigu in Peking', SEED_TEXT);
  await selectInArticle(app, 'Sekretär des Sicherheitsrates der Russischen Föderation');
  // No entity matches yet, so a new "Role" entity is made without asking.
  await app.keyboard.press('8');
  await expect(app.locator('.ann')).toHaveText(['Sekretär des Sicherheitsrates der Russischen Föderation']);
  await selectInArticle(app, 'Russischen Föderation');
  await app.keyboard.press('2');

  // The inner annotation is an element inside the outer one: nested, not a merged run.
  const inner = app.locator('.ann .ann');
  await expect(inner).toHaveText('Russischen Föderation');
  const outerText = await app
    .locator('.ann:not(.ann .ann)')
    .evaluateAll((spans) => spans.map((span) => span.textContent).join(''));
  expect(outerText).toBe('Sekretär des Sicherheitsrates der Russischen Föderation');
  // Different lanes and colours: the nested underline sits below the outer one.
  const drawn = await app.locator('.ann').evaluateAll((spans) =>
    spans.map((span) => ({
      id: (span as HTMLElement).dataset['annotationId'],
      lane: [...span.classList].find((name) => name.startsWith('ann-lane-')),
      colour: getComputedStyle(span).borderBottomColor,
    })),
  );
  expect(new Set(drawn.map((span) => span.id)).size).toBe(2);
  expect(new Set(drawn.map((span) => span.lane)).size).toBe(2);
  expect(new Set(drawn.map((span) => span.colour)).size).toBe(2);

  await inner.hover();
  const card = app.getByRole('tooltip');
  await expect(card).toContainText('Role');
  await expect(card).toContainText('Organisation');
});

test('undo and redo take back and restore single and bulk annotation actions', async ({ app }) => {
  await createArticle(app, 'Peking überall', SEED_TEXT);
  await searchAndSelect(app, 'TASS');
  await app.keyboard.press('2');
  await expect(app.locator('.ann')).toHaveText(['TASS']);

  await app.keyboard.press('Control+z');
  await expect(app.locator('.ann')).toHaveCount(0);
  await app.keyboard.press('Control+Shift+z');
  await expect(app.locator('.ann')).toHaveText(['TASS']);

  // Annotate all: every "Peking" after a preview; one Ctrl+Z takes them all back.
  await searchAndSelect(app, 'Peking');
  await app.keyboard.press('Shift+Enter');
  await app.getByRole('dialog', { name: /Annotate every “Peking”/ }).waitFor();
  await app.keyboard.type('Location');
  await app.keyboard.press('Enter');
  const preview = app.getByRole('dialog', { name: 'Annotate “Peking” as Location' });
  const expected = SEED_TEXT.split('Peking').length - 1;
  await expect(preview.getByRole('checkbox')).toHaveCount(expected);
  await preview.getByRole('button', { name: `Annotate ${expected}` }).click();
  const linking = app.getByRole('dialog', { name: /Which location is “Peking”/ });
  await linking.waitFor();
  await app.keyboard.press('Enter');
  await expect(app.locator('.ann', { hasText: 'Peking' })).toHaveCount(expected);

  await app.locator('.ProseMirror').focus();
  await app.keyboard.press('Control+z');
  await expect(app.locator('.ann')).toHaveText(['TASS']);
  await app.keyboard.press('Control+Shift+z');
  await expect(app.locator('.ann', { hasText: 'Peking' })).toHaveCount(expected);
});

test('editing the text moves annotations after the edit and lists annotations whose text was deleted', async ({
  app,
}) => {
  await createArticle(app, 'Bearbeitung', SEED_TEXT);
  await searchAndSelect(app, 'TASS');
  await app.keyboard.press('2');
  await expect(app.locator('.ann')).toHaveText(['TASS']);
  await selectInArticle(app, 'Lin Jian');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveCount(2);
  const before = await storedAnnotations(app);
  const tassBefore = before.find((annotation) => annotation.quote.exact === 'TASS');

  await app.keyboard.press('F2');
  await expect(app.getByRole('button', { name: 'Done editing' })).toBeVisible();
  // Insert a word at the very start of the article.
  await app.keyboard.press('Control+Home');
  await app.keyboard.type('EILMELDUNG: ');
  // Delete "Lin Jian" entirely: its annotation becomes orphaned, not lost.
  await selectInArticle(app, 'Lin Jian');
  await app.keyboard.press('Backspace');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: 'Edit text' })).toBeVisible();
  await expect(app.getByText(/annotation lost its text/)).toBeVisible();

  const after = await storedAnnotations(app);
  const tass = after.find((annotation) => annotation.quote.exact === 'TASS');
  // 12 characters inserted before it, "Lin Jian" (8) deleted before it.
  expect(tass?.fragments[0]?.start).toBe((tassBefore?.fragments[0]?.start ?? 0) + 'EILMELDUNG: '.length - 8);
  expect(tass?.orphaned).toBe(false);
  const lin = after.find((annotation) => annotation.quote.exact === 'Lin Jian');
  expect(lin?.orphaned).toBe(true);
  await expect(app.locator('.ann')).toHaveText(['TASS']);

  // Saved: after a reload the text and the moved annotation are still there.
  await app.reload();
  await app.getByRole('option', { name: /Bearbeitung/ }).click();
  await expect(app.locator('.ProseMirror p').first()).toHaveText(/^EILMELDUNG: Der chinesische Präsident/);
  await expect(app.locator('.ann')).toHaveText(['TASS']);
});

test('a multilingual text with emoji and Persian is annotated with exact quotes and offsets', async ({ app }) => {
  const text =
    'Reaktionen 👨‍👩‍👧 aus Teheran 🇮🇷: وزیر امور خارجه ایران گفت که مذاکرات ادامه دارد.\nCafé́ Zürich — 北京 und 😀 Emoji.';
  await createArticle(app, 'Mehrsprachig', text);
  await selectInArticle(app, 'وزیر امور خارجه');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveCount(1);
  await selectInArticle(app, 'Teheran 🇮🇷');
  await app.keyboard.press('Alt+3');
  await expect(app.locator('.ann')).toHaveCount(2);
  await selectInArticle(app, '北京');
  await app.keyboard.press('3');
  await expect(app.locator('.ann')).toHaveCount(3);

  const stored = await storedAnnotations(app);
  const normalized = text.normalize('NFC');
  expect(stored.map((annotation) => annotation.quote.exact).sort()).toEqual(
    ['Teheran 🇮🇷', 'وزیر امور خارجه', '北京'].sort(),
  );
  for (const annotation of stored) {
    const [fragment] = annotation.fragments;
    expect(normalized.slice(fragment?.start, fragment?.end)).toBe(annotation.quote.exact);
  }
  await expect(app.locator('.ann', { hasText: 'وزیر امور خارجه' })).toBeVisible();
});

test('a long article shows its annotations wherever the analyst scrolls to', async ({ app }) => {
  const paragraphs = Array.from(
    { length: 400 },
    (_, i) => `Absatz ${i}: Der Sprecher in Peking äußerte sich am Freitag.`,
  );
  const text = paragraphs.join('\n\n');
  await createArticle(app, 'Lang', text);
  const articleId = (await invoke<{ id: number; title: string }[]>(app, 'article.list')).find(
    (article) => article.title === 'Lang',
  )?.id;
  const location = await labelId(app, 'Location');
  const far = text.indexOf('Absatz 390: Der Sprecher in Peking') + 'Absatz 390: Der Sprecher in '.length;
  await invoke(app, 'annotation.createMany', {
    annotations: [
      { articleId, labelId: location, fragments: [{ start: text.indexOf('Peking'), end: text.indexOf('Peking') + 6 }] },
      { articleId, labelId: location, fragments: [{ start: far, end: far + 6 }] },
    ],
  });
  await app.reload();
  await app.getByRole('option', { name: /Lang/ }).click();
  await expect(app.locator('.ann').first()).toHaveText('Peking');

  await app.locator('#article-pane').evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
  const farParagraph = app.locator('.ProseMirror p', { hasText: 'Absatz 390:' });
  await expect(farParagraph.locator('.ann')).toHaveText('Peking');

  // Labelling far down draws at once.
  await selectInArticle(app, 'Sprecher', { occurrence: 395 });
  await app.keyboard.press('Alt+6');
  await expect(app.locator('.ProseMirror p', { hasText: 'Absatz 395:' }).locator('.ann')).toHaveText('Sprecher');
});

test('a discontinuous span is one annotation, and relations are made by keyboard and by dragging', async ({ app }) => {
  await createArticle(app, 'Teile und Beziehungen', SEED_TEXT);

  // "Sergei … Schoigu": two pieces collected with +, then labelled as one Person.
  await selectInArticle(app, 'Sergei');
  await app.keyboard.press('+');
  await selectInArticle(app, 'Schoigu');
  await app.keyboard.press('1');
  await expect(app.locator('.ann')).toHaveText(['Sergei', 'Schoigu']);
  const [pieces] = await storedAnnotations(app);
  expect(pieces?.fragments).toHaveLength(2);
  expect(pieces?.quote.exact).toBe('Sergei … Schoigu');
  expect(
    new Set(
      await app.locator('.ann').evaluateAll((spans) => spans.map((span) => span.getAttribute('data-annotation-id'))),
    ).size,
  ).toBe(1);

  await searchAndSelect(app, 'TASS');
  await app.keyboard.press('2');
  await expect(app.locator('.ann', { hasText: 'TASS' })).toHaveCount(1);

  // R on the selected TASS mention: pick Schoigu, then the relation type.
  await app.keyboard.press('r');
  await app.getByRole('dialog', { name: /Relate “TASS” to/ }).waitFor();
  await app.keyboard.type('Schoigu');
  await app.keyboard.press('Enter');
  await app.getByRole('dialog', { name: 'Relation type' }).waitFor();
  await app.keyboard.type('about');
  await app.keyboard.press('Enter');
  await expect
    .poll(async () => (await invoke<unknown[]>(app, 'relation.list', { articleId: pieces?.articleId })).length)
    .toBe(1);

  // Alt+drag from Peking to Sergei (both in the first paragraph, on screen together).
  await searchAndSelect(app, 'Peking');
  await app.keyboard.press('3');
  const peking = app.locator('.ann', { hasText: 'Peking' }).first();
  const sergei = app.locator('.ann', { hasText: 'Sergei' });
  await expect(peking).toBeVisible();
  await peking.scrollIntoViewIfNeeded();
  const from = await peking.boundingBox();
  const to = await sergei.boundingBox();
  await app.keyboard.down('Alt');
  await app.mouse.move((from?.x ?? 0) + 5, (from?.y ?? 0) + 5);
  await app.mouse.down();
  await app.mouse.move((to?.x ?? 0) + 5, (to?.y ?? 0) + 5, { steps: 5 });
  await app.mouse.up();
  await app.keyboard.up('Alt');
  await app.getByRole('dialog', { name: 'Relation type' }).waitFor();
  await app.keyboard.type('said');
  await app.keyboard.press('Enter');
  await expect
    .poll(async () => (await invoke<unknown[]>(app, 'relation.list', { articleId: pieces?.articleId })).length)
    .toBe(2);
  // The hover card names the relations of what is under the pointer.
  await app.locator('.ann', { hasText: 'TASS' }).hover();
  await expect(app.getByRole('tooltip')).toContainText('about → “Sergei … Schoigu”');
});
