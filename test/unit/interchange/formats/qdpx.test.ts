import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { OffsetConverter } from '../../../../shared/text/offset-conversion';
import { qdpxFormat } from '../../../../main/interchange/formats/refi-qda/qdpx-export';
import type { ExportSet } from '../../../../main/interchange/export-set';
import { readExportSet } from '../../../../main/interchange/export-set';
import { useTempDir } from '../../support/temp-dir';
import { createAnnotatedProject, FIXTURE_TIME } from '../support/annotated-fixture';
import {
  ANNOTATION,
  annotationById,
  buildAnnotation,
  buildArticle,
  exportFixture,
  oneArticleSet,
} from './support/export-set-fixture';
import { exportBinaryFile } from './support/run-export';
import { codePointLength, codePointSlice } from './support/span-checks';

const SCHEMA = fileURLToPath(new URL('../../../../../shared/standards/refi-qda/Project-mrt2019.xsd', import.meta.url));

function exportQdpx(set: ExportSet) {
  const { bytes, dropped, progress } = exportBinaryFile(qdpxFormat, set);
  const entries = unzipSync(bytes);
  const xml = strFromU8(entries['project.qde'] ?? new Uint8Array());
  return { bytes, entries, xml, dropped, progress };
}

// Read through the DOM's types: linkedom's node lists hold `any`.
const documentOf = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;

describe('REFI-QDA (.qdpx) export', () => {
  const tempDir = useTempDir();
  const set = exportFixture();
  const { bytes, entries, xml, dropped, progress } = exportQdpx(set);
  const project = documentOf(xml);
  const all = (tag: string) => [...project.getElementsByTagName(tag)];

  const validate = (qde: string) => {
    const path = join(tempDir(), 'project.qde');
    writeFileSync(path, qde);
    return spawnSync('xmllint', ['--noout', '--schema', SCHEMA, path], { encoding: 'utf8' });
  };

  it('zips project.qde and one UTF-8 text per article', () => {
    const sources = all('TextSource');
    expect(Object.keys(entries).sort()).toEqual(
      ['project.qde', ...sources.map((s) => `Sources/${s.getAttribute('guid') ?? ''}.txt`)].sort(),
    );
    sources.forEach((source, i) => {
      const guid = source.getAttribute('guid') ?? '';
      expect(source.getAttribute('plainTextPath')).toBe(`internal://${guid}.txt`);
      expect(strFromU8(entries[`Sources/${guid}.txt`] ?? new Uint8Array())).toBe(set.articles[i]?.article.text);
    });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('is valid against the REFI-QDA Project schema (xmllint)', () => {
    const result = validate(xml);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('places each selection at code-point positions that cut out the annotated text', () => {
    set.articles.forEach((exported, i) => {
      const source = all('TextSource')[i];
      const text = exported.article.text;
      const converter = new OffsetConverter(text);
      const positions = [...(source?.getElementsByTagName('PlainTextSelection') ?? [])].map((selection) => {
        const start = Number(selection.getAttribute('startPosition'));
        const end = Number(selection.getAttribute('endPosition'));
        const covered = [...codePointSlice(text, start, end)];
        expect(selection.getAttribute('name')).toBe(
          covered.length > 60 ? `${covered.slice(0, 60).join('')}…` : covered.join(''),
        );
        return `${converter.codePointToUtf16(start)}–${converter.codePointToUtf16(end)}`;
      });
      const expected = exported.annotations
        .filter((a) => !a.orphaned)
        .flatMap((a) => a.fragments.map((f) => `${f.start}–${f.end}`));
      expect(positions.sort()).toEqual(expected.sort());
    });
    const zurich = [...project.getElementsByTagName('PlainTextSelection')].find(
      (s) => s.getAttribute('name') === 'Zürich 🇨🇭',
    );
    expect(zurich?.getAttribute('startPosition')).toBe(String(codePointLength('Family 👨‍👩‍👧 met in ')));
  });

  it('codes claims with the claim and its attribute values, mentions with their entity', () => {
    const codeName = new Map(all('Code').map((code) => [code.getAttribute('guid'), code.getAttribute('name')]));
    const seedText = set.articles[0]?.article.text ?? '';
    const codesOn = (annotation: number) => {
      const fragment = annotationById(set, annotation).fragments[0];
      const start = String(new OffsetConverter(seedText).utf16ToCodePoint(fragment?.start ?? 0));
      const selection = all('PlainTextSelection').find((s) => s.getAttribute('startPosition') === start);
      return [...(selection?.getElementsByTagName('CodeRef') ?? [])].map((ref) =>
        codeName.get(ref.getAttribute('targetGUID')),
      );
    };
    expect(codesOn(ANNOTATION.claim)).toEqual(['Claim', 'supports', 'misleading', 'paraphrase']);
    expect(codesOn(ANNOTATION.xiJinping)).toEqual(['Xi Jinping']);
    expect(codesOn(ANNOTATION.secretaryOfCouncil)).toEqual(['Other']);
    const xi = all('Code').find((code) => code.getAttribute('name') === 'Xi Jinping');
    expect(xi?.parentElement?.getAttribute('name')).toBe('Person');
    expect(xi?.textContent).toContain('Wikidata: Q15031');
    const stance = all('Code').find((code) => code.getAttribute('name') === 'stance');
    expect(stance?.getAttribute('isCodable')).toBe('false');
  });

  it('links relations between selections and keeps every note and reference resolvable', () => {
    const guids = [...xml.matchAll(/ guid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(guids).size).toBe(guids.length);
    const known = new Set(guids);
    for (const ref of [...all('CodeRef'), ...all('NoteRef'), ...all('MemberSource')]) {
      expect(known.has(ref.getAttribute('targetGUID') ?? '')).toBe(true);
    }
    const saidBy = all('Link').filter((link) => link.getAttribute('name') === 'said_by');
    expect(saidBy).toHaveLength(2);
    for (const link of all('Link')) {
      expect(known.has(link.getAttribute('originGUID') ?? '')).toBe(true);
      expect(known.has(link.getAttribute('targetGUID') ?? '')).toBe(true);
    }
    const notes = all('Note').map((note) => note.textContent);
    expect(notes).toEqual(
      expect.arrayContaining([
        'State media; check against the TASS original.',
        'Official framing; no independent confirmation.',
        'Indirect speech.',
      ]),
    );
    expect(all('Set').map((s) => s.getAttribute('name'))).toEqual(['Reviewed']);
    expect(dropped).toContainEqual(expect.stringMatching(/^“Schoigus Reise”.*no position/));
    expect(dropped).toContainEqual(expect.stringMatching(/discontinuous, exported as 2 separate spans \(REFI-QDA/));
  });

  it('gives the same bytes for the same export', () => {
    expect(exportQdpx(exportFixture()).bytes).toEqual(bytes);
  });

  it('gives the same file when a project is exported again later, stamped with when its articles were added', () => {
    const { store } = createAnnotatedProject(tempDir());
    const monday = exportQdpx(readExportSet(store, undefined, new Date('2025-03-03T09:00:00Z')));
    const friday = exportQdpx(readExportSet(store, undefined, new Date('2025-03-07T17:30:00Z')));
    expect(friday.bytes).toEqual(monday.bytes);
    const times = [...monday.xml.matchAll(/ creationDateTime="([^"]+)"/g)].map((match) => match[1]);
    expect(times.length).toBeGreaterThan(20);
    expect(new Set(times)).toEqual(new Set([FIXTURE_TIME.toISOString()]));
    expect(validate(monday.xml).status).toBe(0);
    store.close();
  });

  it('lists the project’s annotators as users and names who made each selection and coding', () => {
    const { store, seedArticleId } = createAnnotatedProject(tempDir());
    const ana = store.useAnnotator({ uid: '0d5b8f7e-2f1c-4b8e-8f6a-3c2d1e0f9a87', name: 'Ana Müller', email: null });
    const text = store.getArticle(seedArticleId).text;
    const start = text.indexOf('Lin Jian');
    const person = store.listLabels().find((label) => label.kind === 'entity' && label.name === 'Person');
    store.createAnnotation({
      articleId: seedArticleId,
      labelId: person?.id ?? 0,
      fragments: [{ start, end: start + 'Lin Jian'.length }],
    });
    const { xml: qde } = exportQdpx(readExportSet(store));
    expect(validate(qde).status).toBe(0);
    const exported = documentOf(qde);
    const users = [...exported.getElementsByTagName('User')].map((user) => user.getAttribute('name'));
    expect(users).toEqual(['Annotation Workbench', 'Ana Müller']);
    const selection = [...exported.getElementsByTagName('PlainTextSelection')].find(
      (element) => element.getAttribute('name') === 'Lin Jian',
    );
    expect(selection?.getAttribute('creatingUser')).toBe(ana.uid);
    const codings = [...(selection?.getElementsByTagName('Coding') ?? [])];
    expect(codings.length).toBeGreaterThan(0);
    expect(codings.every((coding) => coding.getAttribute('creatingUser') === ana.uid)).toBe(true);
    // What was made before anyone was known stays the workbench's.
    const workbench = exported.getElementsByTagName('User')[0]?.getAttribute('guid');
    const others = [...exported.getElementsByTagName('PlainTextSelection')].filter((element) => element !== selection);
    expect(others.every((element) => element.getAttribute('creatingUser') === workbench)).toBe(true);
    store.close();
  });

  it('stays valid with markup, quotes and control characters in names, notes and text', () => {
    const article = buildArticle(
      3,
      '<script>alert("x")</script> & “quotes” \u0001',
      'Tom & "Jerry" <b>met</b>\u0007 here.\n',
    );
    const annotation = buildAnnotation(3, article.text, {
      id: 1,
      label: 'Person',
      phrases: ['"Jerry" <b>'],
      note: 'A <note> with & and \u0002 and\nlines',
    });
    const hostile: ExportSet = { ...oneArticleSet(article, [annotation]), projectName: 'P <&> "x"' };
    const { xml: qde } = exportQdpx(hostile);
    const path = join(tempDir(), 'hostile.qde');
    writeFileSync(path, qde);
    expect(spawnSync('xmllint', ['--noout', '--schema', SCHEMA, path]).status).toBe(0);
    // Read back by a conforming parser, every value is what was written, forbidden characters replaced.
    const xpath = (expression: string) =>
      spawnSync('xmllint', ['--xpath', expression, path], { encoding: 'utf8' }).stdout.replace(/\n$/, '');
    const named = (element: string) => `//*[local-name()="${element}"]`;
    expect(xpath(`string(${named('Project')}/@name)`)).toBe('P <&> "x"');
    expect(xpath(`string(${named('TextSource')}/@name)`)).toBe('<script>alert("x")</script> & “quotes” \uFFFD');
    expect(xpath(`string(${named('PlainTextSelection')}/@name)`)).toBe('"Jerry" <b>');
    expect(xpath(`string(${named('Note')})`)).toBe('A <note> with & and \uFFFD and\nlines');
  });
});
