import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { doccanoFormat, type DoccanoRecord } from '../../../../main/interchange/formats/doccano/doccano-export';
import { parseDoccano } from '../../../../main/interchange/formats/doccano/doccano-parse';
import type { ExportSet } from '../../../../main/interchange/export-set';
import { codePointLength, codePointSlice, expectArticlesReadBack } from './support/span-checks';
import { ANNOTATION, annotationById, exportFixture } from './support/export-set-fixture';
import { exportTextFile } from './support/run-export';

const STANDARD = new URL('../../../../../shared/standards/doccano/', import.meta.url);
const standard = (name: string) => readFileSync(new URL(name, STANDARD), 'utf8');

const exportDoccano = (set: ExportSet) => exportTextFile(doccanoFormat, set);

describe('doccano export', () => {
  const set = exportFixture();
  const { content, dropped, progress } = exportDoccano(set);
  const records = content
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as DoccanoRecord);

  it('writes one JSON object per line and article, shaped like doccano’s relation export', () => {
    expect(content.endsWith('\n')).toBe(true);
    expect(records.map((record) => record.id)).toEqual([1, 2]);
    const example = JSON.parse(standard('export-relation_extraction-example.jsonl')) as DoccanoRecord;
    const keys = (items: readonly object[]) => [...new Set(items.map((item) => Object.keys(item).sort().join()))];
    for (const record of records) {
      expect(typeof record.text).toBe('string');
      expect(keys(record.entities)).toEqual(keys(example.entities));
      if (record.relations.length > 0) expect(keys(record.relations)).toEqual(keys(example.relations));
      expect(Array.isArray(record.Comments)).toBe(true);
    }
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('counts offsets in code points, so Python’s text[start:end] is the annotated text', () => {
    const multilingual = records[1];
    const texts = multilingual?.entities.map((e) => codePointSlice(multilingual.text, e.start_offset, e.end_offset));
    expect(texts).toContain('Zürich 🇨🇭');
    expect(texts).toContain('رئیس‌جمهور ایران');
    expect(texts).toContain('北京');
    const zurich = multilingual?.entities.find((e) => e.label === 'Location');
    // After a family emoji (5 code points, 8 UTF-16 units) the two units differ.
    expect(zurich?.start_offset).toBe(codePointLength('Family 👨‍👩‍👧 met in '));
    expect(zurich?.start_offset).not.toBe('Family 👨‍👩‍👧 met in '.length);
    for (const record of records) {
      for (const entity of record.entities) {
        expect(codePointSlice(record.text, entity.start_offset, entity.end_offset).trim()).not.toBe('');
      }
    }
  });

  it('links relations to the first piece of their ends and keeps claim details and notes as comments', () => {
    const seed = records[0];
    const claim = annotationById(set, ANNOTATION.claim);
    const spanText = (id: number) => {
      const entity = seed?.entities.find((e) => e.id === id);
      return entity && codePointSlice(seed?.text ?? '', entity.start_offset, entity.end_offset);
    };
    const saidBy = seed?.relations.find((r) => r.type === 'said_by' && spanText(r.to_id) === 'Xi');
    expect(spanText(saidBy?.from_id ?? -1)).toBe(claim.quote.exact);
    expect(seed?.Comments).toContain('State media; check against the TASS original.');
    expect(seed?.Comments).toContainEqual(
      expect.stringMatching(/claimant: Xi Jinping; about: China, Russia; stance: supports; verdict: misleading/),
    );
    expect(seed?.Comments).toContainEqual(expect.stringMatching(/^Relation “said_by”.*: Indirect speech\.$/));
  });

  it('lists what doccano cannot carry', () => {
    expect(dropped).toContainEqual(expect.stringMatching(/^“Schoigus Reise” \(Person\).*no position/));
    expect(dropped).toContainEqual(expect.stringMatching(/^“Sprecher .*discontinuous, exported as 2 separate spans/));
    expect(dropped).toContainEqual(expect.stringMatching(/^Relation “located_in”.*different articles/));
    expect(dropped).toContainEqual(expect.stringMatching(/^Relation “about”.*one end has no position/));
    expect(dropped).toContainEqual(expect.stringMatching(/^doccano has no entity links/));
    // The cross-article relation is in both articles' lists but reported once.
    expect(dropped.filter((line) => line.includes('located_in'))).toHaveLength(1);
  });

  it('reads back to the same spans and relations, converted to the same internal offsets', () => {
    const parsed = parseDoccano(content, 'export.jsonl');
    expectArticlesReadBack(set, parsed);
    const seed = parsed.documents[0];
    expect(seed?.relations.map((r) => r.type).sort()).toEqual(['about', 'member_of', 'said_by', 'said_by']);
    expect(seed?.documentNotes).toContain('State media; check against the TASS original.');
  });
});

describe('doccano parser', () => {
  it('reads doccano’s own relation example, pretty-printed as one object', () => {
    const parsed = parseDoccano(standard('export-relation_extraction-example.jsonl'), 'example.jsonl');
    expect(parsed.problems).toEqual([]);
    const [document] = parsed.documents;
    const covered = document?.spans.map(
      (s) => `${s.label}:${codePointSlice(document.text, s.fragments[0]?.start ?? 0, s.fragments[0]?.end ?? 0)}`,
    );
    expect(covered).toEqual(['ORG:Google', 'DATE:September 4, 1998', 'PERSON:Larry Page', 'PERSON:Sergey Brin']);
    expect(document?.relations.map((r) => `${r.fromLocalId}-${r.type}-${r.toLocalId}`)).toEqual([
      '0-foundedAt-1',
      '0-foundedBy-2',
      '0-foundedBy-3',
    ]);
  });

  it('reads the one-line relation example and the sequence-labelling triples', () => {
    expect(
      parseDoccano(standard('import-relation_extraction-example.jsonl'), 'a.jsonl').documents[0]?.relations,
    ).toHaveLength(3);
    const parsed = parseDoccano(standard('export-sequence_labeling-example.jsonl'), 'ner.jsonl');
    expect(parsed.problems).toEqual([]);
    expect(
      parsed.documents.map((d) =>
        d.spans.map(
          (s) => `${s.label}:${codePointSlice(d.text, s.fragments[0]?.start ?? 0, s.fragments[0]?.end ?? 0)}`,
        ),
      ),
    ).toEqual([['ORG:EU', 'MISC:German'], ['PERSON:Peter Blackburn'], ['PERSON:Obama']]);
    expect(parsed.documents[0]?.name).toBe('ner.jsonl:1');
  });

  it('names the line of every problem', () => {
    const lines = [
      '{"text": "EU rejects", "label": [[0, 2, "ORG"]]}',
      '{"text": "broken',
      '{"data": "no text key"}',
      '{"text": "EU", "label": [[2, 0, "ORG"], [0, 2]]}',
      '{"text": "EU", "entities": [{"id": 1, "start_offset": 0, "end_offset": 2, "label": "ORG"}], "relations": [{"from_id": 1, "to_id": 9, "type": "x"}]}',
      '{"text": "great", "label": ["positive"]}',
    ].join('\n');
    const { problems, documents } = parseDoccano(lines, 'mixed.jsonl');
    expect(problems.map((p) => p.place)).toEqual([
      'mixed.jsonl:2',
      'mixed.jsonl:3',
      'mixed.jsonl:4',
      'mixed.jsonl:4',
      'mixed.jsonl:5',
      'mixed.jsonl:6',
    ]);
    expect(problems[0]?.message).toMatch(/^This line is not valid JSON/);
    expect(problems[1]?.message).toMatch(/no "text"/);
    expect(problems[2]?.message).toMatch(/^Span 1: The span 2–0 is empty or ends before it starts\./);
    expect(problems[3]?.message).toBe('Span 2 is not [start, end, "LABEL"].');
    expect(problems[4]?.message).toBe('Relation 1: no entity has the id 9.');
    expect(problems[5]?.message).toMatch(/text-classification/);
    expect(documents.map((d) => d.name)).toContain('mixed.jsonl:1');
  });

  it('refuses an empty file with one sentence', () => {
    expect(parseDoccano('\n \n', 'empty.jsonl').problems).toEqual([
      { place: 'empty.jsonl', message: 'The file holds no doccano examples.' },
    ]);
  });
});
