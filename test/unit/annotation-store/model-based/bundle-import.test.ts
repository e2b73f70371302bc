import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { joinContent } from '../../../../main/interchange/export-content';
import { readExportSet } from '../../../../main/interchange/export-set';
import { bundleFormat } from '../../../../main/interchange/formats/bundle/bundle-export';
import { importBundle, readBundle } from '../../../../main/interchange/formats/bundle/bundle-import';
import { FileToImport } from '../../../../main/import-formats/file-to-import';
import { ProjectStore } from '../../../../main/store/project-store';
import { EVERYDAY_WEIGHTS } from './commands/all-commands';
import type { World } from './commands/world';
import { describedProject } from './described-project';
import { DumpReader, historyPart } from './history/database-dump';
import { omit } from './model/omit';
import { expectSame } from './model/same';
import { fuzzRuns, runModel, SCRATCH } from './run-model';
import { START_TEXTS } from './sample-texts';

const RUNS = 3;

function exportBundle(store: ProjectStore): Buffer {
  const output = bundleFormat.export(readExportSet(store), { articleDone: () => undefined });
  if (output.kind !== 'file') throw new Error('the bundle is one file');
  return Buffer.from(joinContent(output.content) as string);
}

/** What an annotation import writes apart from its articles (which, like every article import, stay). */
function annotationLayer(reader: DumpReader) {
  return omit(historyPart(reader.dump()), 'article');
}

/**
 * The project a random run left goes into a new project through a bundle and arrives whole: the
 * same articles, annotations (orphans included), claims, relations, notes and entities, by name.
 * The import is one step: undo takes its annotations and entities back, redo brings them again.
 * Imported into the project it came from, it finds everything there and changes nothing.
 */
async function roundTrip(world: World): Promise<void> {
  const bundle = exportBundle(world.project);
  const dir = mkdtempSync(join(SCRATCH, 'workbench-bundle-'));
  const path = join(dir, 'Target.awb');
  const target = ProjectStore.create(path);
  const reader = new DumpReader(path);
  try {
    const empty = annotationLayer(reader);
    const report = await importBundle(target, readBundle(new FileToImport('project.awb.json', bundle)));
    expectSame(report.problems, [], 'the problems importing the bundle');
    expectSame(describedProject(target), describedProject(world.project), 'the project imported from the bundle');
    const imported = historyPart(reader.dump());
    expectSame(target.undo()?.description, 'Import of project.awb.json', 'the step undone');
    expectSame(annotationLayer(reader), empty, 'the annotation layer after undoing the import');
    target.redo();
    expectSame(historyPart(reader.dump()), imported, 'the project after redoing the import');
  } finally {
    reader.close();
    target.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await world.unchangedByLater('importing its own bundle', async (store) => {
    expect((await importBundle(store, readBundle(new FileToImport('own.awb.json', bundle)))).problems).toEqual([]);
  });
}

it(
  'moves a randomly annotated project through a bundle into another project whole, as one step of undo',
  async () => {
    await runModel({ texts: START_TEXTS, weights: EVERYDAY_WEIGHTS, runs: RUNS, afterwards: roundTrip });
  },
  fuzzRuns(RUNS) * 10_000,
);
