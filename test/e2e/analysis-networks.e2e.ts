import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { DOMParser } from 'linkedom';
import { expect, test } from './support/browser-host';
import { createArticle, invoke, labelId, SEED_TEXT, shownArticleId } from './support/annotation-page';

// The networks on a small corpus whose co-occurrences are known: in the seed article Xi, Peking
// and Schoigu share a sentence and Schoigu, Xi and Putin another; "Putin met Xi in Moscow.
// Lavrov stayed in Moscow."; "Lavrov met Lin Jian in Peking." Seven entities; Lavrov and Lin Jian
// never share a sentence with Xi.

/** An entity's mention: the n-th occurrence of `quote` in the article's text. */
type Mention = readonly [entity: string, quote: string, occurrence?: number];

const ENTITIES: Record<string, { name: string; type: string }> = {
  xi: { name: 'Xi Jinping', type: 'Person' },
  peking: { name: 'Peking', type: 'Location' },
  schoigu: { name: 'Sergei Schoigu', type: 'Person' },
  putin: { name: 'Wladimir Putin', type: 'Person' },
  moscow: { name: 'Moscow', type: 'Location' },
  lavrov: { name: 'Sergey Lavrov', type: 'Person' },
  lin: { name: 'Lin Jian', type: 'Person' },
};
const SEED_MENTIONS: Mention[] = [
  ['xi', 'Xi Jinping'],
  ['peking', 'Peking'],
  ['schoigu', 'Sergei Schoigu'],
  ['xi', 'Xi', 1],
  ['schoigu', 'Schoigu', 2],
  ['xi', 'Xi', 2],
  ['putin', 'Putin'],
];
const MORE_ARTICLES: { title: string; text: string; mentions: Mention[] }[] = [
  {
    title: 'Moscow talks',
    text: 'Putin met Xi in Moscow. Lavrov stayed in Moscow.',
    mentions: [
      ['putin', 'Putin'],
      ['xi', 'Xi'],
      ['moscow', 'Moscow'],
      ['lavrov', 'Lavrov'],
      ['moscow', 'Moscow', 1],
    ],
  },
  {
    title: 'Lin in Peking',
    text: 'Lavrov met Lin Jian in Peking.',
    mentions: [
      ['lavrov', 'Lavrov'],
      ['lin', 'Lin Jian'],
      ['peking', 'Peking'],
    ],
  },
];

async function annotate(app: Page, articleId: number, mentions: readonly Mention[], ids: Map<string, number>) {
  const { text } = await invoke<{ text: string }>(app, 'article.get', { id: articleId });
  const annotations = [];
  for (const [entity, quote, occurrence = 0] of mentions) {
    let start = -1;
    for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(quote, start + 1);
    annotations.push({
      articleId,
      labelId: await labelId(app, ENTITIES[entity]?.type ?? ''),
      fragments: [{ start, end: start + quote.length }],
      entityId: ids.get(entity),
    });
  }
  await invoke(app, 'annotation.createMany', { annotations });
}

/**
 * The seed article through the New article dialog, the rest and the annotations through the app's
 * calls. Returns the entities' ids by key and the articles' ids by title.
 */
async function seedCorpus(app: Page): Promise<{ entities: Map<string, number>; articles: Map<string, number> }> {
  await createArticle(app, 'Xi trifft Schoigu', SEED_TEXT);
  const ids = new Map<string, number>();
  for (const [key, { name, type }] of Object.entries(ENTITIES)) {
    const entity = await invoke<{ id: number }>(app, 'entity.create', {
      typeLabelId: await labelId(app, type),
      name,
      aliases: [],
      externalIds: [],
    });
    ids.set(key, entity.id);
  }
  const articles = new Map([['Xi trifft Schoigu', await shownArticleId(app)]]);
  await annotate(app, await shownArticleId(app), SEED_MENTIONS, ids);
  for (const article of MORE_ARTICLES) {
    const created = await invoke<{ id: number }>(app, 'article.create', { title: article.title, text: article.text });
    articles.set(article.title, created.id);
    await annotate(app, created.id, article.mentions, ids);
  }
  return { entities: ids, articles };
}

/** Runs a command from the palette, as a keyboard user would. */
async function runCommand(app: Page, title: string): Promise<void> {
  await app.keyboard.press('Control+Shift+P');
  const palette = app.getByRole('dialog', { name: 'Commands' });
  await palette.getByRole('combobox').fill(title);
  await expect(palette.locator('.picker-option-label').first()).toHaveText(title);
  await app.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

async function openCooccurrence(app: Page): Promise<Locator> {
  await runCommand(app, 'Show the Co-occurrence network analysis');
  const view = app.getByRole('region', { name: 'Co-occurrence network' });
  await expect(view.locator('.network-canvas canvas').first()).toBeAttached();
  return view;
}

function nodeNames(view: Locator): Promise<string[]> {
  return view
    .getByRole('region', { name: 'Nodes' })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.textContent.split(':')[0] as string));
}

test.beforeEach(async ({ app }) => {
  await app.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  await app.reload();
  await expect(app.getByTestId('status-project')).not.toBeEmpty();
});

test('clicking Xi in the co-occurrence network narrows it to Xi’s sentences, hover shows counts, CSP holds', async ({
  app,
}) => {
  await seedCorpus(app);
  const view = await openCooccurrence(app);
  await expect.poll(() => nodeNames(view)).toHaveLength(7);
  await expect(view.locator('.network-summary')).toHaveText('All 11 links.');

  // Focus in the node list shows the node's counts and rings it in the drawing.
  const xi = view.getByRole('button', { name: /^Xi Jinping:/u });
  await xi.focus();
  const details = view.locator('.network-details');
  await expect(details).toHaveText('Xi Jinping: 4 mentions, 4 links shown');
  const ring = view.locator('.network-focus-ring');
  await expect(ring).toBeVisible();
  const box = await ring.boundingBox();
  if (box === null) throw new Error('the focus ring has no box');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  // The pointer over Xi in the drawing shows the same counts; a click filters by Xi.
  await view.locator('.network-summary').click();
  await expect(details).toHaveText('');
  await app.mouse.move(centre.x, centre.y - 40);
  await app.mouse.move(centre.x, centre.y, { steps: 4 });
  await expect(details).toHaveText('Xi Jinping: 4 mentions, 4 links shown');
  await app.mouse.click(centre.x, centre.y);
  await expect
    .poll(async () => (await nodeNames(view)).sort())
    .toEqual(['Moscow', 'Peking', 'Sergei Schoigu', 'Wladimir Putin', 'Xi Jinping']);

  expect(await app.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('the node list and link table give the numbers to the keyboard; Enter filters by a node', async ({ app }) => {
  await seedCorpus(app);
  const view = await openCooccurrence(app);
  const links = view.getByRole('region', { name: 'Links' }).getByRole('row');
  await expect(links.filter({ hasText: 'Sergei Schoigu' }).filter({ hasText: 'Xi Jinping' })).toHaveText(
    /together 2 times/u,
  );
  await view.getByRole('button', { name: /^Sergey Lavrov:/u }).focus();
  await expect(view.locator('.network-details')).toHaveText('Sergey Lavrov: 2 mentions, 3 links shown');
  await app.keyboard.press('Enter');
  await expect
    .poll(async () => (await nodeNames(view)).sort())
    .toEqual(['Lin Jian', 'Moscow', 'Peking', 'Sergey Lavrov']);

  await view.getByLabel('Together in').selectOption('article');
  await expect(links.filter({ hasText: 'Lin Jian' }).filter({ hasText: 'Peking' })).toHaveText(/together 1 time$/u);
});

test('Enter on a claim in the claim network opens its article with the claim selected', async ({ app }) => {
  const { entities, articles } = await seedCorpus(app);
  const articleId = articles.get('Moscow talks') as number;
  const quote = 'Lavrov stayed in Moscow.';
  const { text } = await invoke<{ text: string }>(app, 'article.get', { id: articleId });
  const claim = await invoke<{ id: number }>(app, 'annotation.create', {
    articleId,
    labelId: await labelId(app, 'Claim'),
    fragments: [{ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }],
    claim: { claimantEntityId: entities.get('lavrov'), aboutEntityIds: [entities.get('moscow')], attributes: {} },
  });
  await runCommand(app, 'Show the Claim network analysis');
  const view = app.getByRole('region', { name: 'Claim network' });
  await expect(view.locator('.network-canvas canvas').first()).toBeAttached();

  // The claim starts where Lavrov's mention does: the claim, not the mention, is selected.
  await view.getByRole('button', { name: /^Lavrov stayed in Moscow\.:/u }).focus();
  await expect(view.locator('.network-details')).toHaveText(
    'Lavrov stayed in Moscow.: 1 claim, 2 links shown; click or Enter opens the claim in its article',
  );
  await app.keyboard.press('Enter');
  await expect(app.getByRole('region', { name: 'Analysis', exact: true })).toBeHidden();
  await expect(app.locator('h1')).toHaveText('Moscow talks');
  // The claim is drawn in pieces around the mentions inside it; together they are the quote.
  const selected = app.locator('.ann-focus-selected');
  await expect.poll(async () => (await selected.allTextContents()).join('')).toBe(quote);
  await expect(selected.first()).toHaveAttribute('data-annotation-id', String(claim.id));
});

test('the co-occurrence network exports as an SVG that parses and a PNG', async ({ app }) => {
  await seedCorpus(app);
  const view = await openCooccurrence(app);
  await expect.poll(() => nodeNames(view)).toHaveLength(7);

  const [svgDownload] = await Promise.all([
    app.waitForEvent('download'),
    view.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('co-occurrence-network.svg');
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
  expect(document.querySelector('parsererror')).toBeNull();
  expect(document.querySelectorAll('circle')).toHaveLength(7);
  expect(document.querySelectorAll('line')).toHaveLength(11);
  expect([...document.querySelectorAll('text')].map((text) => text.textContent)).toContain('Xi Jinping');

  const [pngDownload] = await Promise.all([
    app.waitForEvent('download'),
    view.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('co-occurrence-network.png');
  const png = readFileSync(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the network views have no serious accessibility violation in the ${colorScheme} theme`, async ({ app }) => {
    await app.emulateMedia({ colorScheme });
    await seedCorpus(app);
    const findings: string[] = [];
    for (const [title, region] of [
      ['Show the Co-occurrence network analysis', 'Co-occurrence network'],
      ['Show the Claim network analysis', 'Claim network'],
      ['Show the Relation graph analysis', 'Relation graph'],
    ] as const) {
      await runCommand(app, title);
      const view = app.getByRole('region', { name: region });
      await expect(view.locator('.network-canvas canvas').first()).toBeAttached();
      const { violations } = await new AxeBuilder({ page: app }).include('.network-view').analyze();
      for (const violation of violations) {
        if (violation.impact === 'critical' || violation.impact === 'serious') {
          findings.push(
            `${region}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        }
      }
    }
    expect(findings).toEqual([]);
  });
}
