import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { joinContent, joinOutput } from '../../../main/interchange/export-content';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFormatById } from '../../../main/interchange/export-formats';
import { readExportSet } from '../../../main/interchange/export-set';
import type { ExportOutput } from '../../../main/interchange/export-format';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { seededRandom } from '../../bench/seeded-random';
import { readSeedArticle } from '../support/seed-article';
import { useTempDir } from '../support/temp-dir';
import { buildChild, runAndKill } from './child-process';

const tempDir = useTempDir();
const KILLS = 12;
const SEED = 0xe7_90_27;
const ARTICLES = 120;

/**
 * Temporary names the writers use beside the destination (main/fs/atomic-write.ts and
 * main/interchange/write-export.ts): hidden, with the writer's process id. A SIGKILL gives the
 * writer no chance to remove them, so these (and only these) may be left behind.
 */
const TEMPORARY = /^\..+\.\d+\.(tmp|partial)$/;

/** A project whose export takes a noticeable time: many annotated articles. */
function largeProject(dir: string): string {
  const path = join(dir, 'Large.awb');
  const store = ProjectStore.create(path);
  const person = store.listLabels().find((label) => label.kind === 'entity' && label.name === 'Person');
  if (person === undefined) throw new Error('the default schema has a Person label');
  const seed = readSeedArticle();
  for (let i = 0; i < ARTICLES; i++) {
    const { id } = store.createArticle(
      articleFromPaste({ title: `Meldung ${i}`, text: `Meldung ${i}\n\n${seed}\n${seed}` }),
    );
    const text = store.getArticle(id).text;
    const mentions = [...text.matchAll(/Xi Jinping|Schoigu|Peking/g)];
    store.createAnnotations(
      mentions.map((m) => ({
        articleId: id,
        labelId: person.id,
        fragments: [{ start: m.index, end: m.index + m[0].length }],
      })),
    );
  }
  store.close();
  return path;
}

function expectComplete(destination: string, reference: ExportOutput, what: string): void {
  if (reference.kind === 'file') {
    const written = readFileSync(destination, 'utf8');
    expect(() => JSON.parse(written) as unknown, `${what} is valid JSON`).not.toThrow();
    expect(written, what).toBe(reference.content);
    return;
  }
  const written = readdirSync(destination, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(destination.length + 1))
    .sort();
  expect(written, `${what}: every file, nothing else`).toEqual([...reference.files].map((file) => file.path).sort());
  for (const file of reference.files) {
    expect(readFileSync(join(destination, file.path), 'utf8'), `${what}/${file.path}`).toBe(joinContent(file.content));
  }
}

describe('killing the app during an export', () => {
  let childFile = '';
  beforeAll(async () => {
    childFile = await buildChild('export-child');
  });

  it.each([
    ['bundle', 'project.awb.json'],
    ['brat', 'brat-export'],
  ])(
    'a %s export leaves nothing or the complete export at the destination, whenever it is killed',
    async (formatId, name) => {
      const dir = tempDir();
      const project = largeProject(dir);
      const store = ProjectStore.openForReading(project);
      const reference = joinOutput(
        exportFormatById(formatId).export(readExportSet(store), { articleDone: () => undefined }),
      );
      store.close();

      // One uninterrupted run shows how long an export takes, so the kills fall across all of it.
      const started = performance.now();
      const whole = await runAndKill(childFile, [project, formatId, join(dir, `whole-${name}`)], Infinity);
      const duration = performance.now() - started;
      expect(whole.acks).toEqual(['done written']);
      expectComplete(join(dir, `whole-${name}`), reference, 'the uninterrupted export');

      const random = seededRandom(SEED);
      const outcomes = { nothing: 0, complete: 0 };
      for (let kill = 0; kill < KILLS; kill++) {
        const destination = join(dir, `${kill}-${name}`);
        const delayMs = Math.floor(random() * duration);
        const run = await runAndKill(childFile, [project, formatId, destination], delayMs);
        const what = `run ${kill} (killed after ${delayMs} ms)`;
        if (run.signal === null) expect(run.acks, what).toEqual(['done written']);
        if (existsSync(destination)) {
          expectComplete(destination, reference, what);
          outcomes.complete++;
        } else {
          outcomes.nothing++;
        }
        const stray = readdirSync(dir).filter(
          (entry) => !/^Large\.awb(-wal|-shm)?$/.test(entry) && !/^(whole|\d+)-/.test(entry),
        );
        for (const entry of stray) expect(entry, `left beside the export by ${what}`).toMatch(TEMPORARY);
      }
      console.log(
        `${formatId}: ${KILLS} kills left nothing ${outcomes.nothing} times, the complete export ${outcomes.complete} times`,
      );
    },
  );
});
