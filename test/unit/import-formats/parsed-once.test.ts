import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../main/interchange/export-jobs/run-export';
import { importAnnotationFiles } from '../../../main/interchange/import/import-annotation-files';
import { ProjectStore } from '../../../main/store/project-store';
import { createAnnotatedProject } from '../interchange/support/annotated-fixture';
import { standardsPath } from '../interchange/support/standards';
import { useTempDir } from '../support/temp-dir';

/** How often the import decoded the whole file and parsed it as JSON. */
async function countWholeFileWork(path: string): Promise<{ decoded: number; parsed: number }> {
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const decode = vi.spyOn(TextDecoder.prototype, 'decode');
  const parse = vi.spyOn(JSON, 'parse');
  const store = ProjectStore.create(join(path, '..', `target-${Math.random().toString(36).slice(2)}.awb`));
  try {
    await importAnnotationFiles(store, [path]);
  } finally {
    store.close();
  }
  return {
    decoded: decode.mock.calls.filter(([input]) => ArrayBuffer.isView(input) && input.byteLength === bytes.length)
      .length,
    parsed: parse.mock.calls.filter(([input]) => input === text).length,
  };
}

describe('an annotation file is decoded and parsed once', () => {
  const tempDir = useTempDir();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a native bundle, from telling its format to merging it', async () => {
    const dir = tempDir();
    const { store } = createAnnotatedProject(dir);
    const destination = join(dir, 'project.awb.json');
    const report = runExport(
      store,
      { jobId: 'once', formatId: 'bundle', scope: { kind: 'project' }, destination },
      { onProgress: () => undefined, isCancelled: () => false },
    );
    store.close();
    expect(report.outcome).toBe('written');
    expect(await countWholeFileWork(destination)).toEqual({ decoded: 1, parsed: 1 });
  });

  it('Label Studio, W3C Web Annotation and doccano JSON files', async () => {
    const dir = tempDir();
    const doccano = readFileSync(standardsPath('doccano', 'export-sequence_labeling-example.jsonl'), 'utf8');
    const doccanoJson = join(dir, 'doccano.json');
    writeFileSync(
      doccanoJson,
      JSON.stringify(
        doccano
          .trim()
          .split('\n')
          .map((line): unknown => JSON.parse(line)),
        null,
        2,
      ),
    );
    for (const path of [
      standardsPath('label-studio', 'converter-fixture-completion-348.json'),
      standardsPath('w3c-web-annotation', 'tools', 'samples', 'correct', 'anno1.json'),
      doccanoJson,
    ]) {
      expect({ path, ...(await countWholeFileWork(path)) }).toEqual({ path, decoded: 1, parsed: 1 });
      vi.restoreAllMocks();
    }
  });
});
