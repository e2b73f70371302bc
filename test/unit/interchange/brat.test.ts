import { join } from 'node:path';
import { present } from '../support/present';
import { describe, expect, it } from 'vitest';
import { readExportSet } from '../../../main/interchange/export-set';
import type { ExportFile } from '../../../main/interchange/export-format';
import { bratFormat } from '../../../main/interchange/formats/brat/brat-export';
import { parseBrat, parseBratDocuments, type BratDocument } from '../../../main/interchange/formats/brat/brat-parse';
import { applyParsedAnnotations } from '../../../main/interchange/import/apply-parsed-annotations';
import type { ParsedDocument } from '../../../main/interchange/import/parsed-annotations';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { createAnnotatedProject } from './support/annotated-fixture';
import { expectRoundTrip } from './support/round-trip';
import { readStandard, standardFiles } from './support/standards';

const noProgress = { articleDone: () => undefined };

function exportBrat(store: ProjectStore, ids?: number[]): ExportFile[] {
  const output = bratFormat.export(readExportSet(store, ids), noProgress);
  if (output.kind !== 'folder') throw new Error('brat is a folder');
  return [...output.files];
}

function documentsOf(files: readonly ExportFile[]): BratDocument[] {
  const text = new Map(files.map((file) => [file.path, String(file.content)]));
  return files
    .filter((file) => file.path.endsWith('.ann'))
    .map((file) => ({
      annName: file.path,
      ann: String(file.content),
      text: text.get(file.path.replace(/\.ann$/, '.txt')) ?? '',
    }));
}

/** What a brat document says, independent of its T/R numbering: spans and relations by content. */
function meaning(document: ParsedDocument) {
  const key = (label: string) => label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const spans = new Map(
    document.spans.map((span) => [
      span.localId,
      `${key(span.label)} ${span.fragments.map((f) => `${f.start}-${f.end}`).join(';')}`,
    ]),
  );
  return {
    spans: [...spans.values()].sort(),
    relations: document.relations
      .map((r) => `${key(r.type)}: ${spans.get(r.fromLocalId)} → ${spans.get(r.toLocalId)}`)
      .sort(),
  };
}

const EXAMPLES = [
  ...standardFiles('brat-standoff/news-tutorial', '.ann').map((name) => ['news-tutorial', name] as const),
  ['dkpro-discontinuous', 'document0d.ann'] as const,
];

describe('brat standoff', () => {
  const tempDir = useTempDir();

  it.each(EXAMPLES)('imports %s/%s and exports the same spans, labels and relations', (folder, annName) => {
    const original: BratDocument = {
      annName,
      ann: readStandard('brat-standoff', folder, annName),
      text: readStandard('brat-standoff', folder, annName.replace(/\.ann$/, '.txt')),
    };
    const store = ProjectStore.create(join(tempDir(), 'brat.awb'));
    const report = applyParsedAnnotations(store, parseBratDocuments([original]), [annName]);
    expect(report.problems).toEqual([]);
    const [again] = documentsOf(exportBrat(store));
    expect(again?.text).toBe(original.text);
    expect(meaning(parseBrat(present(again, 'exported document')).document)).toEqual(
      meaning(parseBrat(original).document),
    );
    store.close();
  });

  it('round-trips the annotated fixture with the same offsets, labels, entities and relations', () => {
    const dir = tempDir();
    const { store, seedArticleId, multilingualArticleId } = createAnnotatedProject(dir);
    const files = exportBrat(store, [seedArticleId, multilingualArticleId]);
    const target = ProjectStore.create(join(dir, 'Target.awb'));
    const parsed = parseBratDocuments(documentsOf(files));
    expectRoundTrip(store, [seedArticleId, multilingualArticleId], target, parsed, ['brat']);
  });
});
