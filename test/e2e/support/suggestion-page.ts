import { expect, type Locator, type Page } from '@playwright/test';
import { invoke, labelId } from './annotation-page';

/** The people, places and organisations the seed article mentions, as an analyst registers them. */
const SEED_ENTITIES: { name: string; aliases: string[]; type: string }[] = [
  { name: 'Xi Jinping', aliases: ['Xi', 'Präsident Xi'], type: 'Person' },
  { name: 'Sergei Schoigu', aliases: ['Schoigu', 'Sergei Shoigu'], type: 'Person' },
  { name: 'Wladimir Putin', aliases: ['Putin', 'Präsident Putin'], type: 'Person' },
  { name: 'Peking', aliases: ['Beijing'], type: 'Location' },
  { name: 'China', aliases: [], type: 'Location' },
  { name: 'Russland', aliases: ['Russia'], type: 'Location' },
  { name: 'TASS', aliases: [], type: 'Organisation' },
  { name: 'Russische Föderation', aliases: [], type: 'Organisation' },
];

/** Registers the seed article's entities; resolves with their ids by name. */
export async function seedRegistry(app: Page): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const entity of SEED_ENTITIES) {
    const created = await invoke<{ id: number }>(app, 'entity.create', {
      typeLabelId: await labelId(app, entity.type),
      name: entity.name,
      aliases: entity.aliases,
    });
    ids.set(entity.name, created.id);
  }
  return ids;
}

/** The drawn suggestions' texts, in document order. */
export function drawnSuggestionTexts(app: Page): Promise<string[]> {
  return app.locator('.ProseMirror .sugg').allTextContents();
}

/** The Suggestions tab, brought to the front. */
export async function suggestionsTab(app: Page): Promise<Locator> {
  const panel = app.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('tab', { name: 'Suggestions', exact: true }).click();
  const tab = panel.getByRole('tabpanel', { name: 'Suggestions', exact: true });
  await expect(tab).toBeVisible();
  return tab;
}

/** Focuses the n-th listed suggestion with this text through the tab; the article then has focus. */
export async function focusSuggestion(app: Page, text: string, occurrence = 0): Promise<void> {
  const tab = await suggestionsTab(app);
  await tab
    .locator('.suggestion-row')
    .filter({ has: app.locator('mark', { hasText: new RegExp(`^${text}$`, 'u') }) })
    .nth(occurrence)
    .click();
  await expect(app.locator('.ProseMirror .sugg-focused')).toHaveText(text);
  await expect(app.locator('.article-body')).toBeFocused();
}

/** Runs a command by its palette title. */
export async function runCommand(app: Page, title: string): Promise<void> {
  await app.keyboard.press('Control+Shift+P');
  const palette = app.getByRole('dialog', { name: 'Commands' });
  await expect(palette).toBeVisible();
  await app.keyboard.type(title);
  await palette
    .getByRole('option', { name: new RegExp(`^${title}`, 'u') })
    .first()
    .click();
}
