import { describe, expect, it } from 'vitest';
import { joinContent } from '../../../main/interchange/export-content';
import { readExportSet } from '../../../main/interchange/export-set';
import { createCsvFormat } from '../../../main/interchange/formats/csv/csv-export';
import { w3cFormat } from '../../../main/interchange/formats/w3c/w3c-export';
import { ProjectStore } from '../../../main/store/project-store';
import { label, seedProject, span } from '../annotation-store/fixtures';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const noProgress = { articleDone: () => undefined };
const ANA = { uid: '0b6f6c1e-5d1a-4c1e-9a55-2f0e7d9b1a01', name: 'Ana Ruiz', email: 'ana@example.org' };
const BEN = { uid: '7c2d1f3a-8e4b-4b6a-b1d2-3c4e5f6a7b02', name: 'Ben Okafor', email: null };

/** The seed article with "Peking" added by Ana and changed by Ben a day later, and "TASS" from before annotators. */
function authoredProject(): ProjectStore {
  const { path, store: seeded, articleId, text } = seedProject(tempDir());
  const location = label(seeded, 'entity', 'Location').id;
  const tass = label(seeded, 'entity', 'Organisation').id;
  seeded.createAnnotation({ articleId, labelId: tass, fragments: [span(text, 'TASS')] });
  seeded.close();
  let now = new Date('2026-12-03T14:05:00.000Z');
  const store = ProjectStore.open(path, () => now);
  store.useAnnotator(ANA);
  const peking = store.createAnnotation({ articleId, labelId: location, fragments: [span(text, 'Peking')] });
  store.useAnnotator(BEN);
  now = new Date('2026-12-04T09:30:00.000Z');
  store.updateAnnotation(peking.id, { note: 'Capital' });
  return store;
}

describe('authorship in exports', () => {
  it('W3C Web Annotation names the creator with created and modified, where the author is known', () => {
    const store = authoredProject();
    const output = w3cFormat.export(readExportSet(store), noProgress);
    if (output.kind !== 'file') throw new Error('one file');
    const items = (JSON.parse(String(joinContent(output.content))) as { first: { items: Record<string, unknown>[] } })
      .first.items;
    const byText = (word: string) =>
      items.find((item) => JSON.stringify(item.target).includes(`"exact":"${word}"`)) ?? {};
    expect(byText('Peking')).toMatchObject({
      creator: { id: `urn:uuid:${ANA.uid}`, type: 'Person', name: 'Ana Ruiz', email: 'mailto:ana@example.org' },
      created: '2026-12-03T14:05:00.000Z',
      modified: '2026-12-04T09:30:00.000Z',
    });
    expect(Object.keys(byText('TASS'))).not.toContain('creator');
    expect(Object.keys(byText('TASS'))).not.toContain('created');
    store.close();
  });

  it('CSV adds who made and changed each annotation and when, empty where unknown', () => {
    const store = authoredProject();
    const output = createCsvFormat({ byteOrderMark: false }).export(readExportSet(store), noProgress);
    if (output.kind !== 'folder') throw new Error('a folder');
    const file = [...output.files].find((one) => one.path === 'annotations.csv');
    const [header = '', ...rows] = String(joinContent(file?.content ?? []))
      .trimEnd()
      .split('\r\n');
    expect(header.split(',').slice(-6)).toEqual([
      'created_by',
      'created_by_email',
      'created_at',
      'updated_by',
      'updated_by_email',
      'updated_at',
    ]);
    const row = (word: string) =>
      rows
        .find((line) => line.includes(`,${word},`))
        ?.split(',')
        .slice(-6);
    expect(row('Peking')).toEqual([
      'Ana Ruiz',
      'ana@example.org',
      '2026-12-03T14:05:00.000Z',
      'Ben Okafor',
      '',
      '2026-12-04T09:30:00.000Z',
    ]);
    expect(row('TASS')?.filter((_cell, i) => i !== 2 && i !== 5)).toEqual(['', '', '', '']);
    store.close();
  });
});
