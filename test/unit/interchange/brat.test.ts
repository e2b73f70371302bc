import { join } from 'node:path';
import { present } from '../support/present';
import { describe, expect, it } from 'vitest';
import { readExportSet } from '../../../main/interchange/export-set';
import { bratFormat } from '../../../main/interchange/formats/brat/brat-export';
import { parseBrat, parseBratDocuments, type BratDocument } from '../../../main/interchange/formats/brat/brat-parse';
import { claimReviewFormat, type ClaimReview } from '../../../main/interchange/formats/claimreview/claimreview-export';
import { joinContent } from '../../../main/interchange/export-content';
import { applyParsedAnnotations } from '../../../main/interchange/import/apply-parsed-annotations';
import type { ParsedDocument } from '../../../main/interchange/import/parsed-annotations';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { createAnnotatedProject, describeAnnotations, describeRelations } from './support/annotated-fixture';
import { exportTextFolder } from './formats/support/run-export';
import { expectRoundTrip } from './support/round-trip';
import { readStandard, standardFiles } from './support/standards';

const noProgress = { articleDone: () => undefined };

function exportBrat(store: ProjectStore, ids?: number[]) {
  return exportTextFolder(bratFormat, readExportSet(store, ids)).files;
}

function documentsOf(files: ReturnType<typeof exportBrat>): BratDocument[] {
  const text = new Map(files.map((file) => [file.path, file.content]));
  return files
    .filter((file) => file.path.endsWith('.ann'))
    .map((file) => ({
      annName: file.path,
      ann: file.content,
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
      .map((r) => `${key(r.type)}: ${spans.get(r.fromLocalId) ?? 'no span'} → ${spans.get(r.toLocalId) ?? 'no span'}`)
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

  /** Imports one brat document into a new project with the default schema. */
  function importBrat(text: string, ann: readonly string[]) {
    const store = ProjectStore.create(join(tempDir(), 'import.awb'));
    const parsed = parseBratDocuments([{ annName: 'doc.ann', text, ann: `${ann.join('\n')}\n` }]);
    const report = applyParsedAnnotations(store, parsed, ['doc.ann']);
    expect(report.problems).toEqual([]);
    const articleId = present(report.articles[0], 'imported article').articleId;
    return { store, report, articleId };
  }

  /** A T line for `phrase` (its code point offsets in `text`), as brat writes it. */
  function textBound(id: string, label: string, text: string, phrase: string, length = [...phrase].length): string {
    const start = [...text.slice(0, text.indexOf(phrase))].length;
    return `${id}\t${label} ${start} ${start + length}\t${[...phrase].slice(0, length).join('')}`;
  }

  it('drops an equivalence of a span with itself, which brat accepts, and imports the rest', () => {
    const text = 'Xi Jinping met Putin. Xi spoke.';
    const { store, report, articleId } = importBrat(text, [
      textBound('T1', 'Person', text, 'Xi Jinping'),
      textBound('T2', 'Person', text, 'Xi spoke', 2),
      '*\tEquiv T1 T1',
      '*\tEquiv T1 T2 T1',
    ]);
    expect(report.imported).toBe(true);
    expect(report.skipped).toEqual([
      { place: 'doc.ann:3', message: 'The equivalence names only T1, so it says nothing; it was left out.' },
    ]);
    expect(describeRelations(store, articleId)).toEqual(['Equiv: Xi Jinping → Xi']);
    store.close();
  });

  it('says that events were flattened, and gives events sharing a trigger a trigger span each', () => {
    const text = 'Expression of A and B was seen.';
    const { store, report, articleId } = importBrat(text, [
      textBound('T1', 'Gene_expression', text, 'Expression'),
      textBound('T2', 'Protein', text, 'A'),
      textBound('T3', 'Protein', text, 'B'),
      'E1\tGene_expression:T1 Theme:T2',
      'E2\tGene_expression:T1 Theme:T3',
      'A1\tNegation E2',
    ]);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^A brat event became its trigger span with one relation per argument.*\(2 times\)$/),
        expect.stringMatching(/^A brat event that shares its trigger with an earlier event got its own copy/),
      ]),
    );
    const annotations = store.listAnnotations(articleId);
    const triggers = annotations.filter((annotation) => annotation.quote.exact === 'Expression');
    expect(triggers).toHaveLength(2);
    // Each event's argument hangs off its own trigger, and E2's attribute is on E2's.
    const themeOf = (trigger: number) =>
      store
        .listRelations(articleId)
        .filter((relation) => relation.sourceAnnotationId === trigger)
        .map(
          (relation) => annotations.find((annotation) => annotation.id === relation.targetAnnotationId)?.quote.exact,
        );
    expect(triggers.map((trigger) => [themeOf(trigger.id), trigger.note])).toEqual([
      [['A'], undefined],
      [['B'], 'Negation: true'],
    ]);
    store.close();
  });

  it('leaves out spans inside a character (half a flag, a letter without its mark) and their relations', () => {
    const text = 'Flags 🇮🇷 and 🇨🇳 met Spın̈al Tap.';
    const { store, report, articleId } = importBrat(text, [
      textBound('T1', 'Location', text, '🇮🇷', 1),
      textBound('T2', 'Location', text, '🇨🇳'),
      textBound('T3', 'Organisation', text, 'Spın̈al Tap', 4),
      textBound('T4', 'Organisation', text, 'Spın̈al Tap'),
      'R1\tlocated_in Arg1:T4 Arg2:T1',
      'R2\tlocated_in Arg1:T4 Arg2:T2',
    ]);
    expect(report.imported).toBe(true);
    expect(describeAnnotations(store, articleId).map((annotation) => annotation.text)).toEqual(['🇨🇳', 'Spın̈al Tap']);
    expect(describeRelations(store, articleId)).toEqual(['located_in: Spın̈al Tap → 🇨🇳']);
    expect(report.skipped).toEqual([
      { place: 'doc.ann:1', message: expect.stringMatching(/^The span 6–7 .* character “🇮🇷”.*it was left out\.$/) },
      { place: 'doc.ann:3', message: expect.stringMatching(/character “n̈”/) },
      { place: 'doc.ann:5', message: 'It links T1, which was left out, so it was left out too.' },
    ]);
    store.close();
  });

  it('makes the speaker of a said_by relation the claim’s claimant, the author of its ClaimReview', () => {
    const text = 'Xi Jinping said the talks were fruitful.';
    const { store, articleId } = importBrat(text, [
      textBound('T1', 'Person', text, 'Xi Jinping'),
      'N1\tReference T1 Wikidata:Q15031\tXi Jinping',
      textBound('T2', 'Claim', text, 'the talks were fruitful'),
      'A1\tverdict T2 false',
      'R1\tsaid_by Arg1:T2 Arg2:T1',
    ]);
    const [xi, claim] = store.listAnnotations(articleId);
    expect(claim?.claim).toMatchObject({ claimantAnnotationId: xi?.id, claimantEntityId: xi?.entityId });
    expect(describeRelations(store, articleId)).toEqual(['said_by: the talks were fruitful → Xi Jinping']);
    const output = claimReviewFormat.export(readExportSet(store), noProgress);
    const [review] = JSON.parse(String(output.kind === 'file' ? joinContent(output.content) : '')) as ClaimReview[];
    expect(review?.itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'Xi Jinping',
      sameAs: 'https://www.wikidata.org/wiki/Q15031',
    });
    store.close();
  });
});
