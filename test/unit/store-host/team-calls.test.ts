import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../../main/ipc/encoded-json';
import { useTempDir } from '../support/temp-dir';
import { insertLayer } from '../team/team-fixtures';
import { openHost, testHostEnvironment } from './support/test-host';

const tempDir = useTempDir();

const TEXT = 'Xi Jinping traf Sergei Schoigu in Peking.';

describe('agreement and curation calls', () => {
  it('are served by the store host: agreement and disagreements on the reader, decisions on the writer', async () => {
    const dir = tempDir();
    const harness = await testHostEnvironment(dir);
    const path = join(dir, 'Team.awb');
    const host = await openHost(path, true, harness.environment);
    const { id: articleId } = await host.call('article.create', { title: 'Eins', text: TEXT });
    const person = (await host.call('schema.labels', undefined)).find((label) => label.name === 'Person')?.id ?? 0;
    const mention = (start: number, end: number) => ({
      articleId,
      labelId: person,
      fragments: [{ start, end }],
      quote: TEXT.slice(start, end),
    });
    // Both mark Xi Jinping; Ana marks "Schoigu" alone, Ben "Sergei Schoigu".
    const ana = insertLayer(path, 'Ana', [mention(0, 10), mention(23, 30)]);
    const ben = insertLayer(path, 'Ben', [mention(0, 10), mention(16, 30)]);

    const report = await host.call('agreement.compute', { layers: [ana, ben] });
    expect(report.overall.spans[0]?.exact).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    const [boundary] = await host.call('curation.disagreements', { a: ana, b: ben });
    expect(boundary).toMatchObject({ kind: 'boundary', start: 16, end: 30 });

    const decision = await host.call('curation.decide', {
      query: { a: ana, b: ben },
      key: boundary?.key ?? '',
      choice: 'b',
    });
    expect(harness.events.at(-1)).toMatchObject({
      event: 'store.changed',
      payload: {
        annotations: {
          upserted: [expect.objectContaining({ quote: expect.objectContaining({ exact: 'Sergei Schoigu' }) })],
        },
        curationDecisions: { upserted: [decision], deleted: [] },
      },
    });
    expect(
      decodeEnvelope(await host.dispatch('curation.decide', { query: { a: ana, b: ana }, key: 'x', choice: 'a' })),
    ).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await host.close();
    expect(harness.logged).toEqual([]);
  });
});
