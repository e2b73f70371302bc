import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectStore } from '../../main/store/project-store';
import type { NewAnnotation } from '../../shared/model/annotation';
import { plainTextBlocks } from '../../shared/text/plain-text-blocks';
import { paragraph, sentence } from './generated-text';
import { pick, seededRandom } from './seeded-random';
import { type Span, wordSpans } from './word-spans';

/**
 * The corpus-scale project: at scale 1, 10,000 multilingual articles of 1–2 KB with 1,000,000
 * annotations (50–150 per article), linked to a registry of 20,000 entities whose mention counts
 * follow Zipf's law (the most frequent has ~87,000 mentions), one annotation in ten a claim with
 * attributes, claimant and a subject, one in ten a two-word mention overlapping a one-word mention
 * (so, with the claims over sentences, about a fifth overlap), and a relation per ten annotations.
 *
 * Bump GENERATOR_VERSION whenever what is generated changes: the cache is keyed by it.
 */
export const GENERATOR_VERSION = 1;
const BATCH_ARTICLES = 100;

export interface CorpusSize {
  articles: number;
  entities: number;
}

export function corpusSize(scale: number): CorpusSize {
  return { articles: Math.max(10, Math.round(10_000 * scale)), entities: Math.max(20, Math.round(20_000 * scale)) };
}

export interface GeneratedCorpus {
  path: string;
  articles: number;
  annotations: number;
  relations: number;
  entities: number;
  /** Seconds the generation took in the process that made the file (it is cached across runs). */
  generationSeconds: number;
  annotationsPerSecond: number;
  /** True when this process generated it, false when it came from the cache. */
  generatedNow: boolean;
}

function sentences(text: string): Span[] {
  return [...text.matchAll(/[^.。\n]+[.。]/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Draws entity indexes with probability proportional to 1 / rank (Zipf, s = 1). */
function zipf(random: () => number, count: number): () => number {
  const cumulative = new Float64Array(count);
  let sum = 0;
  for (let rank = 0; rank < count; rank++) cumulative[rank] = sum += 1 / (rank + 1);
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const memo = new Map<number, GeneratedCorpus>();

/**
 * Generates the project once per scale and generator version into a folder under the temp dir
 * and keeps it there (with a manifest) for later bench processes; delete the folder to regenerate.
 */
export function corpusProject(scale: number): GeneratedCorpus {
  const known = memo.get(scale);
  if (known !== undefined) return known;
  const dir = join(tmpdir(), `workbench-bench-corpus-v${GENERATOR_VERSION}-x${scale}`);
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const cached = { ...(JSON.parse(readFileSync(manifest, 'utf8')) as GeneratedCorpus), generatedNow: false };
    memo.set(scale, cached);
    return cached;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const corpus = generate(join(dir, 'Corpus bench.awb'), corpusSize(scale));
  writeFileSync(manifest, JSON.stringify(corpus, null, 2));
  memo.set(scale, corpus);
  return corpus;
}

function generate(path: string, size: CorpusSize): GeneratedCorpus {
  const started = performance.now();
  // A fixed clock: created_at orders the article list, and equal runs should store equal files.
  const store = ProjectStore.create(path, () => new Date('2025-03-01T12:00:00Z'));
  const random = seededRandom(11);
  const labels = store.listLabels();
  const entityTypes = labels.filter((label) => label.kind === 'entity').map((label) => label.id);
  const topLevel = (kind: string) => labels.filter((label) => label.kind === kind && label.parentId === null);
  const claimLabel = (topLevel('claim')[0] ?? { id: 0 }).id;
  const relationTypes = topLevel('relation').map((label) => label.id);
  const attributes = topLevel('claim-attribute').map((attribute) => ({
    id: attribute.id,
    values: labels.filter((label) => label.parentId === attribute.id).map((label) => label.id),
  }));
  const entityRank = zipf(random, size.entities);

  const entityIds: number[] = [];
  const entityTypeOf: number[] = [];
  store.atomically('Generate entities', () => {
    for (let i = 0; i < size.entities; i++) {
      const entity = store.createEntity({
        typeLabelId: pick(random, entityTypes),
        name: `${sentence(random).split(/\s/u)[0] ?? 'Entity'} ${i}`,
        aliases: i % 5 === 0 ? [`Alias ${i}`] : [],
        externalIds: i % 3 === 0 ? [{ scheme: 'wikidata', value: `Q${i + 1}` }] : [],
      });
      entityIds.push(entity.id);
      entityTypeOf.push(entity.typeLabelId);
    }
  });

  let annotations = 0;
  let relations = 0;
  let annotationSeconds = 0;
  for (let first = 0; first < size.articles; first += BATCH_ARTICLES) {
    store.atomically('Generate articles', () => {
      for (let a = first; a < Math.min(size.articles, first + BATCH_ARTICLES); a++) {
        const count = 50 + Math.floor(random() * 101);
        let text = [paragraph(random), paragraph(random)].join('\n\n');
        while (wordSpans(text).length < count * 1.4) text += `\n\n${paragraph(random)}`;
        const { id: articleId } = store.createArticle({
          title: sentence(random).slice(0, 80),
          text,
          blocks: plainTextBlocks(text),
          links: [],
          metadata: {
            source: `Source ${a % 40}`,
            url: `https://bench.example/${a}`,
            author: `Author ${a % 300}`,
            publishedAt: `2025-02-${String(1 + (a % 28)).padStart(2, '0')}`,
            language: null,
          },
          original: { bytes: Buffer.from(`${a}\n${text}`), name: `${a}.txt`, type: 'text/plain', encoding: 'utf-8' },
        });
        const spans = wordSpans(text);
        const claimSpans = sentences(text);
        const taken = new Set<number>();
        const inputs: NewAnnotation[] = [];
        const mention = (fragments: Span[]): NewAnnotation => {
          const entity = entityRank();
          return {
            articleId,
            labelId: entityTypeOf[entity] as number,
            fragments,
            entityId: entityIds[entity],
          };
        };
        while (inputs.length < count) {
          const kind = random();
          if (kind < 0.1 && claimSpans.length > 0) {
            inputs.push({
              articleId,
              labelId: claimLabel,
              fragments: [pick(random, claimSpans)],
              claim: {
                claimantEntityId: entityIds[entityRank()] as number,
                aboutEntityIds: [entityIds[entityRank()] as number],
                attributes: Object.fromEntries(
                  attributes.map((attribute) => [attribute.id, pick(random, attribute.values)]),
                ),
              },
            });
            continue;
          }
          let index = Math.floor(random() * spans.length);
          // One word each, every word at most once; a tenth span two words, over a one-word mention.
          for (let tries = 0; taken.has(index) && tries < spans.length; tries++) index = (index + 1) % spans.length;
          if (taken.has(index)) break;
          taken.add(index);
          const word = spans[index] as Span;
          const next = spans[index + 1];
          inputs.push(mention([word]));
          if (kind < 0.2 && next !== undefined && inputs.length < count) {
            inputs.push(mention([{ start: word.start, end: next.end }]));
          }
        }
        const annotationsStarted = performance.now();
        const created = store.createAnnotations(inputs);
        for (let i = 0; i + 1 < created.length; i += 10) {
          store.createRelation({
            typeLabelId: pick(random, relationTypes),
            sourceAnnotationId: (created[i] as { id: number }).id,
            targetAnnotationId: (created[i + 1] as { id: number }).id,
          });
          relations++;
        }
        annotationSeconds += (performance.now() - annotationsStarted) / 1000;
        annotations += created.length;
      }
    });
    if (first % 1000 === 0 && first > 0) {
      const seconds = (performance.now() - started) / 1000;
      console.log(`  generating: ${first} articles, ${annotations} annotations, ${seconds.toFixed(0)} s`);
    }
  }
  store.close();
  const generationSeconds = (performance.now() - started) / 1000;
  return {
    path,
    articles: size.articles,
    annotations,
    relations,
    entities: size.entities,
    generationSeconds,
    annotationsPerSecond: annotations / annotationSeconds,
    generatedNow: true,
  };
}
