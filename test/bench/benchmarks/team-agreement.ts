import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from '../../../main/store/project-store';
import type { LayerClaim } from '../../../shared/model/layer';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import type { Benchmark, Measurement } from '../benchmark';
import { paragraph, sentence } from '../generated-text';
import { pick, seededRandom } from '../seeded-random';
import { percentile } from '../statistics';
import { type Span, wordSpans } from '../word-spans';

const ARTICLES = 1_000;
const PER_LAYER = 100;
const REPEATS = 5;

interface Row {
  articleId: number;
  labelId: number;
  span: Span;
  claim?: LayerClaim;
}

/**
 * Agreement and curation over two colleagues' layers (issue 13): 1,000 multilingual articles, each
 * with ~100 annotations per layer (a tenth of them claims with a stance), the second layer a
 * variation of the first: 70 % the same, 10 % another boundary, 8 % another label, 6 % missing,
 * 6 % extra, and a third of the claims coded anew (claimant and stance drawn again). Each call
 * is timed as the reader worker serves it, JSON encoding included; CPU time beside wall time shows
 * how much of a wall-clock number is the machine's load.
 */
export const teamAgreement: Benchmark = {
  name: 'team-agreement',
  description: 'agreement.compute and curation.disagreements, 1,000 articles × 2 layers of ~100 annotations',
  run(workDir) {
    const path = join(workDir, 'team.awb');
    const { a, b, annotations } = generate(path);
    const reader = ProjectStore.openForReading(path);
    const call = (action: () => unknown) => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const size = JSON.stringify(action()).length;
      const used = process.cpuUsage(cpu);
      return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, size };
    };
    try {
      const agreement = Array.from({ length: REPEATS }, () => call(() => reader.computeAgreement({ layers: [a, b] })));
      const curation = Array.from({ length: REPEATS }, () => call(() => reader.curationDisagreements({ a, b })));
      const disagreements = reader.curationDisagreements({ a, b }).length;
      const measurements: Measurement[] = [
        { metric: 'layer annotations (both layers)', value: annotations, unit: 'annotations' },
        {
          metric: 'agreement.compute, p50',
          value: percentile(
            agreement.map((s) => s.ms),
            50,
          ),
          unit: 'ms',
        },
        {
          metric: 'agreement.compute, CPU p50',
          value: percentile(
            agreement.map((s) => s.cpuMs),
            50,
          ),
          unit: 'ms',
        },
        { metric: 'curation disagreements', value: disagreements, unit: 'disagreements' },
        {
          metric: 'curation.disagreements, p50',
          value: percentile(
            curation.map((s) => s.ms),
            50,
          ),
          unit: 'ms',
        },
        {
          metric: 'curation.disagreements, CPU p50',
          value: percentile(
            curation.map((s) => s.cpuMs),
            50,
          ),
          unit: 'ms',
        },
        { metric: 'curation.disagreements, JSON', value: (curation[0]?.size ?? 0) / 1024, unit: 'KiB' },
      ];
      return Promise.resolve(measurements);
    } finally {
      reader.close();
    }
  },
};

function generate(path: string): { a: number; b: number; annotations: number } {
  const store = ProjectStore.create(path, () => new Date('2025-03-01T12:00:00Z'));
  const random = seededRandom(13);
  const labels = store.listLabels();
  const entityTypes = labels.filter((label) => label.kind === 'entity').map((label) => label.id);
  const claimLabel = labels.find((label) => label.kind === 'claim')?.id ?? 0;
  const stance = labels.find((label) => label.kind === 'claim-attribute' && label.name === 'stance')?.id ?? 0;
  const stances = labels.filter((label) => label.parentId === stance).map((label) => label.id);
  const claim = (): LayerClaim => ({
    claimantName: `Person ${Math.floor(random() * 50)}`,
    aboutNames: [],
    aboutEntityIds: [],
    attributes: { [stance]: pick(random, stances) },
  });
  const first: Row[] = [];
  const second: Row[] = [];
  store.atomically('Generate articles', () => {
    for (let n = 0; n < ARTICLES; n++) {
      let text = [paragraph(random), paragraph(random)].join('\n\n');
      while (wordSpans(text).length < PER_LAYER * 1.4) text += `\n\n${paragraph(random)}`;
      const { id: articleId } = store.createArticle({
        title: sentence(random).slice(0, 80),
        text,
        blocks: plainTextBlocks(text),
        links: [],
        metadata: { source: 'Bench', url: null, author: null, publishedAt: null, language: null },
        original: { bytes: Buffer.from(`${n}\n${text}`), name: `${n}.txt`, type: 'text/plain', encoding: 'utf-8' },
      });
      const words = wordSpans(text);
      const sentences = [...text.matchAll(/[^.。\n]+[.。]/gu)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }));
      // Every other word only, so a boundary moved to the next word never lands on another annotation.
      const free = words.filter((_, index) => index % 2 === 0);
      for (let i = 0; i < PER_LAYER; i++) {
        const isClaim = i % 10 === 0 && sentences.length > 0;
        const span = isClaim ? pick(random, sentences) : free.splice(Math.floor(random() * free.length), 1)[0];
        if (span === undefined) break;
        const row: Row = isClaim
          ? { articleId, labelId: claimLabel, span, claim: claim() }
          : { articleId, labelId: pick(random, entityTypes), span };
        first.push(row);
        const roll = random();
        const next = words.find((word) => word.start > span.end);
        if (isClaim) second.push(random() < 1 / 3 ? { ...row, claim: claim() } : row);
        else if (roll < 0.7) second.push(row);
        else if (roll < 0.8 && next !== undefined) second.push({ ...row, span: { start: span.start, end: next.end } });
        else if (roll < 0.88) second.push({ ...row, labelId: pick(random, entityTypes) });
        else if (roll >= 0.94) second.push(row);
      }
      for (let extra = 0; extra < PER_LAYER * 0.06; extra++) {
        const span = free.splice(Math.floor(random() * free.length), 1)[0];
        if (span !== undefined) second.push({ articleId, labelId: pick(random, entityTypes), span });
      }
    }
  });
  store.close();
  const db = new DatabaseSync(path);
  try {
    db.exec('BEGIN');
    const a = insertLayer(db, 'Ana', first);
    const b = insertLayer(db, 'Ben', second);
    db.exec('COMMIT');
    return { a, b, annotations: first.length + second.length };
  } finally {
    db.close();
  }
}

function insertLayer(db: DatabaseSync, name: string, rows: readonly Row[]): number {
  const annotator = db
    .prepare("INSERT INTO annotator (uid, name, email, created_at) VALUES (?, ?, NULL, '2025-03-01T12:00:00Z')")
    .run(`bench-${name}`, name).lastInsertRowid;
  const layer = Number(
    db
      .prepare(
        `INSERT INTO layer (uid, name, annotator_id, format, file_names, imported_at)
         VALUES (?, ?, ?, 'bundle', '[]', '2025-03-01T12:00:00Z')`,
      )
      .run(`bench-layer-${name}`, name, annotator).lastInsertRowid,
  );
  const texts = new Map<number, string>();
  const text = db.prepare('SELECT text FROM article WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO layer_annotation (layer_id, article_id, uid, label_id, start, end, fragments_json, quote, claim_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  rows.forEach((row, index) => {
    let articleText = texts.get(row.articleId);
    if (articleText === undefined) {
      articleText = (text.get(row.articleId) as { text: string }).text;
      texts.set(row.articleId, articleText);
    }
    insert.run(
      layer,
      row.articleId,
      `${name}-${index}`,
      row.labelId,
      row.span.start,
      row.span.end,
      JSON.stringify([[row.span.start, row.span.end]]),
      articleText.slice(row.span.start, row.span.end),
      row.claim === undefined ? null : JSON.stringify(row.claim),
    );
  });
  return layer;
}
