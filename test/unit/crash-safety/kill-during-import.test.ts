import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../main/library/import/import-file';
import type { ImportedArticle } from '../../../main/library/import/imported-article';
import { filesInFolder } from '../../../main/library/import-jobs/import-sources';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { buildChild, runAndKill } from './child-process';
import { seededRandom } from '../../bench/seeded-random';
import { integrityCheck } from './integrity';

const tempDir = useTempDir();
const FILES = 200;
const KILLS = 6;
const SEED = 0x1_0a_d5;

function writeCorpus(): string {
  const dir = join(tempDir(), 'corpus');
  mkdirSync(dir);
  for (let i = 0; i < FILES; i++) {
    const paragraphs = Array.from(
      { length: 12 },
      (_, p) => `Absatz ${p} der Meldung ${i} über Peking und Moskau – „Zitat“.`,
    );
    writeFileSync(
      join(dir, `meldung-${String(i).padStart(3, '0')}.txt`),
      `Meldung ${i}\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
  return dir;
}

/** What a clean import makes of each file, keyed by the file name the article keeps as its origin. */
async function expectedArticles(folder: string): Promise<Map<string, ImportedArticle>> {
  const expected = new Map<string, ImportedArticle>();
  for (const source of filesInFolder(folder)) {
    const imported = await importFile(readFileSync(join(folder, source.name)), source.name);
    expected.set(imported.original.name ?? source.name, imported);
  }
  return expected;
}

describe('killing the app during a bulk import', () => {
  let childFile = '';
  beforeAll(async () => {
    childFile = await buildChild('import-child');
  });

  it('never leaves a half-imported article, and a new import finishes the job', async () => {
    const path = join(tempDir(), 'import-crash.awb');
    ProjectStore.create(path).close();
    const folder = writeCorpus();
    const expected = await expectedArticles(folder);
    expect(expected.size).toBe(FILES);
    const random = seededRandom(SEED);
    const acknowledged = new Map<number, string>();
    const present = new Set<number>();

    for (let run = 0; run <= KILLS; run++) {
      const last = run === KILLS;
      // Counted in acknowledged articles, not milliseconds, so a fast machine cannot finish first:
      // each killed run acknowledges at most 20 files (and a few more in its 0–2 ms of grace), far
      // short of the 200.
      const moment = last ? Infinity : { acks: 1 + Math.floor(random() * 20), thenMs: Math.floor(random() * 3) };
      const result = await runAndKill(childFile, [path, folder], moment);
      const what = typeof moment === 'number' ? 'to the end' : `killed ${moment.thenMs} ms after ack ${moment.acks}`;
      expect(result.signal, `run ${run} (${what})`).toBe(last ? null : 'SIGKILL');
      expect((result.acks.at(-1) ?? '').startsWith('done'), `run ${run} should have died midway`).toBe(last);
      for (const line of result.acks.filter((l) => l.startsWith('imported '))) {
        const [, id, file] = line.split(' ');
        acknowledged.set(Number(id), String(file));
      }

      const store = ProjectStore.open(path);
      try {
        expect(integrityCheck(path), `integrity after run ${run}`).toEqual(['ok']);
        const articles = store.listArticles();
        const ids = new Set(articles.map((a) => a.id));
        for (const id of acknowledged.keys()) expect(ids.has(id), `acknowledged article ${id}`).toBe(true);
        // Beyond what was acknowledged, each killed run may leave the one file whose commit raced the kill.
        const unacknowledgedNew = articles.filter((a) => !acknowledged.has(a.id) && !present.has(a.id));
        expect(unacknowledgedNew.length, `unacknowledged articles from run ${run}`).toBeLessThanOrEqual(1);
        for (const id of ids) present.add(id);
        for (const { id } of articles) {
          const article = store.getArticle(id);
          const want = expected.get(article.origin.fileName ?? '');
          expect(want, `article ${id} comes from a corpus file`).toBeDefined();
          if (acknowledged.has(id)) expect(article.origin.fileName).toBe(acknowledged.get(id));
          expect(article.title).toBe(want?.title);
          expect(article.text).toBe(want?.text);
          expect(article.blocks).toEqual(want?.blocks);
          expect(store.getOriginal(id).bytes).toEqual(new Uint8Array(want?.original.bytes ?? []));
        }
        if (last) expect(articles).toHaveLength(FILES);
      } finally {
        store.close();
      }
    }
  });
});
