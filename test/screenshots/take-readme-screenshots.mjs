// Regenerates the README screenshots from the browser host: `node test/screenshots/take-readme-screenshots.mjs`
// (after `npm run build`). Not part of `npm test`: it rewrites tracked images.
//
// The seed article is annotated through the page's own transport (the calls the UI makes): entity
// mentions linked to canonical entities, a role nested around an organisation, and a claim with its
// claimant, stance and verdict. The claim is selected, so the Annotation tab shows its details.
/* global window, document -- the page-side callbacks of page.evaluate */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'resources', 'screenshots');
const dataDir = mkdtempSync(join(tmpdir(), 'workbench-shots-'));
const host = spawn(process.execPath, [join(root, 'out/browser-host/server.mjs'), '--data-dir', dataDir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const lines = createInterface({ input: host.stdout });
const { value: firstLine } = await lines[Symbol.asyncIterator]().next();
const { startUrl } = JSON.parse(firstLine);
const seed = readFileSync(join(root, '..', 'shared', 'corpus', '000_5d407fa9e5e9a813.txt'), 'utf8');
const TITLE = 'Xi empfängt Schoigu in Peking';
const CLAIM = 'dass China und Russland freundliche Nachbarn und wahre Freunde seien';
const ROLE = 'Sekretär des Sicherheitsrates der Russischen Föderation';

/** One call through the page's transport, as the renderer makes it. */
async function call(page, name, argument) {
  return page.evaluate(
    async ([callName, callArgument]) => {
      const envelope = await window.workbenchTransport.invoke(callName, callArgument);
      if (!envelope.ok) throw new Error(`${callName}: ${JSON.stringify(envelope.error)}`);
      return envelope.value;
    },
    [name, argument],
  );
}

/** The seed article with its entities, a nested role and a claim; returns nothing, main stores it. */
async function annotate(page) {
  const [summary] = await call(page, 'article.list');
  const { text } = await call(page, 'article.get', { id: summary.id });
  let labels = await call(page, 'schema.labels');
  const label = (name) => {
    const found = labels.find((candidate) => candidate.name === name && candidate.parentId === null);
    if (found === undefined) throw new Error(`No label ${name}`);
    return found;
  };
  await call(page, 'schema.addLabel', { kind: 'entity', name: 'Role', color: '#56b4e9' });
  labels = await call(page, 'schema.labels');
  const value = (attribute, name) =>
    labels.find((candidate) => candidate.parentId === label(attribute).id && candidate.name === name).id;

  const entities = new Map();
  const entity = async (name, type, aliases = []) => {
    if (!entities.has(name)) {
      entities.set(name, await call(page, 'entity.create', { typeLabelId: label(type).id, name, aliases }));
    }
    return entities.get(name);
  };
  /** Every occurrence of `quote` (or only the `nth`), as a mention of the entity `name`. */
  const created = [];
  const mention = async (quote, type, name = quote, options = {}) => {
    const { aliases = [], only } = options;
    const linked = await entity(name, type, aliases);
    let from = 0;
    let index = 0;
    for (;;) {
      const start = text.indexOf(quote, from);
      if (start < 0) break;
      from = start + quote.length;
      index += 1;
      if (only !== undefined && !only.includes(index)) continue;
      const fragments = [{ start, end: start + quote.length }];
      if (created.some((other) => other.start === start && other.end === fragments[0].end)) continue;
      const annotation = await call(page, 'annotation.create', {
        articleId: summary.id,
        labelId: label(type).id,
        fragments,
        entityId: linked.id,
      });
      created.push({ ...fragments[0], annotation });
    }
    return created.filter((item) => item.annotation.entityId === linked.id).map((item) => item.annotation);
  };

  const [xi] = await mention('Xi Jinping', 'Person', 'Xi Jinping', { aliases: ['Xi', 'Präsident Xi'] });
  await mention('Peking', 'Location', 'Peking', { aliases: ['Beijing'] });
  await mention('Sergei Schoigu', 'Person', 'Sergei Schoigu', { aliases: ['Schoigu', 'Sergei Shoigu'] });
  await mention('Wladimir Putin', 'Person', 'Wladimir Putin', { aliases: ['Putin'] });
  await mention('Lin Jian', 'Person');
  await mention('TASS', 'Organisation', 'TASS', { aliases: ['Nachrichtenagentur TASS'] });
  await mention('Russischen Föderation', 'Organisation', 'Russische Föderation', { aliases: ['Russland'] });
  await mention(ROLE, 'Role', 'Sekretär des Sicherheitsrates');
  await mention('am Freitag', 'Date/Time', 'Freitag', { only: [1] });

  // The countries the claim is about, as mentions nested in it.
  const about = [];
  for (const country of ['China', 'Russland']) {
    const [inClaim] = await mention(country, 'Location', country, { only: [1] });
    about.push(inClaim.entityId);
  }
  const start = text.indexOf(CLAIM);
  const claim = await call(page, 'annotation.create', {
    articleId: summary.id,
    labelId: label('Claim').id,
    fragments: [{ start, end: start + CLAIM.length }],
    claim: {
      claimantEntityId: xi.entityId,
      claimantAnnotationId: xi.id,
      aboutEntityIds: about,
      attributes: {
        [label('stance').id]: value('stance', 'supports'),
        [label('verdict').id]: value('verdict', 'unverified'),
        [label('form').id]: value('form', 'paraphrase'),
      },
    },
    note: 'Reported speech; the ministry later repeated the wording.',
  });
  return claim;
}

/** Opens the article from the library and selects the claim, so the Annotation tab shows it. */
async function openWithClaimSelected(page) {
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
  const claim = page.locator('.ProseMirror .ann').filter({ hasText: 'freundliche Nachbarn' }).first();
  await claim.waitFor();
  await page.locator('.ProseMirror .ann').filter({ hasText: 'Nachbarn' }).last().click();
  await page.getByRole('tab', { name: 'Annotation', exact: true, selected: true }).waitFor();
  // No hover card over the side panel, no focus ring around the text: the picture is about content.
  await page.mouse.move(700, 890);
  await page.evaluate(() => document.activeElement?.blur());
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, colorScheme });
    await page.goto(startUrl);
    if (colorScheme === 'light') {
      await page.getByRole('button', { name: 'New article' }).click();
      const dialog = page.getByRole('dialog', { name: 'New article' });
      await dialog.getByLabel('Title').fill(TITLE);
      await dialog.getByLabel('Text').fill(seed);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await page.locator('.ProseMirror p').first().waitFor();
      await annotate(page);
      // Reload so the article view draws what was stored behind its back.
      await page.reload();
    }
    await openWithClaimSelected(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, `workbench-${colorScheme}.png`) });

    if (colorScheme === 'light') {
      // The Entities tab with one entity open: its mentions across the corpus.
      await page.getByRole('tab', { name: 'Entities', exact: true }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(shots, 'workbench-entities.png') });
    }
    await page.close();
  }
} finally {
  await browser.close();
  host.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
