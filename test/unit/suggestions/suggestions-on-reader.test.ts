import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHost, testHostEnvironment } from '../store-host/support/test-host';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('suggestions served by the reader connection', () => {
  it('reflect registry changes, rejections and accepts made on the writer just before', async () => {
    const dir = tempDir();
    const harness = await testHostEnvironment(dir);
    const host = await openHost(join(dir, 'Reader.awb'), true, harness.environment);
    const { id: articleId } = await host.call('article.create', {
      title: 'Eins',
      text: 'Xi Jinping traf Schoigu in Peking.',
    });
    const labels = await host.call('schema.labels', undefined);
    const person = labels.find((label) => label.name === 'Person')?.id ?? 0;
    const quotes = async () =>
      (await host.call('suggestion.forArticle', { articleId })).map((suggestion) => suggestion.quote.exact);

    await host.call('entity.create', { typeLabelId: person, name: 'Xi Jinping' });
    expect(await quotes()).toEqual(['Xi Jinping']);
    // The reader's matcher was built before this entity: it must notice the writer's change.
    const created = host.call('entity.create', { typeLabelId: person, name: 'Schoigu' });
    expect(await quotes()).toEqual(['Xi Jinping', 'Schoigu']);
    await created;

    const [xi, schoigu] = await host.call('suggestion.forArticle', { articleId });
    if (xi === undefined || schoigu === undefined) throw new Error('no suggestions');
    const rejected = host.call('suggestion.reject', { suggestions: [schoigu] });
    const accepted = host.call('suggestion.accept', { accepted: [{ suggestion: xi }] });
    // Sent without waiting: the reader serves this only after both writes.
    expect(await quotes()).toEqual([]);
    expect(await rejected).toEqual({ count: 1 });
    expect((await accepted).map((annotation) => annotation.quote.exact)).toEqual(['Xi Jinping']);
    await host.close();
  });
});
