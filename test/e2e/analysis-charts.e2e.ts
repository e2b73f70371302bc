import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect } from './support/browser-host';
import { test } from './support/csp-reports';
import type { WorkbenchTransport } from '../../shared/ipc/transport';
import { SEED_TEXT } from './support/annotation-page';

// The analysis charts in the window's Analysis area, under its policy, over a project made through
// the real calls: two articles a month apart, each with a claim of Xi Jinping's.

/** Calls the project through the page's transport, as the window does. */
async function call<T>(page: Page, name: string, arg?: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([callName, callArg]) =>
      (window as unknown as { workbenchTransport: WorkbenchTransport }).workbenchTransport.invoke(callName, callArg),
    [name, arg] as const,
  );
  const answer = envelope as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!answer.ok) throw new Error(`${name}: ${answer.error?.message ?? 'failed'}`);
  return answer.value as T;
}

interface LabelRow {
  id: number;
  kind: string;
  name: string;
  parentId: number | null;
}

async function annotatedProject(page: Page): Promise<{ xi: number }> {
  const labels = await call<LabelRow[]>(page, 'schema.labels');
  const find = (kind: string, name: string, parentId: number | null = null) =>
    labels.find((l) => l.kind === kind && l.name === name && l.parentId === parentId)?.id ?? 0;
  const stance = find('claim-attribute', 'stance');
  const verdict = find('claim-attribute', 'verdict');
  const person = find('entity', 'Person');
  const xi = (
    await call<{ id: number }>(page, 'entity.create', { typeLabelId: person, name: 'Xi Jinping', aliases: [] })
  ).id;
  const articles = [
    {
      title: 'Xi trifft Schoigu',
      text: SEED_TEXT,
      source: 'Xinhua',
      publishedAt: '2025-02-14',
      claim: 'dass China und Russland freundliche Nachbarn',
    },
    {
      title: 'Talks',
      text: 'Xi Jinping said trade had grown.',
      source: 'Reuters',
      publishedAt: '2025-03-20',
      claim: 'trade had grown',
    },
  ];
  for (const article of articles) {
    const { id } = await call<{ id: number }>(page, 'article.create', { title: article.title, text: article.text });
    await call(page, 'article.update', { id, edit: { source: article.source, publishedAt: article.publishedAt } });
    const { text } = await call<{ text: string }>(page, 'article.get', { id });
    const at = (phrase: string) => [{ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length }];
    await call(page, 'annotation.create', {
      articleId: id,
      labelId: person,
      fragments: at('Xi Jinping'),
      entityId: xi,
    });
    await call(page, 'annotation.create', {
      articleId: id,
      labelId: find('claim', 'Claim'),
      fragments: at(article.claim),
      claim: {
        claimantEntityId: xi,
        aboutEntityIds: [],
        attributes: {
          [stance]: find('claim-attribute', 'supports', stance),
          [verdict]: find('claim-attribute', 'false', verdict),
        },
      },
    });
  }
  return { xi };
}

const CHART_TITLES = [
  'Claims per claimant by stance',
  'Verdicts per source',
  'Code matrix',
  'Timeline of claims and mentions',
] as const;

/** Shows a chart of the Analysis area from the command palette, as a keyboard user would. */
async function openChart(app: Page, title: (typeof CHART_TITLES)[number]): Promise<Locator> {
  await app.keyboard.press('Control+Shift+P');
  const palette = app.getByRole('dialog', { name: 'Commands' });
  await palette.getByRole('combobox').fill(`Show the ${title} analysis`);
  await expect(palette.locator('.picker-option-label').first()).toHaveText(`Show the ${title} analysis`);
  await app.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const chart = app.getByRole('region', { name: title });
  // A view shown again counts anew for the current filter before it draws.
  await expect(chart.getByText('Counting…')).toHaveCount(0);
  await expect(chart.locator('svg.awb-plot')).toHaveCount(1);
  return chart;
}

/** The filter chip of the published range, as the Analysis area shows it. */
const dateChip = (app: Page) => app.getByRole('button', { name: /^Remove filter Published/ });

test('every chart draws under the policy; a bar click and a date brush narrow the filter; Escape clears the dates', async ({
  app,
  cspReports,
}) => {
  await annotatedProject(app);
  for (const title of CHART_TITLES) await openChart(app, title);
  expect(await cspReports.violations(), 'violations while the charts drew').toEqual([]);
  expect(cspReports.devToolsIssues).toEqual([]);

  let claims = await openChart(app, 'Claims per claimant by stance');
  await claims.getByRole('button', { name: 'Filter by Xi Jinping: 2 supports' }).click();
  await expect(app.getByRole('button', { name: 'Remove filter Xi Jinping' })).toBeVisible();

  const timeline = (await openChart(app, 'Timeline of claims and mentions')).locator('svg.awb-plot');
  await expect(timeline.locator('.timeline-brush')).toHaveCount(1);
  await timeline.scrollIntoViewIfNeeded();
  // The brush covers the plot, not its axes: drag from the plot's left edge to just short of its
  // middle, February, not late March.
  const box = await timeline.locator('.timeline-brush .overlay').boundingBox();
  if (box === null) throw new Error('the timeline is not on screen');
  await app.mouse.move(box.x + 2, box.y + box.height / 2);
  await app.mouse.down();
  await app.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 });
  await app.mouse.up();
  await expect(dateChip(app)).toHaveText(/Published 2025-02-14 – 2025-0[23]-\d\d/);
  const to = /– (\S+)/.exec((await dateChip(app).textContent()) ?? '')?.[1] ?? '';
  expect(to < '2025-03-20', `the range ends ${to}`).toBe(true);
  // The other charts follow: only the February claim is left.
  claims = await openChart(app, 'Claims per claimant by stance');
  await expect(claims.getByRole('button', { name: /Filter by Xi Jinping: 1 supports/ })).toBeVisible();

  await (await openChart(app, 'Timeline of claims and mentions')).locator('svg.awb-plot').focus();
  await app.keyboard.press('Escape');
  await expect(dateChip(app)).toHaveCount(0);
  expect(await cspReports.violations()).toEqual([]);
});

test('a chart saves as an SVG file that parses as SVG, and as a PNG', async ({ app }) => {
  await annotatedProject(app);
  const verdicts = await openChart(app, 'Verdicts per source');
  const svgDownload = app.waitForEvent('download');
  await verdicts.getByRole('button', { name: 'Save as SVG' }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe('verdicts-per-source.svg');
  const svgText = await readFile(await svgFile.path(), 'utf8');
  const parsed = await app.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      root: document.documentElement.localName,
      namespace: document.documentElement.namespaceURI,
      errors: document.getElementsByTagName('parsererror').length,
      rects: document.querySelectorAll('rect').length,
      text: document.documentElement.textContent,
    };
  }, svgText);
  expect(parsed).toMatchObject({ root: 'svg', namespace: 'http://www.w3.org/2000/svg', errors: 0 });
  expect(parsed.text).toContain('Reuters');

  const pngDownload = app.waitForEvent('download');
  await verdicts.getByRole('button', { name: 'Save as PNG' }).click();
  const pngFile = await pngDownload;
  expect(pngFile.suggestedFilename()).toBe('verdicts-per-source.png');
  const png = await readFile(await pngFile.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`the charts and their tables have no critical or serious axe violation (${theme})`, async ({ app }) => {
      await annotatedProject(app);
      const serious = async () =>
        (await new AxeBuilder({ page: app }).analyze()).violations
          .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      for (const title of CHART_TITLES) {
        const chart = await openChart(app, title);
        expect(await serious(), title).toEqual([]);
        await chart.getByRole('button', { name: 'Show as table' }).click();
        await expect(chart.locator('table.chart-table')).toHaveCount(1);
        expect(await serious(), `${title} as a table`).toEqual([]);
      }
    });
  });
}
