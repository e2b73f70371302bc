import { describe, expect, it } from 'vitest';
import type { Entity, Label, NewAnnotation } from '../../../shared/model/annotation';
import { readSeedArticle } from '../support/seed-article';
import { useTempDir } from '../support/temp-dir';
import { SEED_CLAIM_TEXT, span } from '../support/text-span';
import { UPDATE_CALLS, type UpdateCall } from '../support/update-calls';
import { openDispatchedWorkbench } from './support/dispatched-workbench';

const tempDir = useTempDir();

type Workbench = Awaited<ReturnType<typeof openDispatchedWorkbench>>;

/** Something stored with every field an update call can change set, and a new value for each field. */
interface Stored {
  /** The stored fields as the user sees them, read back over the contract. */
  read(): Promise<Record<string, unknown>>;
  /** Changes one field alone, as the UI does. */
  update(field: string, value: unknown): Promise<unknown>;
  /** Per field: the value to change it to. */
  newValues: Record<string, unknown>;
}

interface UpdateCase {
  call: UpdateCall;
  what: string;
  setUp(workbench: Workbench): Promise<Stored>;
}

/**
 * An annotation of the seed article, made by `make` (which has the article, the Person type and an
 * entity Xi Jinping at hand), read back by the fields annotation.update can change.
 */
async function seedAnnotation(
  { call, label, article }: Workbench,
  make: (context: { seed: { id: number; text: string }; person: Label; xi: Entity }) => Promise<{
    annotation: NewAnnotation;
    newValues: Record<string, unknown>;
  }>,
): Promise<Stored> {
  const seed = await article('Xi trifft Schoigu', readSeedArticle());
  const person = await label('entity', 'Person');
  const xi = await call('entity.create', { typeLabelId: person.id, name: 'Xi Jinping' });
  const { annotation, newValues } = await make({ seed, person, xi });
  const { id } = await call('annotation.create', annotation);
  return {
    read: async () => {
      const { labelId, entityId, claim, note } = (await call('annotation.list', { articleId: seed.id }))[0] ?? {};
      return { labelId, entityId, claim, note };
    },
    update: (field, value) => call('annotation.update', { id, edit: { [field]: value } }),
    newValues,
  };
}

const CASES: UpdateCase[] = [
  {
    call: 'article.update',
    what: 'an article',
    async setUp({ call, article }) {
      const { id } = await article('Xi trifft Schoigu', readSeedArticle());
      await call('article.update', {
        id,
        edit: {
          source: 'TASS',
          url: 'https://example.org/xi',
          author: 'A. Reporter',
          publishedAt: '2025-02-28',
          language: 'de',
          tags: ['diplomacy'],
        },
      });
      return {
        read: async () => {
          const { title, metadata } = await call('article.get', { id });
          return { title, ...metadata };
        },
        update: (field, value) => call('article.update', { id, edit: { [field]: value } }),
        newValues: {
          title: 'Treffen in Peking',
          source: 'Xinhua',
          url: 'https://example.org/peking',
          author: 'B. Reporter',
          publishedAt: '2025-03',
          language: 'en',
          tags: ['china', 'russia'],
        },
      };
    },
  },
  {
    call: 'schema.updateLabel',
    what: 'a label',
    async setUp({ call }) {
      const { id } = await call('schema.addLabel', { kind: 'entity', name: 'Ministry', color: '#123456', hotkey: 'm' });
      return {
        read: async () => {
          const { name, color, hotkey } = (await call('schema.labels', undefined)).find((l) => l.id === id) ?? {};
          return { name, color, hotkey };
        },
        update: (field, value) => call('schema.updateLabel', { id, edit: { [field]: value } }),
        newValues: { name: 'Government body', color: '#abcdef', hotkey: 'g' },
      };
    },
  },
  {
    call: 'entity.update',
    what: 'an entity',
    async setUp({ call, label }) {
      const person = await label('entity', 'Person');
      const organisation = await label('entity', 'Organisation');
      const { id } = await call('entity.create', {
        typeLabelId: person.id,
        name: 'Xi Jinping',
        aliases: ['Xi', '习近平'],
        externalIds: [{ scheme: 'wikidata', value: 'Q15031' }],
        note: 'President of China',
      });
      return {
        read: async () => {
          const { typeLabelId, name, aliases, externalIds, note } = await call('entity.get', { id });
          return { typeLabelId, name, aliases, externalIds, note };
        },
        update: (field, value) => call('entity.update', { id, edit: { [field]: value } }),
        newValues: {
          typeLabelId: organisation.id,
          name: 'Xi Jinping (President)',
          aliases: ['Präsident Xi'],
          externalIds: [{ scheme: 'url', value: 'https://example.org/xi' }],
          note: 'Head of state',
        },
      };
    },
  },
  {
    call: 'annotation.update',
    what: 'an entity mention',
    setUp: (workbench) =>
      seedAnnotation(workbench, async ({ seed, person, xi }) => ({
        annotation: {
          articleId: seed.id,
          labelId: person.id,
          fragments: [span(seed.text, 'Xi Jinping')],
          entityId: xi.id,
          note: 'The president',
        },
        newValues: {
          labelId: (await workbench.label('entity', 'Organisation')).id,
          entityId: (await workbench.call('entity.create', { typeLabelId: person.id, name: 'Xi' })).id,
          note: 'Head of state',
        },
      })),
  },
  {
    call: 'annotation.update',
    what: 'a claim',
    setUp: (workbench) =>
      seedAnnotation(workbench, async ({ seed, xi }) => ({
        annotation: {
          articleId: seed.id,
          labelId: (await workbench.label('claim', 'Claim')).id,
          fragments: [span(seed.text, SEED_CLAIM_TEXT)],
          claim: { claimantEntityId: xi.id, aboutEntityIds: [], attributes: {}, date: '2025-02-28' },
          note: 'Quoted by TASS',
        },
        newValues: { claim: { aboutEntityIds: [xi.id], attributes: {} }, note: 'Checked' },
      })),
  },
  {
    call: 'note.update',
    what: 'a note on an article',
    async setUp({ call, article }) {
      const seed = await article('Xi trifft Schoigu', readSeedArticle());
      const target = { kind: 'article', articleId: seed.id } as const;
      const { id } = await call('note.add', { target, text: 'Check the quote' });
      return {
        read: async () => {
          const { target: on, text } = (await call('note.list', { target }))[0] ?? {};
          return { target: on, text };
        },
        update: (_field, value) => call('note.update', { id, text: value as string }),
        newValues: { text: 'Quote checked' },
      };
    },
  },
];

describe('update calls keep what they are not told to change', () => {
  it('has a case for every update call of the contract', () => {
    expect([...new Set(CASES.map((update) => update.call))].sort()).toEqual([...UPDATE_CALLS].sort());
  });

  it.each(CASES.map((update) => [update.call, update.what, update]))(
    '%s on %s changes only the field given, one field at a time',
    async (_call, _what, update) => {
      const workbench = await openDispatchedWorkbench(tempDir());
      const stored = await update.setUp(workbench);
      for (const [field, value] of Object.entries(stored.newValues)) {
        const before = await stored.read();
        await stored.update(field, value);
        expect(await stored.read(), `after changing ${field}`).toEqual({ ...before, [field]: value });
      }
      await workbench.close();
    },
  );
});
