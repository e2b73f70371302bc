import { describe, expect, it } from 'vitest';
import { joinContent } from '../../../main/interchange/export-content';
import { present } from '../support/present';
import { readExportSet } from '../../../main/interchange/export-set';
import type { ExportFormat } from '../../../main/interchange/export-format';
import { createCsvFormat, csvFormat } from '../../../main/interchange/formats/csv/csv-export';
import { useTempDir } from '../support/temp-dir';
import { createAnnotatedProject } from './support/annotated-fixture';

const noProgress = { articleDone: () => undefined };

function exportCsv(format: ExportFormat, dir: string, title?: string) {
  const { store, multilingualArticleId, seedArticleId } = createAnnotatedProject(dir);
  if (title !== undefined) store.updateArticle(seedArticleId, { title });
  const output = format.export(readExportSet(store, [seedArticleId, multilingualArticleId]), noProgress);
  if (output.kind !== 'folder') throw new Error('CSV is a folder of two tables');
  // The tables read the articles as they are made, so they are made before the store closes.
  const files = new Map([...output.files].map((file) => [file.path, String(joinContent(file.content))]));
  store.close();
  return { annotations: files.get('annotations.csv') ?? '', claims: files.get('claims.csv') ?? '' };
}

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted && char === '"' && text.charAt(i + 1) === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && text.charAt(i + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(present(header).map((name, i) => [name, row[i] ?? ''])));
}

describe('CSV tables', () => {
  const tempDir = useTempDir();

  it('writes UTF-8 with a byte order mark and CRLF rows, or without the mark when asked', () => {
    const withMark = exportCsv(csvFormat, tempDir());
    expect(withMark.annotations.startsWith('\uFEFFarticle_id,article_title,annotation_id,label')).toBe(true);
    expect(withMark.annotations.endsWith('\r\n')).toBe(true);
    // Outside quoted cells (a span across a line break keeps its \n), every row ends in CRLF.
    expect(withMark.annotations.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/);
    const withoutMark = exportCsv(createCsvFormat({ byteOrderMark: false }), tempDir());
    expect(withoutMark.annotations.startsWith('article_id,')).toBe(true);
  });

  it('counts offsets in code points, where emoji, flags and astral CJK take fewer than in UTF-16', () => {
    const rows = records(exportCsv(csvFormat, tempDir()).annotations);
    const multilingual = rows.filter((row) => (row.article_title ?? '').includes('multilingual'));
    const byText = (text: string) =>
      multilingual.find((row) => row.text === text) ?? rows.find((row) => row.text === text);
    const text = 'Tehran 🇮🇷 and Beijing 🇨🇳: the family emoji 👨‍👩‍👧 joined the talks.';
    expect(byText('Beijing')).toMatchObject({
      start_codepoint: String([...text.slice(0, text.indexOf('Beijing'))].length),
    });
    expect(byText('Beijing')?.start_codepoint).toBe('14');
    expect(byText('family … 👨‍👩‍👧')).toMatchObject({
      fragments_codepoint: '30-36;43-48',
      start_codepoint: '30',
      end_codepoint: '48',
    });
    expect(byText('continues.\nThe band')).toBeDefined();
    expect(byText('Xi Jinping')).toMatchObject({
      entity: 'Xi Jinping',
      entity_ids: 'wikidata:Q15031',
      label_kind: 'entity',
    });
  });

  it('puts claims with claimant, subjects and attributes in claims.csv', () => {
    const claims = records(exportCsv(csvFormat, tempDir()).claims);
    expect(claims).toHaveLength(2);
    expect(claims[0]).toMatchObject({
      claim: 'dass China und Russland freundliche Nachbarn und wahre Freunde seien',
      claimant: 'Xi Jinping',
      claimant_entity_ids: 'wikidata:Q15031',
      claimant_mention: 'Xi Jinping',
      about: 'China; Russland',
      date: '2025-02-28',
      stance: 'supports',
      verdict: 'unverified',
      form: 'paraphrase',
      note: 'Reported speech; compare with the Chinese readout.',
    });
    expect(claims[1]).toMatchObject({ claim: 'همکاری ادامه دارد', claimant: 'رئیس‌جمهور ایران', stance: 'neutral' });
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const { annotations } = exportCsv(csvFormat, tempDir(), '=HYPERLINK("http://evil.example","click")');
    const titles = records(annotations).map((row) => row.article_title);
    expect(titles).toContain('\'=HYPERLINK("http://evil.example","click")');
    expect(titles.some((title) => /^[=+\-@]/.test(title ?? ''))).toBe(false);
  });
});
