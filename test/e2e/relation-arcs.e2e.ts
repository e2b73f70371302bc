import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/browser-host';
import { createArticle, invoke, labelId, selectInArticle, storedAnnotations } from './support/annotation-page';

const FILLER = Array.from({ length: 80 }, (_, i) => `Absatz ${i + 1} ohne Namen, nur Fülltext für die Länge.`);
const TEXT = ['Angela Merkel traf Olaf Scholz in Berlin.', ...FILLER, 'Später flog er nach Paris.'].join('\n');

interface DrawnArc {
  source: string | null;
  target: string | null;
  offscreen: string | null;
  label: string;
  start: { x: number; y: number };
  end: { x: number; y: number };
}

/** The arcs on screen, with the ends of their curves in page coordinates. */
async function drawnArcs(app: Page): Promise<DrawnArc[]> {
  // One evaluation: the overlay redraws between frames, so found elements may not last to a second call.
  return app.evaluate(() =>
    [...document.querySelectorAll('.relation-arc')].map((group) => {
      const line = group.querySelector<SVGPathElement>('.relation-arc-line');
      // Path coordinates count from the overlay's corner.
      const corner = line?.ownerSVGElement?.getBoundingClientRect();
      const point = (at: number) => {
        const local = line?.getPointAtLength(at);
        return { x: (local?.x ?? 0) + (corner?.left ?? 0), y: (local?.y ?? 0) + (corner?.top ?? 0) };
      };
      return {
        source: group.getAttribute('data-source-id'),
        target: group.getAttribute('data-target-id'),
        offscreen: group.getAttribute('data-offscreen'),
        label: group.querySelector('.relation-arc-label')?.textContent ?? '',
        start: point(0),
        end: point(line?.getTotalLength() ?? 0),
      };
    }),
  );
}

/** Whether a point lies on the highlight: across its first line box, at its top edge. */
async function expectOnHighlight(highlight: Locator, point: { x: number; y: number }): Promise<void> {
  const box = await highlight.boundingBox();
  if (box === null) throw new Error('The highlight is not on screen');
  expect(point.x).toBeGreaterThanOrEqual(box.x);
  expect(point.x).toBeLessThanOrEqual(box.x + box.width);
  expect(Math.abs(point.y - box.y)).toBeLessThanOrEqual(4);
}

test('the selected annotation shows arcs to its related spans, following the text as it scrolls', async ({ app }) => {
  await createArticle(app, 'Beziehungen als Bögen', TEXT);
  for (const [name, key] of [
    ['Angela Merkel', '1'],
    ['Olaf Scholz', '1'],
    ['Berlin', '3'],
    ['Paris', '3'],
  ] as const) {
    await selectInArticle(app, name);
    await app.keyboard.press(key);
    await expect(app.locator('.ann', { hasText: name })).toHaveCount(1);
  }
  const byQuote = new Map((await storedAnnotations(app)).map((annotation) => [annotation.quote.exact, annotation.id]));
  const id = (quote: string) => byQuote.get(quote) ?? 0;
  const relate = async (type: string, source: string, target: string) =>
    invoke(app, 'relation.create', {
      typeLabelId: await labelId(app, type),
      sourceAnnotationId: id(source),
      targetAnnotationId: id(target),
    });
  await relate('about', 'Angela Merkel', 'Olaf Scholz');
  await relate('located_in', 'Olaf Scholz', 'Berlin');

  const scholz = app.locator('.ann', { hasText: 'Olaf Scholz' });
  await scholz.click();
  const details = app.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('list', { name: 'Relations' }).getByRole('listitem')).toHaveText([
    /located_in → “Berlin”/,
    /“Angela Merkel” → about/,
  ]);
  await expect(app.locator('.relation-arc')).toHaveCount(2);
  // An SVG without height draws nothing: the overlay spans the visible part of the pane.
  const pane = await app.locator('.article-pane').evaluate((element) => element.clientHeight);
  expect((await app.locator('svg.relation-arcs').boundingBox())?.height).toBe(pane);
  const [toBerlin, fromMerkel] = await drawnArcs(app);
  expect(toBerlin).toMatchObject({
    source: String(id('Olaf Scholz')),
    target: String(id('Berlin')),
    label: 'located_in',
    offscreen: 'no',
  });
  expect(fromMerkel).toMatchObject({
    source: String(id('Angela Merkel')),
    target: String(id('Olaf Scholz')),
    label: 'about',
  });
  await expectOnHighlight(scholz, toBerlin?.start ?? { x: 0, y: 0 });
  await expectOnHighlight(app.locator('.ann', { hasText: 'Berlin' }), toBerlin?.end ?? { x: 0, y: 0 });
  await expectOnHighlight(app.locator('.ann', { hasText: 'Angela Merkel' }), fromMerkel?.start ?? { x: 0, y: 0 });
  await expectOnHighlight(scholz, fromMerkel?.end ?? { x: 0, y: 0 });

  // A partner far below the screen: its end is a marker at the bottom edge, until it scrolls into view.
  await relate('located_in', 'Olaf Scholz', 'Paris');
  await expect(app.locator('.relation-arc')).toHaveCount(3);
  const toParis = app.locator(`.relation-arc[data-target-id="${id('Paris')}"]`);
  await expect(toParis).toHaveAttribute('data-offscreen', 'below');
  await expect(toParis.locator('.relation-arc-label')).toHaveText('located_in ↓');
  const paris = app.locator('.ann', { hasText: 'Paris' });
  await paris.scrollIntoViewIfNeeded();
  await expect(toParis).toHaveAttribute('data-offscreen', 'no');
  const arcs = await drawnArcs(app);
  await expectOnHighlight(paris, arcs.find((arc) => arc.target === String(id('Paris')))?.end ?? { x: 0, y: 0 });

  // Deselecting takes the arcs away.
  await app.locator('.ProseMirror').focus();
  await app.keyboard.press('Escape');
  await expect(app.locator('.relation-arc')).toHaveCount(0);
});

test('the relation picker offers only the types the schema allows between the two spans', async ({ app }) => {
  await createArticle(app, 'Erlaubte Beziehungen', 'Angela Merkel besuchte Berlin.');
  await selectInArticle(app, 'Angela Merkel');
  await app.keyboard.press('1');
  await selectInArticle(app, 'Berlin');
  await app.keyboard.press('3');
  await expect(app.locator('.ann')).toHaveCount(2);
  // The schema says who says what: said_by goes from a Claim to a Person or an Organisation.
  const ids = { claim: await labelId(app, 'Claim'), person: await labelId(app, 'Person') };
  await invoke(app, 'schema.updateLabel', {
    id: await labelId(app, 'said_by'),
    edit: { sourceLabelIds: [ids.claim], targetLabelIds: [ids.person, await labelId(app, 'Organisation')] },
  });

  await app.locator('.ann', { hasText: 'Berlin' }).click();
  await app.locator('.ProseMirror').focus();
  await app.keyboard.press('r');
  const target = app.getByRole('dialog', { name: /Relate “Berlin” to/ });
  await expect(target.getByRole('option')).toHaveCount(1);
  await app.keyboard.press('Enter');
  const types = app.getByRole('dialog', { name: 'Relation type' });
  await expect(types.getByRole('option')).toHaveText(['about', 'member_of', 'located_in']);
  await app.keyboard.press('Escape');

  // The store refuses it too, saying what the type allows.
  const [merkel, berlin] = await storedAnnotations(app);
  await expect(
    invoke(app, 'relation.create', {
      typeLabelId: await labelId(app, 'said_by'),
      sourceAnnotationId: berlin?.id,
      targetAnnotationId: merkel?.id,
    }),
  ).rejects.toThrow('“said_by” goes from Claim to Person or Organisation, not from Location to Person.');
});
