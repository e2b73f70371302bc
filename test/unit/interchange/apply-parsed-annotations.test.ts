import { join } from 'node:path';
import { present } from '../support/present';
import { describe, expect, it } from 'vitest';
import { parseBratDocuments } from '../../../main/interchange/formats/brat/brat-parse';
import { applyParsedAnnotations } from '../../../main/interchange/import/apply-parsed-annotations';
import type { ParsedAnnotationFile } from '../../../main/interchange/import/parsed-annotations';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { MULTILINGUAL_RAW_TEXT, describeAnnotations } from './support/annotated-fixture';

/** Code point offsets of `phrase` in `text`, as brat and W3C count. */
function codePoints(text: string, phrase: string, occurrence = 1): [number, number] {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`no ${phrase}`);
  const start = [...text.slice(0, at)].length;
  return [start, start + [...phrase].length];
}

function brat(ann: string[], text = MULTILINGUAL_RAW_TEXT): ParsedAnnotationFile {
  return parseBratDocuments([{ annName: 'raw.ann', text, ann: `${ann.join('\n')}\n` }]);
}

/** What the project holds, to show a refused import changed nothing. */
function snapshot(store: ProjectStore) {
  return {
    articles: store.listArticles().length,
    labels: store.listLabels().length,
    entities: store.listEntities().length,
  };
}

describe('applying parsed annotations', () => {
  const tempDir = useTempDir();

  it('maps code points of a CRLF, decomposed text to the stored NFC text with \\n line breaks', () => {
    const store = ProjectStore.create(join(tempDir(), 'apply.awb'));
    const raw = MULTILINGUAL_RAW_TEXT;
    const span = (id: string, label: string, phrase: string, occurrence = 1) => {
      const [start, end] = codePoints(raw, phrase, occurrence);
      return `${id}\t${label} ${start} ${end}\t${phrase.replace(/\r\n/g, ' ')}`;
    };
    const report = applyParsedAnnotations(
      store,
      brat([
        span('T1', 'Location', '🇮🇷'),
        span('T2', 'Other', '👨‍👩‍👧'),
        span('T3', 'Person', 'رئیس‌جمهور ایران'),
        span('T4', 'Location', '北京'),
        span('T5', 'Other', '𠀀'),
        span('T6', 'Other', 'continues.\r\nThe band'),
        span('T7', 'Organisation', 'Spın̈al Tap'),
        span('T8', 'Person', 'Zoe\u0308'),
        span('T9', 'Location', 'Tehran', 2),
        'N1\tReference T9 Wikidata:Q3616\tTehran',
        'R1\tlocated_in Arg1:T9 Arg2:T1\t',
        'A1\tIndividual T3',
        '#1\tAnnotatorNotes T2\tA family',
      ]),
      ['raw.ann'],
    );
    expect(report.problems).toEqual([]);
    expect(report.imported).toBe(true);
    const article = present(report.articles[0]);
    expect(article).toMatchObject({ annotations: 9, relations: 1 });
    const text = store.getArticle(article.articleId).text;
    expect(text).not.toContain('\r');
    const found = describeAnnotations(store, article.articleId);
    for (const annotation of found) {
      const [first] = annotation.fragments;
      expect(text.slice(first?.start, first?.end)).toBe(annotation.text);
    }
    expect(found.map((a) => a.text)).toEqual([
      '🇮🇷',
      '👨‍👩‍👧',
      'رئیس‌جمهور ایران',
      '北京',
      '𠀀',
      'continues.\nThe band',
      'Spın̈al Tap',
      'Zoë',
      'Tehran',
    ]);
    expect(found.find((a) => a.text === 'Tehran')).toMatchObject({ entity: 'Tehran' });
    expect(report.entitiesCreated).toBe(1);
    expect(report.warnings).toEqual([expect.stringMatching(/Only claims have attributes/)]);
    store.close();
  });

  it('reports every wrong span line by line and imports nothing, not even the right ones', () => {
    const store = ProjectStore.create(join(tempDir(), 'refused.awb'));
    const before = snapshot(store);
    const raw = MULTILINGUAL_RAW_TEXT;
    const [tehranStart, tehranEnd] = codePoints(raw, 'Tehran');
    const breakAt = raw.indexOf('\r\n');
    const [zoeStart] = codePoints(raw, 'Zoe\u0308');
    const report = applyParsedAnnotations(
      store,
      brat([
        `T1\tLocation ${tehranStart} ${tehranEnd}\tTehran`,
        `T2\tLocation ${tehranStart} ${tehranEnd}\tTeheran`,
        `T3\tLocation 5 9999\tfar away`,
        `T4\tOther ${[...raw.slice(0, breakAt)].length - 2} ${[...raw.slice(0, breakAt)].length + 1}\t.`,
        `T5\tPerson ${zoeStart} ${zoeStart + 3}\tZoe`,
        'R1\tlocated_in Arg1:T1 Arg2:T99\t',
        'X1\tsomething else',
      ]),
      ['raw.ann'],
    );
    expect(report.imported).toBe(false);
    expect(report.articles).toEqual([]);
    expect(report.problems.map((p) => p.place)).toEqual([
      'raw.ann:7',
      'raw.ann:2',
      'raw.ann:3',
      'raw.ann:4',
      'raw.ann:5',
      'raw.ann:6',
    ]);
    const message = (place: string) => report.problems.find((p) => p.place === place)?.message;
    expect(message('raw.ann:2')).toMatch(/covers “Teheran”, but the text there is “Tehran”/);
    expect(message('raw.ann:3')).toMatch(/outside the text/);
    expect(message('raw.ann:4')).toMatch(/between the \\r and the \\n/);
    expect(message('raw.ann:5')).toMatch(/composed form/);
    expect(message('raw.ann:6')).toMatch(/T99/);
    expect(snapshot(store)).toEqual(before);
    store.close();
  });

  it('refuses a UTF-16 offset between the halves of an emoji', () => {
    const store = ProjectStore.create(join(tempDir(), 'surrogate.awb'));
    const text = 'Flag 🇮🇷 here';
    const start = text.indexOf('🇮🇷');
    const report = applyParsedAnnotations(
      store,
      {
        documents: [
          {
            name: 'doc',
            text,
            offsetUnit: 'utf16-code-units',
            spans: [
              { localId: 'a', place: 'doc:1', label: 'Location', fragments: [{ start: start + 1, end: start + 4 }] },
            ],
            relations: [],
          },
        ],
        problems: [],
      },
      ['doc'],
    );
    expect(report.problems).toEqual([{ place: 'doc:1', message: expect.stringMatching(/falls inside a character/) }]);
    expect(store.listArticles()).toEqual([]);
    store.close();
  });

  it('adds labels the project lacks and says so; matches labels written without spaces or slashes', () => {
    const store = ProjectStore.create(join(tempDir(), 'labels.awb'));
    const text = 'Am 1. März traf GPE-Delegation ein.';
    const report = applyParsedAnnotations(
      store,
      brat(['T1\tDate_Time 3 10\t1. März', 'T2\tGPE 16 19\tGPE', 'R1\tsaid_by Arg1:T1 Arg2:T2\t'], text),
      ['labels.ann'],
    );
    expect(report.problems).toEqual([]);
    expect(report.labelsAdded).toEqual(['entity type “GPE”']);
    const labels = describeAnnotations(store, present(report.articles[0]).articleId).map((a) => a.label);
    expect(labels).toEqual(['Date/Time', 'GPE']);
    store.close();
  });
});
