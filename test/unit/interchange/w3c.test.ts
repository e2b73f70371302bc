import { readFileSync, readdirSync } from 'node:fs';
import { joinContent } from '../../../main/interchange/export-content';
import { describe, expect, it } from 'vitest';
import { readExportSet } from '../../../main/interchange/export-set';
import { w3cFormat } from '../../../main/interchange/formats/w3c/w3c-export';
import { parseW3c } from '../../../main/interchange/formats/w3c/w3c-parse';
import { projectSourceLookup } from '../../../main/interchange/formats/w3c/project-source-lookup';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { createAnnotatedProject } from './support/annotated-fixture';
import { expectRoundTrip } from './support/round-trip';
import { join } from 'node:path';
import { standardsPath } from './support/standards';
import { createMustValidator } from './support/w3c-must-validator';

const noProgress = { articleDone: () => undefined };

describe('W3C Web Annotation', () => {
  const tempDir = useTempDir();
  const mustFailures = createMustValidator();

  it('the validator accepts the suite’s correct samples and rejects an incorrect one', () => {
    const folder = standardsPath('w3c-web-annotation', 'tools', 'samples', 'correct');
    const sample = JSON.parse(readFileSync(`${folder}/anno1.json`, 'utf8')) as unknown;
    expect(mustFailures(sample)).toEqual([]);
    expect(readdirSync(folder).length).toBeGreaterThan(10);
    const badPosition = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:example:1',
      type: 'Annotation',
      target: { source: 'urn:example:text', selector: { type: 'TextPositionSelector', start: -1, end: 'x' } },
    };
    expect(mustFailures(badPosition).map((failure) => failure.assertion)).toContain(
      'annotations/specificResource/4.2-TextDataPositionSelectorValid.json',
    );
    expect(
      mustFailures({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'x y', target: 5 }).length,
    ).toBeGreaterThan(0);
  });

  it('every exported annotation passes all 54 "must" assertions of the W3C test suite', () => {
    const { store } = createAnnotatedProject(tempDir());
    const output = w3cFormat.export(readExportSet(store), noProgress);
    if (output.kind !== 'file') throw new Error('one file');
    const collection = JSON.parse(String(joinContent(output.content))) as { first: { items: unknown[] } };
    expect(collection.first.items.length).toBeGreaterThan(20);
    for (const item of collection.first.items) expect(mustFailures(item)).toEqual([]);
    store.close();
  });

  it('round-trips the fixture through a new project with the same offsets, entities and relations', () => {
    const dir = tempDir();
    const { store, seedArticleId, multilingualArticleId } = createAnnotatedProject(dir);
    const output = w3cFormat.export(readExportSet(store, [seedArticleId, multilingualArticleId]), noProgress);
    const target = ProjectStore.create(join(dir, 'Target.awb'));
    const parsed = parseW3c(
      JSON.parse(String(output.kind === 'file' ? joinContent(output.content) : '')),
      'export.jsonld',
      projectSourceLookup(target),
    );
    expectRoundTrip(store, [seedArticleId, multilingualArticleId], target, parsed, ['export.jsonld']);
  });
});
