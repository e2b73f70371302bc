import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { buildChild, runAndKill } from './child-process';
import { seededRandom } from '../../bench/seeded-random';
import { crashWriteText, crashWriteTitle, crashWriteUpdatedTitle } from './crash-write-content';
import { integrityCheck } from './integrity';

const tempDir = useTempDir();
/** WORKBENCH_KILL_TRIALS raises the number of kills (the default keeps `npm test` short). */
const KILLS = Number(process.env['WORKBENCH_KILL_TRIALS'] ?? 24);
const SEED = 0x5eed_c0de;

interface ExpectedArticle {
  index: number;
  updated: boolean;
  annotationIds: number[];
}

/** Folds a run's acknowledgements into what must now be in the project. */
function recordAcks(acks: readonly string[], expected: Map<number, ExpectedArticle>): void {
  for (const line of acks) {
    const [kind, id, other] = line.split(' ');
    const articleId = Number(kind === 'annotation' ? other : id);
    if (kind === 'article') {
      expected.set(articleId, { index: Number(other), updated: false, annotationIds: [] });
      continue;
    }
    const article = expected.get(articleId);
    if (article === undefined) throw new Error(`Acknowledged "${line}" before its article.`);
    if (kind === 'update') article.updated = true;
    else if (kind === 'annotation') article.annotationIds.push(Number(id));
    else throw new Error(`Unexpected line from the child: ${line}`);
  }
}

function expectAcknowledgedWritesPresent(store: ProjectStore, expected: Map<number, ExpectedArticle>): void {
  for (const [articleId, want] of expected) {
    const article = store.getArticle(articleId);
    const text = crashWriteText(want.index);
    expect(article.text).toBe(text);
    expect(article.blocks.length).toBe(40);
    // An update in flight when the child died may or may not have committed, but never half of it.
    const after = [crashWriteUpdatedTitle(want.index), [`run-${want.index}`]];
    const before = [crashWriteTitle(want.index), []];
    const seen = [article.title, article.metadata.tags];
    if (want.updated) expect(seen).toEqual(after);
    else expect([before, after]).toContainEqual(seen);
    const annotations = store.listAnnotations(articleId);
    for (const annotationId of want.annotationIds) {
      const annotation = annotations.find((a) => a.id === annotationId);
      expect(annotation?.quote.exact).toBe('Moskau');
    }
  }
}

describe('killing the app while it writes', () => {
  let childFile = '';
  beforeAll(async () => {
    childFile = await buildChild('store-writer-child');
  });

  it(`keeps every acknowledged write and an intact file across ${KILLS} SIGKILLs at random moments`, async () => {
    const path = join(tempDir(), 'crash.awb');
    ProjectStore.create(path).close();
    const random = seededRandom(SEED);
    const expected = new Map<number, ExpectedArticle>();
    let acknowledged = 0;

    for (let run = 0; run < KILLS; run++) {
      // Varied moments: right after opening, mid-stream, and after many commits.
      const delayMs = Math.floor(random() ** 2 * 250);
      const result = await runAndKill(childFile, [path, String(run * 100_000)], delayMs);
      expect(result.signal, `run ${run} (delay ${delayMs} ms) should have been killed`).toBe('SIGKILL');
      recordAcks(result.acks, expected);
      acknowledged += result.acks.length;

      const store = ProjectStore.open(path);
      try {
        expect(integrityCheck(path), `integrity after run ${run} (delay ${delayMs} ms)`).toEqual(['ok']);
        expectAcknowledgedWritesPresent(store, expected);
        // At most the one article in flight is there without an acknowledgement, and it is whole.
        const articles = store.listArticles();
        expect(articles.length - expected.size).toBeGreaterThanOrEqual(0);
        expect(articles.length - expected.size).toBeLessThanOrEqual(run + 1);
      } finally {
        store.close();
      }
    }
    // Guards against a test that passes because the child never got to write anything.
    expect(acknowledged).toBeGreaterThan(KILLS * 3);
    console.log(`API writes: ${KILLS} SIGKILLs, ${acknowledged} acknowledged writes, 0 lost, integrity ok.`);
  });
});
