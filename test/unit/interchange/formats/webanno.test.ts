import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webannoFormat } from '../../../../main/interchange/formats/webanno/webanno-export';
import { escapeText, escapeValue } from '../../../../main/interchange/formats/webanno/webanno-escaping';
import type { ExportSet } from '../../../../main/interchange/export-set';
import {
  ANNOTATION,
  annotationById,
  buildAnnotation,
  buildArticle,
  exportedArticle,
  exportFixture,
  exportSetOf,
  oneArticleSet,
} from './support/export-set-fixture';
import { exportTextFolder } from './support/run-export';
import { expectedSpans } from './support/span-checks';
import { readTsv, spansInColumn, stackedValues, unescapeText, unescapeValue } from './support/webanno-tsv-reader';

const STANDARD = new URL('../../../../../shared/standards/webanno-tsv3/', import.meta.url);

const exportTsv = (set: ExportSet) => exportTextFolder(webannoFormat, set);

describe('WebAnno TSV 3.3 export', () => {
  const set = exportFixture();
  const { files, dropped, progress } = exportTsv(set);
  const parsed = files.map((file) => readTsv(file.content));
  const SPAN_COLUMNS = parsed[0]?.layers[0]?.features.length ?? 0;

  it('writes one file per article, named after its title, laid out like INCEpTION’s own files', () => {
    expect(files.map((file) => file.path)).toEqual([
      'Xi trifft Schoigu in Peking.tsv',
      'Notes_ Zürich _ تهران _ 北京.tsv',
    ]);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    // The reader accepts INCEpTION's reference files, so it checks the same layout in ours.
    for (const name of readdirSync(STANDARD).filter((file) => file.endsWith('.tsv'))) {
      expect(() => readTsv(readFileSync(new URL(name, STANDARD), 'utf8'))).not.toThrow();
    }
    expect(parsed[0]?.layers).toEqual([
      {
        kind: 'SP',
        type: 'webanno.custom.WorkbenchSpan',
        features: ['label', 'entity', 'stance', 'verdict', 'form', 'claimant', 'about', 'date', 'note'],
      },
      {
        kind: 'RL',
        type: 'webanno.custom.WorkbenchRelation',
        features: ['label', 'note', 'BT_webanno.custom.WorkbenchSpan'],
      },
    ]);
  });

  it('gives tokens UTF-16 offsets that slice the article text, sentence texts included', () => {
    set.articles.forEach((exported, i) => {
      const text = exported.article.text;
      for (const sentence of parsed[i]?.sentences ?? []) {
        for (const row of sentence.rows) expect(text.slice(row.begin, row.end)).toBe(row.token);
        const first = sentence.rows[0];
        const last = sentence.rows[sentence.rows.length - 1];
        expect(sentence.text).toBe(text.slice(first?.begin, last?.end));
      }
    });
    const flag = parsed[1]?.sentences.flatMap((s) => s.rows).find((row) => row.token === '🇨🇭');
    expect((flag?.end ?? 0) - (flag?.begin ?? 0)).toBe(4);
  });

  it('writes every piece of every placed annotation as a span over exactly its tokens', () => {
    set.articles.forEach((exported, i) => {
      const file = parsed[i];
      expect(file && spansInColumn(file, 0)).toEqual(expectedSpans(set, exported));
    });
  });

  it('stacks overlapping spans on a token with disambiguation ids and null features as *', () => {
    const rows = parsed[0]?.sentences.flatMap((s) => s.rows) ?? [];
    const council = rows.find((row) => row.token === 'Sicherheitsrates');
    expect(stackedValues(council?.columns[0] ?? '').map((v) => v.value)).toEqual(['Other', 'Organisation']);
    expect(stackedValues(council?.columns[0] ?? '').every((v) => v.id !== null)).toBe(true);
    expect(council?.columns[1]).toMatch(/^\*\[\d+\]\|Security Council of Russia\[\d+\]$/);
    const peking = rows.find((row) => row.token === 'Peking');
    expect(peking?.columns.slice(0, 2)).toEqual(['Location', 'Beijing']);
    const claimStart = rows.find((row) => row.begin === annotationById(set, ANNOTATION.claim).fragments[0]?.start);
    expect(claimStart?.columns.slice(0, SPAN_COLUMNS).map((column) => stackedValues(column)[0]?.value)).toEqual([
      'Claim',
      '*',
      'supports',
      'misleading',
      'paraphrase',
      'Xi Jinping',
      'China, Russia',
      '2025-02-28',
      'Official framing; no independent confirmation.',
    ]);
  });

  it('puts a relation on its target’s first token, naming the source token and both ids', () => {
    const rows = parsed[0]?.sentences.flatMap((s) => s.rows) ?? [];
    const xi = rows.find((row) => row.begin === annotationById(set, ANNOTATION.xi).fragments[0]?.start);
    const [label, note, source] = xi?.columns.slice(SPAN_COLUMNS) ?? [];
    expect(label).toBe('said\\_by');
    expect([label, note].map((column) => stackedValues(column ?? '')[0]?.value)).toEqual([
      'said_by',
      'Indirect speech.',
    ]);
    const [, sourceRowId, sourceId, targetId] = /^(\d+-\d+)\[(\d+)_(\d+)\]$/.exec(source ?? '') ?? [];
    const sourceRow = rows.find((row) => row.id === sourceRowId);
    expect(sourceRow?.begin).toBe(annotationById(set, ANNOTATION.claim).fragments[0]?.start);
    expect(stackedValues(sourceRow?.columns[0] ?? '').map((v) => v.id)).toContain(Number(sourceId));
    // "Xi" is a single token with nothing stacked on it: no id of its own.
    expect(targetId).toBe('0');
  });

  it('lists what the format cannot carry', () => {
    expect(dropped).toContainEqual(expect.stringMatching(/^“Schoigus Reise”.*no position/));
    expect(dropped).toContainEqual(expect.stringMatching(/discontinuous, exported as 2 separate spans \(TSV/));
    expect(dropped).toContainEqual(expect.stringMatching(/^Relation “located_in”.*different articles/));
    expect(dropped).toContain(
      'WebAnno TSV has no place for article notes and document labels: those of 1 article are not exported.',
    );
  });

  it('escapes reserved characters in values and control characters in sentence text', () => {
    expect(escapeValue('a|b_c[1]->*;\\ \t\n')).toBe('a\\|b\\_c\\[1\\]\\->\\*\\;\\\\ \\t\\n');
    expect(unescapeValue(escapeValue('a|b_c[1]->*;\\ \t\n'))).toBe('a|b_c[1]->*;\\ \t\n');
    expect(escapeText('C:\\temp\ttab\u0007bell\u000bvt')).toBe('C:\\\\temp\\ttab\\\u0007bell\u000bvt');
    const article = buildArticle(8, 'Escapes', 'Path C:\\x | a_b said [Ann].\n', { language: 'en' });
    const annotation = buildAnnotation(8, article.text, {
      id: 1,
      label: 'Person',
      phrases: ['Ann'],
      note: 'notes | with *stars* and\nlines',
    });
    const [file] = exportTsv(oneArticleSet(article, [annotation])).files;
    const tsv = readTsv(file?.content ?? '');
    expect(tsv.sentences[0]?.text).toBe('Path C:\\x | a_b said [Ann].');
    expect(file?.content).toContain('#Text=Path C:\\\\x | a_b said [Ann].\n');
    const ann = tsv.sentences[0]?.rows.find((row) => row.token === 'Ann');
    expect(ann?.columns[8]).toBe('notes \\| with \\*stars\\* and\\nlines');
    expect(unescapeText('a\\\\b')).toBe('a\\b');
  });

  it('names files safely and uniquely', () => {
    const article = (id: number, title: string) => exportedArticle(buildArticle(id, title, `Text ${id}.\n`));
    const { files: named } = exportTsv(
      exportSetOf([article(1, 'CON'), article(2, 'a/b: c?'), article(3, 'A/B: C?'), article(4, ' .. ')]),
    );
    expect(named.map((file) => file.path)).toEqual(['_CON.tsv', 'a_b_ c_.tsv', 'A_B_ C_ (2).tsv', 'article.tsv']);
  });
});
