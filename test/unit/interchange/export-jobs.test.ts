import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { present } from '../support/present';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportReport } from '../../../shared/model/interchange';
import { ScriptedDialogs } from '../../../main/browser-host/scripted-dialogs';
import { buildExportWorker } from '../support/build-export-worker';
import { useTempDir } from '../support/temp-dir';
import { startTestWorkspace } from '../support/test-workspace';
import { createAnnotatedProject } from './support/annotated-fixture';
import { standardsPath } from './support/standards';

describe('export and annotation import from the workspace', () => {
  const tempDir = useTempDir();
  let exportWorkerFile: string;
  beforeAll(async () => {
    exportWorkerFile = await buildExportWorker();
  });

  /** A workspace with the annotated project open and dialogs answering from `answers`. */
  async function openAnnotated() {
    const dir = tempDir();
    const { store, path, seedArticleId } = createAnnotatedProject(dir);
    store.close();
    const dialogs = new ScriptedDialogs({ whenEmpty: 'cancel' }, path);
    const workspace = await startTestWorkspace(join(dir, 'data'), { dialogs, exportWorkerFile });
    await workspace.handlers['project.open'](undefined);
    const finished = (): Promise<ExportReport> =>
      new Promise((resolve) => {
        const stop = workspace.events.on('export.finished', (report) => {
          stop();
          resolve(report);
        });
      });
    return { dir, dialogs, workspace, finished, seedArticleId };
  }

  it('lists every registered format with its offset unit', async () => {
    const { workspace } = await openAnnotated();
    const formats = await workspace.handlers['export.formats'](undefined);
    expect(formats.map((format) => format.id)).toEqual(expect.arrayContaining(['bundle', 'csv', 'w3c', 'brat']));
    expect(formats.find((format) => format.id === 'w3c')).toMatchObject({
      offsetUnit: 'code-points',
      extension: 'jsonld',
    });
    await workspace.close();
  });

  it('exports the project to the file chosen in the save dialog, in a worker, with progress and a report', async () => {
    const { dir, dialogs, workspace, finished } = await openAnnotated();
    const destination = join(dir, 'out.awb.json');
    dialogs.queue([destination]);
    const progress: number[] = [];
    workspace.events.on('export.progress', (p) => progress.push(p.done));
    const done = finished();
    const started = await workspace.handlers['export.start']({ formatId: 'bundle', scope: { kind: 'project' } });
    expect(started).not.toBeNull();
    const report = await done;
    expect(report).toMatchObject({ outcome: 'written', format: 'bundle', articles: 2, files: ['out.awb.json'] });
    expect(report.annotations).toBeGreaterThan(20);
    expect(progress.at(-1)).toBe(2);
    expect(JSON.parse(readFileSync(destination, 'utf8'))).toMatchObject({ format: 'annotation-workbench-bundle' });
    await workspace.close();
  });

  it('exports selected articles of a multi-file format into the new folder named in the dialog', async () => {
    const { dir, dialogs, workspace, finished, seedArticleId } = await openAnnotated();
    const destination = join(dir, 'brat export');
    dialogs.queue([destination]);
    const done = finished();
    await workspace.handlers['export.start']({ formatId: 'brat', scope: { kind: 'articles', ids: [seedArticleId] } });
    const report = await done;
    expect(report.outcome).toBe('written');
    expect(readdirSync(destination).sort()).toEqual([
      '001-xi-trifft-schoigu.ann',
      '001-xi-trifft-schoigu.txt',
      'annotation.conf',
    ]);
    await workspace.close();
  });

  it('a cancelled export writes nothing at the destination', async () => {
    const { dir, dialogs, workspace, finished } = await openAnnotated();
    const destination = join(dir, 'cancelled.csv');
    dialogs.queue([destination]);
    const done = finished();
    const started = await workspace.handlers['export.start']({ formatId: 'csv', scope: { kind: 'project' } });
    await workspace.handlers['export.cancel']({ jobId: present(started).jobId });
    const report = await done;
    expect(report.outcome).toBe('cancelled');
    expect(existsSync(destination)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('cancelled'))).toEqual([]);
    await workspace.close();
  });

  it('does nothing when the dialog is cancelled, and refuses an unknown format', async () => {
    const { workspace } = await openAnnotated();
    expect(await workspace.handlers['export.start']({ formatId: 'csv', scope: { kind: 'project' } })).toBeNull();
    await expect(
      Promise.resolve().then(() =>
        workspace.handlers['export.start']({ formatId: 'nope', scope: { kind: 'project' } }),
      ),
    ).rejects.toThrow(/no export format “nope”/);
    await workspace.close();
  });

  it('imports the annotation files picked in the dialog and tells the window the project changed', async () => {
    const { dialogs, workspace } = await openAnnotated();
    dialogs.queue([standardsPath('brat-standoff', 'news-tutorial', '040-text_span_annotation.ann')]);
    const refused = await workspace.handlers['annotations.import'](undefined);
    expect(refused?.problems[0]?.message).toMatch(/040-text_span_annotation\.txt must be imported with it/);
    dialogs.queue([standardsPath('brat-standoff', 'news-tutorial')]);
    const changes: number[] = [];
    workspace.events.on('project.changed', (info) => changes.push(info.articleCount));
    const report = await workspace.handlers['annotations.import'](undefined);
    expect(report?.imported).toBe(true);
    expect(changes).toEqual([2 + 13]);
    expect(await workspace.handlers['annotations.import'](undefined)).toBeNull();
    await workspace.close();
  });

  it('makes an annotation import one step of the undo history', async () => {
    const { dialogs, workspace } = await openAnnotated();
    dialogs.queue([standardsPath('brat-standoff', 'news-tutorial')]);
    const report = await workspace.handlers['annotations.import'](undefined);
    const imported = report?.articles ?? [];
    const annotationCounts = async () =>
      Promise.all(
        imported.map(async ({ articleId }) => (await workspace.handlers['annotation.list']({ articleId })).length),
      );
    expect(await annotationCounts()).toEqual(imported.map((article) => article.annotations));
    expect(imported.some((article) => article.annotations > 0)).toBe(true);
    expect((await workspace.handlers['history.state'](undefined)).undo).toMatch(/^Import of /);
    await workspace.handlers['history.undo'](undefined);
    expect(await annotationCounts()).toEqual(imported.map(() => 0));
    await workspace.close();
  });
});
