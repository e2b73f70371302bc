import { createHash } from 'node:crypto';
import { buildTextQuote } from '../../../../../shared/annotation/text-quote';
import {
  Annotation,
  Entity,
  Label,
  Note,
  Relation,
  type ClaimDetails,
  type TextFragment,
} from '../../../../../shared/model/annotation';
import type { ProjectCharts } from '../../../../../shared/model/analysis-charts';
import { Article, type ArticleMetadata } from '../../../../../shared/model/article';
import { DEFAULT_ANNOTATION_SCHEMA } from '../../../../../shared/model/default-annotation-schema';
import { normalizeArticleText } from '../../../../../shared/text/normalize-text';
import { plainTextBlocks } from '../../../../../shared/text/plain-text-blocks';
import type { ExportProgress } from '../../../../../main/interchange/export-format';
import type { ExportedArticle, ExportSet } from '../../../../../main/interchange/export-set';
import { readSeedArticle } from '../../../support/seed-article';
import { SEED_CLAIM_TEXT, span } from '../../../support/text-span';

// An export snapshot built as plain data (no store): the default schema, a small entity registry,
// the seed article with nested, crossing, discontinuous, mid-word and orphaned annotations, two
// claims and relations, and a multilingual article whose UTF-16 and code-point offsets differ.

/** The default schema with fixed ids, in schema order: entity types, Claim, attributes and values, relations. */
const LABELS: readonly Label[] = buildLabels();

function buildLabels(): Label[] {
  const labels: Label[] = [];
  const add = (kind: Label['kind'], name: string, color: string, parentId: number | null = null) => {
    const position = labels.filter((label) => label.kind === kind && label.parentId === parentId).length;
    const label = Label.parse({ id: labels.length + 1, kind, name, parentId, color, hotkey: null, position });
    labels.push(label);
    return label.id;
  };
  const schema = DEFAULT_ANNOTATION_SCHEMA;
  for (const type of schema.entityTypes) add('entity', type.name, type.color);
  add('claim', schema.claim.name, schema.claim.color);
  for (const attribute of schema.claimAttributes) {
    const parent = add('claim-attribute', attribute.name, attribute.color);
    for (const value of attribute.values) add('claim-attribute', value.name, value.color, parent);
  }
  for (const type of schema.relationTypes) add('relation', type.name, type.color);
  add('document', 'Reviewed', '#333333');
  return labels;
}

/** The id of the label named `name` (a value is found under its attribute: `labelId('verdict', 'false')`). */
export function labelId(name: string, value?: string): number {
  const found = LABELS.find((label) => label.name === name && label.parentId === null);
  const wanted = value === undefined ? found : LABELS.find((l) => l.parentId === found?.id && l.name === value);
  if (wanted === undefined) throw new Error(`No label ${name}${value === undefined ? '' : `/${value}`}`);
  return wanted.id;
}

const ENTITY = {
  xi: 1,
  shoigu: 2,
  china: 3,
  russia: 4,
  securityCouncil: 5,
  beijing: 6,
  tass: 7,
  linJian: 8,
  trump: 9,
  zurich: 10,
  iranPresident: 11,
  tehran: 12,
  oyo: 13,
} as const;

const ENTITIES: readonly Entity[] = [
  entity(ENTITY.xi, 'Person', 'Xi Jinping', [{ scheme: 'wikidata', value: 'Q15031' }], ['习近平']),
  entity(ENTITY.shoigu, 'Person', 'Sergei Shoigu', [{ scheme: 'wikidata', value: 'Q315514' }], ['Schoigu', '紹伊古']),
  entity(ENTITY.china, 'Location', 'China', [{ scheme: 'wikidata', value: 'Q148' }]),
  entity(ENTITY.russia, 'Location', 'Russia', [{ scheme: 'wikidata', value: 'Q159' }], ['Russland']),
  entity(ENTITY.securityCouncil, 'Organisation', 'Security Council of Russia', [
    { scheme: 'url', value: 'http://www.scrf.gov.ru/' },
  ]),
  entity(ENTITY.beijing, 'Location', 'Beijing', [{ scheme: 'geonames', value: '1816670' }], ['Peking', '北京']),
  entity(ENTITY.tass, 'Organisation', 'TASS', [{ scheme: 'url', value: 'https://tass.com/' }]),
  entity(ENTITY.linJian, 'Person', 'Lin Jian', [{ scheme: 'other', value: 'MFA spokesperson' }]),
  entity(ENTITY.trump, 'Person', 'Donald Trump', [{ scheme: 'wikidata', value: 'Q22686' }]),
  entity(ENTITY.zurich, 'Location', 'Zürich', [{ scheme: 'wikidata', value: 'Q72' }]),
  entity(ENTITY.iranPresident, 'Person', 'President of Iran', []),
  entity(ENTITY.tehran, 'Location', 'Tehran', [{ scheme: 'wikidata', value: 'Q3616' }], ['تهران']),
  entity(ENTITY.oyo, 'Location', 'Ọ̀yọ́', []),
];

function entity(
  id: number,
  type: string,
  name: string,
  externalIds: Entity['externalIds'],
  aliases: string[] = [],
): Entity {
  return Entity.parse({ id, typeLabelId: labelId(type), name, aliases, externalIds });
}

/**
 * Four lines whose offsets differ between UTF-16 and code points (a ZWJ family emoji, a flag, an
 * astral CJK character), with Persian (RTL, with a zero-width non-joiner), CJK, a letter that keeps
 * its combining marks after NFC, and CRLF line ends as a Windows file brings them.
 */
const MULTILINGUAL_RAW_TEXT =
  'Family 👨‍👩‍👧 met in Zürich 🇨🇭 on Monday.\r\n' +
  'رئیس‌جمهور ایران در تهران گفت که مذاکرات ادامه دارد.\r\n' +
  '𠀋習近平在北京會見了紹伊古。\r\n' +
  'The Alaafin of Ọ̀yọ́ spoke in Lagos.\r\n';

const SEED_ARTICLE_ID = 1;
const MULTILINGUAL_ARTICLE_ID = 2;

export const ANNOTATION = {
  xiJinping: 1,
  peking: 2,
  sergeiSchoigu: 3,
  secretaryOfCouncil: 4,
  securityCouncil: 5,
  russianFederation: 6,
  claim: 7,
  xi: 8,
  china: 9,
  russland: 10,
  spokesperson: 11,
  tass: 12,
  tweetClaim: 13,
  orphan: 14,
  trump: 15,
  schoiguInWord: 16,
  family: 21,
  zurich: 22,
  iranPresident: 23,
  tehran: 24,
  persianClaim: 25,
  beijing: 26,
  shoigu: 27,
  oyo: 28,
} as const;

interface Spec {
  readonly id: number;
  readonly label: string;
  /** Phrases (with their occurrence) the fragments cover, in text order. */
  readonly phrases: readonly (string | readonly [string, number])[];
  readonly entityId?: number;
  readonly claim?: ClaimDetails;
  readonly note?: string;
  readonly orphaned?: boolean;
}

export function buildAnnotation(articleId: number, text: string, spec: Spec): Annotation {
  const fragments: TextFragment[] = spec.phrases.map((phrase) =>
    typeof phrase === 'string' ? span(text, phrase) : span(text, phrase[0], phrase[1]),
  );
  const quote = buildTextQuote(text, fragments);
  // An orphan keeps its quote but its stored offsets no longer point at it.
  const stale = spec.orphaned === true ? fragments.map((f) => ({ start: f.start - 5, end: f.end - 5 })) : fragments;
  return Annotation.parse({
    id: spec.id,
    articleId,
    labelId: labelId(spec.label),
    fragments: stale,
    quote: spec.orphaned === true ? { ...quote, prefix: '', suffix: '' } : quote,
    entityId: spec.entityId,
    claim: spec.claim,
    note: spec.note,
    orphaned: spec.orphaned ?? false,
  });
}

export function buildArticle(
  id: number,
  title: string,
  rawText: string,
  metadata: Partial<ArticleMetadata> = {},
): Article {
  const text = normalizeArticleText(rawText);
  return Article.parse({
    id,
    title,
    charCount: [...text].length,
    createdAt: '2025-03-01T08:00:00.000Z',
    deletedAt: null,
    metadata: { source: null, url: null, author: null, publishedAt: null, language: null, tags: [], ...metadata },
    text,
    blocks: plainTextBlocks(text),
    links: [],
    origin: {
      fileName: `${id}.txt`,
      mediaType: 'text/plain',
      encoding: 'utf-8',
      byteLength: Buffer.byteLength(rawText),
      contentHash: createHash('sha256').update(rawText).digest('hex'),
    },
  });
}

const relation = (id: number, type: string, sourceAnnotationId: number, targetAnnotationId: number): Relation =>
  Relation.parse({ id, typeLabelId: labelId(type), sourceAnnotationId, targetAnnotationId });

const RELATION = {
  claimSaidByXi: 1,
  claimAboutChina: 2,
  shoiguMemberOfCouncil: 3,
  tweetSaidBySpokesperson: 4,
  beijingInChina: 5,
  claimAboutOrphan: 6,
} as const;

function seedArticle(): ExportedArticle {
  const article = buildArticle(SEED_ARTICLE_ID, 'Xi trifft Schoigu in Peking', readSeedArticle(), {
    source: 'RT DE',
    url: 'https://de.rt.com/international/237000-xi-trifft-schoigu/',
    author: 'RT DE',
    publishedAt: '2025-02-28',
    language: 'de',
    tags: ['China', 'Russland'],
  });
  const a = (spec: Spec) => buildAnnotation(SEED_ARTICLE_ID, article.text, spec);
  const annotations = [
    a({ id: ANNOTATION.xiJinping, label: 'Person', phrases: ['Xi Jinping'], entityId: ENTITY.xi }),
    a({ id: ANNOTATION.peking, label: 'Location', phrases: ['Peking'], entityId: ENTITY.beijing }),
    a({ id: ANNOTATION.sergeiSchoigu, label: 'Person', phrases: ['Sergei Schoigu'], entityId: ENTITY.shoigu }),
    // Crosses the council span: each sticks out of the other.
    a({ id: ANNOTATION.secretaryOfCouncil, label: 'Other', phrases: ['Sekretär des Sicherheitsrates'] }),
    a({
      id: ANNOTATION.securityCouncil,
      label: 'Organisation',
      phrases: ['Sicherheitsrates der Russischen Föderation'],
      entityId: ENTITY.securityCouncil,
    }),
    // Nested inside the council span.
    a({
      id: ANNOTATION.russianFederation,
      label: 'Location',
      phrases: ['Russischen Föderation'],
      entityId: ENTITY.russia,
    }),
    a({
      id: ANNOTATION.claim,
      label: 'Claim',
      phrases: [SEED_CLAIM_TEXT],
      claim: {
        claimantEntityId: ENTITY.xi,
        claimantAnnotationId: ANNOTATION.xi,
        aboutEntityIds: [ENTITY.china, ENTITY.russia],
        attributes: {
          [labelId('stance')]: labelId('stance', 'supports'),
          [labelId('verdict')]: labelId('verdict', 'misleading'),
          [labelId('form')]: labelId('form', 'paraphrase'),
        },
        date: '2025-02-28',
      },
      note: 'Official framing; no independent confirmation.',
    }),
    a({ id: ANNOTATION.xi, label: 'Person', phrases: [['Xi', 2]], entityId: ENTITY.xi }),
    a({ id: ANNOTATION.china, label: 'Location', phrases: ['China'], entityId: ENTITY.china }),
    a({ id: ANNOTATION.russland, label: 'Location', phrases: ['Russland'], entityId: ENTITY.russia }),
    a({
      id: ANNOTATION.spokesperson,
      label: 'Person',
      phrases: ['Sprecher des chinesischen Außenministeriums', 'Lin Jian'],
      entityId: ENTITY.linJian,
    }),
    a({ id: ANNOTATION.tass, label: 'Organisation', phrases: ['TASS'], entityId: ENTITY.tass }),
    a({
      id: ANNOTATION.tweetClaim,
      label: 'Claim',
      phrases: ['#China and #Russia have maintained close high-level exchanges'],
      claim: {
        claimantAnnotationId: ANNOTATION.spokesperson,
        aboutEntityIds: [ENTITY.china, ENTITY.russia],
        attributes: {
          [labelId('stance')]: labelId('stance', 'neutral'),
          [labelId('verdict')]: labelId('verdict', 'true'),
        },
      },
    }),
    a({ id: ANNOTATION.orphan, label: 'Person', phrases: ['Schoigus Reise'], entityId: ENTITY.shoigu, orphaned: true }),
    a({ id: ANNOTATION.trump, label: 'Person', phrases: ['Donald Trump'], entityId: ENTITY.trump }),
    // Ends inside the word "Schoigus" ("Schoigus Besuch").
    a({ id: ANNOTATION.schoiguInWord, label: 'Person', phrases: [['Schoigu', 6]], entityId: ENTITY.shoigu }),
  ].sort((x, y) => (x.fragments[0]?.start ?? 0) - (y.fragments[0]?.start ?? 0));
  return {
    article,
    annotations,
    relations: [
      relation(RELATION.claimSaidByXi, 'said_by', ANNOTATION.claim, ANNOTATION.xi),
      relation(RELATION.claimAboutChina, 'about', ANNOTATION.claim, ANNOTATION.china),
      relation(RELATION.shoiguMemberOfCouncil, 'member_of', ANNOTATION.sergeiSchoigu, ANNOTATION.securityCouncil),
      relation(RELATION.tweetSaidBySpokesperson, 'said_by', ANNOTATION.tweetClaim, ANNOTATION.spokesperson),
      relation(RELATION.beijingInChina, 'located_in', ANNOTATION.beijing, ANNOTATION.china),
      relation(RELATION.claimAboutOrphan, 'about', ANNOTATION.claim, ANNOTATION.orphan),
    ],
    notes: [
      Note.parse({
        id: 1,
        target: { kind: 'article', articleId: SEED_ARTICLE_ID },
        text: 'State media; check against the TASS original.',
      }),
    ],
    documentLabelIds: [labelId('Reviewed')],
  };
}

function multilingualArticle(): ExportedArticle {
  const article = buildArticle(MULTILINGUAL_ARTICLE_ID, 'Notes: Zürich / تهران / 北京', MULTILINGUAL_RAW_TEXT, {
    publishedAt: '2025-03-02',
  });
  const a = (spec: Spec) => buildAnnotation(MULTILINGUAL_ARTICLE_ID, article.text, spec);
  return {
    article,
    annotations: [
      a({ id: ANNOTATION.family, label: 'Other', phrases: ['Family 👨‍👩‍👧'] }),
      a({ id: ANNOTATION.zurich, label: 'Location', phrases: ['Zürich 🇨🇭'], entityId: ENTITY.zurich }),
      a({
        id: ANNOTATION.iranPresident,
        label: 'Person',
        phrases: ['رئیس‌جمهور ایران'],
        entityId: ENTITY.iranPresident,
      }),
      a({ id: ANNOTATION.tehran, label: 'Location', phrases: ['تهران'], entityId: ENTITY.tehran }),
      a({
        id: ANNOTATION.persianClaim,
        label: 'Claim',
        phrases: ['مذاکرات ادامه دارد'],
        claim: {
          claimantAnnotationId: ANNOTATION.iranPresident,
          aboutEntityIds: [],
          attributes: { [labelId('verdict')]: labelId('verdict', 'unverified') },
          date: '2025-03-01',
        },
      }),
      a({ id: ANNOTATION.beijing, label: 'Location', phrases: ['北京'], entityId: ENTITY.beijing }),
      a({ id: ANNOTATION.shoigu, label: 'Person', phrases: ['紹伊古'], entityId: ENTITY.shoigu }),
      a({ id: ANNOTATION.oyo, label: 'Location', phrases: ['Ọ̀yọ́'], entityId: ENTITY.oyo }),
    ],
    relations: [relation(RELATION.beijingInChina, 'located_in', ANNOTATION.beijing, ANNOTATION.china)],
    notes: [],
    documentLabelIds: [],
  };
}

/** A snapshot held in memory, as the tests build it: its articles are an array. */
export type InMemoryExportSet = ExportSet & { readonly articles: readonly ExportedArticle[] };

/** The snapshot of these parts, looking annotations up in its articles; no annotators unless given. */
export function inMemorySet(
  parts: Omit<InMemoryExportSet, 'annotation' | 'annotators'> & Partial<Pick<InMemoryExportSet, 'annotators'>>,
): InMemoryExportSet {
  const annotations = new Map(
    parts.articles.flatMap(({ annotations: list }) => list).map((annotation) => [annotation.id, annotation]),
  );
  return { annotators: new Map(), ...parts, annotation: (id) => annotations.get(id) };
}

const chartLabel = (name: string, value?: string) => {
  const label = LABELS.find((candidate) => candidate.id === labelId(name, value));
  return { id: label?.id ?? 0, name: label?.name ?? name, color: label?.color ?? null };
};

/** The charts the report draws: small, with a source name that is markup. */
export const PROJECT_CHARTS: ProjectCharts = {
  claimsPerClaimant: {
    attribute: chartLabel('stance'),
    values: [chartLabel('stance', 'supports'), chartLabel('stance', 'refutes')],
    bars: [
      {
        key: { entityId: ENTITY.xi },
        name: 'Xi Jinping',
        total: 3,
        counts: [
          { valueId: labelId('stance', 'supports'), count: 2 },
          { valueId: labelId('stance', 'refutes'), count: 1 },
        ],
      },
    ],
    groups: 1,
  },
  verdictsPerSource: {
    attribute: chartLabel('verdict'),
    values: [chartLabel('verdict', 'false')],
    bars: [
      {
        key: { source: '<script>x</script>' },
        name: '<script>x</script>',
        total: 1,
        counts: [{ valueId: null, count: 1 }],
      },
    ],
    groups: 1,
  },
  codeMatrix: {
    rowsBy: 'source',
    labels: [chartLabel('Person'), chartLabel('Claim')],
    rows: [
      {
        key: { source: 'Xinhua' },
        name: 'Xinhua',
        total: 7,
        cells: [
          { labelId: labelId('Person'), count: 4 },
          { labelId: labelId('Claim'), count: 3 },
        ],
      },
    ],
    rowCount: 1,
  },
  timeline: {
    granularity: 'day',
    periods: [
      { period: '2025-02-14', claims: 3, mentions: 4 },
      { period: '2025-03-02', claims: 2, mentions: 2 },
    ],
  },
};

/** The standard snapshot: the seed article and the multilingual one. */
export function exportFixture(): InMemoryExportSet {
  return inMemorySet({
    projectName: 'Disinfo Monitor',
    exportedAt: '2025-03-03T09:30:00.000Z',
    labels: LABELS,
    entities: ENTITIES,
    relationNotes: new Map([
      [
        RELATION.claimSaidByXi,
        [
          Note.parse({
            id: 2,
            target: { kind: 'relation', relationId: RELATION.claimSaidByXi },
            text: 'Indirect speech.',
          }),
        ],
      ],
    ]),
    articles: [seedArticle(), multilingualArticle()],
    readOriginal,
    readCharts: () => PROJECT_CHARTS,
    layers: [],
    readLayerAnnotations: () => [],
  });
}

/** The fixture has no imported files: a few stand-in bytes serve the formats that carry originals. */
function readOriginal(articleId: number): { bytes: Uint8Array; name: string | null } {
  return { bytes: new TextEncoder().encode(`article ${articleId}`), name: `${articleId}.txt` };
}

/** A snapshot of the given articles with the fixture's schema and entities. */
export function exportSetOf(articles: readonly ExportedArticle[]): InMemoryExportSet {
  return inMemorySet({ ...exportFixture(), relationNotes: new Map(), articles });
}

export function exportedArticle(article: Article, annotations: readonly Annotation[] = []): ExportedArticle {
  return { article, annotations, relations: [], notes: [], documentLabelIds: [] };
}

/** A snapshot of one article with these annotations (and no relations or notes), with the fixture's schema and entities. */
export function oneArticleSet(article: Article, annotations: readonly Annotation[]): InMemoryExportSet {
  return exportSetOf([exportedArticle(article, annotations)]);
}

/** Records the progress calls an export makes. */
export function recordingProgress(): ExportProgress & { readonly calls: [number, number][] } {
  const calls: [number, number][] = [];
  return { calls, articleDone: (done, total) => void calls.push([done, total]) };
}

export function annotationById(set: ExportSet, id: number): Annotation {
  const found = set.annotation(id);
  if (found === undefined) throw new Error(`No annotation ${id}`);
  return found;
}
