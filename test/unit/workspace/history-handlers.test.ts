import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../shared/ipc/call-names';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { readSeedArticle } from '../support/seed-article';
import { span } from '../support/text-span';
import { useTempDir } from '../support/temp-dir';
import { openDispatchedWorkbench } from './support/dispatched-workbench';

const tempDir = useTempDir();

/** A workbench with the seed article; like the other annotation calls, the history calls change nothing the project-wide status shows. */
async function openWorkbench() {
  const workbench = await openDispatchedWorkbench(tempDir());
  const seed = await workbench.article('Xi trifft Schoigu', readSeedArticle());
  const person = await workbench.label('entity', 'Person');
  return { ...workbench, seed, person };
}

describe('history and text editing over the IPC contract', () => {
  it('undoes and redoes annotation actions and says what Undo and Redo would do', async () => {
    const { call, seed, person, changes, close } = await openWorkbench();
    expect(await call('history.state', undefined)).toEqual({ undo: null, redo: null });
    expect(await call('history.undo', undefined)).toBeNull();

    const xi = await call('annotation.create', {
      articleId: seed.id,
      labelId: person.id,
      fragments: [span(seed.text, 'Xi Jinping')],
    });
    expect(await call('history.state', undefined)).toEqual({ undo: 'Add annotation “Xi Jinping”', redo: null });

    expect(await call('history.undo', undefined)).toEqual({
      description: 'Add annotation “Xi Jinping”',
      articleIds: [seed.id],
    });
    expect(await call('annotation.list', { articleId: seed.id })).toEqual([]);
    expect(await call('history.state', undefined)).toEqual({ undo: null, redo: 'Add annotation “Xi Jinping”' });

    expect(await call('history.redo', undefined)).toEqual({
      description: 'Add annotation “Xi Jinping”',
      articleIds: [seed.id],
    });
    expect(await call('annotation.list', { articleId: seed.id })).toEqual([xi]);
    expect(await call('history.redo', undefined)).toBeNull();
    expect(changes).toEqual([]);
    await close();
  });

  it('edits an article’s text, orphans what lost its text, and re-attaches it', async () => {
    const { call, seed, person, close } = await openWorkbench();
    const schoigu = span(seed.text, 'Sergei Schoigu');
    const mention = await call('annotation.create', { articleId: seed.id, labelId: person.id, fragments: [schoigu] });
    const text = `${seed.text.slice(0, schoigu.start)}Schoigu${seed.text.slice(schoigu.end)}`;

    const edited = await call('article.editText', {
      id: seed.id,
      changes: [{ from: schoigu.start, to: schoigu.end, insertedText: 'Schoigu' }],
      blocks: plainTextBlocks(text),
    });
    expect(edited.article.text).toBe(text);
    expect(edited.orphanedCount).toBe(1);
    expect(edited.annotations).toEqual([{ ...mention, orphaned: true, updatedAt: expect.any(String) as string }]);

    const place = span(text, 'Schoigu');
    const reattached = await call('annotation.reattach', { id: mention.id, fragments: [place] });
    expect(reattached).toMatchObject({
      id: mention.id,
      orphaned: false,
      fragments: [place],
      quote: { exact: 'Schoigu' },
    });

    expect((await call('history.undo', undefined))?.description).toBe('Re-attach annotation “Schoigu”');
    expect(await call('history.undo', undefined)).toEqual({ description: 'Edit article text', articleIds: [seed.id] });
    expect((await call('article.get', { id: seed.id })).text).toBe(seed.text);
    expect(await call('annotation.list', { articleId: seed.id })).toEqual([mention]);
    await close();
  });

  it('refuses malformed requests, and edits the store cannot apply, with a user-facing code', async () => {
    const { refused, seed, close } = await openWorkbench();
    const blocks = plainTextBlocks(seed.text);
    const malformed: [CallName, unknown][] = [
      ['history.undo', {}],
      ['history.state', { articleId: seed.id }],
      ['article.editText', { id: seed.id, changes: [], blocks }],
      ['article.editText', { id: seed.id, changes: [{ from: 0, to: 0, insertedText: 'a\rb' }], blocks }],
      ['article.editText', { id: seed.id, changes: [{ from: 0, to: 0, insertedText: 'e\u0301' }], blocks }],
      [
        'article.editText',
        {
          id: seed.id,
          changes: [
            { from: 4, to: 8, insertedText: '' },
            { from: 6, to: 9, insertedText: '' },
          ],
          blocks,
        },
      ],
      ['article.editText', { id: seed.id, changes: [{ from: 0, to: 0, insertedText: 'a' }] }],
      ['article.editText', { id: seed.id, text: 'Neuer Text', blocks }],
      ['annotation.reattach', { id: 1, fragments: [] }],
      ['annotation.reattach', { id: 1, fragments: [{ start: 4, end: 2 }] }],
    ];
    for (const [name, payload] of malformed) {
      expect({ name, payload, code: (await refused(name, payload)).code }).toEqual({
        name,
        payload,
        code: 'invalid-argument',
      });
    }

    const outside = { from: seed.text.length, to: seed.text.length + 1, insertedText: '' };
    expect((await refused('article.editText', { id: seed.id, changes: [outside], blocks })).code).toBe(
      'invalid-argument',
    );
    expect((await refused('article.editText', { id: 4242, changes: [outside], blocks })).code).toBe('not-found');
    expect((await refused('annotation.reattach', { id: 4242, fragments: [{ start: 0, end: 2 }] })).code).toBe(
      'not-found',
    );
    await close();
  });
});
