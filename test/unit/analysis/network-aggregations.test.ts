import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import type { Network } from '../../../shared/model/analysis-network';
import { useTempDir } from '../support/temp-dir';
import { networkFixture, type NetworkFixture } from './network-fixture';

const tempDir = useTempDir();
let open: NetworkFixture | undefined;
afterEach(() => open?.store.close());

function fixture(): NetworkFixture {
  open = networkFixture(tempDir());
  return open;
}

/** Edges as "name – name: weight", names sorted within a pair, so the hand counts read plainly. */
function edgesOf(network: Network): string[] {
  const names = new Map(network.nodes.map((node) => [node.id, node.label]));
  return network.edges
    .map((edge) => {
      const pair = [names.get(edge.source) ?? edge.source, names.get(edge.target) ?? edge.target];
      return `${pair.sort().join(' – ')}: ${edge.weight}`;
    })
    .sort();
}

/** The co-occurrence network among up to 100 entities, every pair kept unless `limit` says otherwise. */
function cooccurrence(
  { store, filter }: NetworkFixture,
  scope: 'sentence' | 'article',
  change: Partial<AnalysisFilter> = {},
  { entities = 100, limit = 100 } = {},
): Network {
  return store.network({ kind: 'cooccurrence', filter: filter(change), scope, entities, limit });
}

function countsOf(network: Network): Record<string, number> {
  return Object.fromEntries(network.nodes.map((node) => [node.label, node.count]));
}

describe('co-occurrence network', () => {
  it('counts the sentences two entities share, with every mention counted on its entity', () => {
    const fx = fixture();
    const network = cooccurrence(fx, 'sentence');
    expect(edgesOf(network)).toEqual([
      'Lin Jian – Peking: 1',
      'Moscow – Sergey Lavrov: 1',
      'Moscow – Wladimir Putin: 1',
      'Moscow – Xi Jinping: 1',
      'Peking – Sergei Schoigu: 2',
      'Peking – Xi Jinping: 1',
      'Sergei Schoigu – Wladimir Putin: 1',
      'Sergei Schoigu – Xi Jinping: 2',
      'Wladimir Putin – Xi Jinping: 3',
    ]);
    expect(network.total).toBe(9);
    expect(countsOf(network)).toEqual({
      'Xi Jinping': 5,
      Peking: 3,
      'Sergei Schoigu': 3,
      'Wladimir Putin': 3,
      'Lin Jian': 1,
      Moscow: 2,
      'Sergey Lavrov': 2,
    });
  });

  it('counts the articles two entities share in article scope', () => {
    const fx = fixture();
    const network = cooccurrence(fx, 'article');
    expect(network.total).toBe(17);
    expect(edgesOf(network).filter((edge) => edge.endsWith(': 2'))).toEqual([
      'Peking – Sergei Schoigu: 2',
      'Wladimir Putin – Xi Jinping: 2',
    ]);
    expect(edgesOf(network)).toContain('Lin Jian – Wladimir Putin: 1');
  });

  it('keeps the strongest pairs only, and says how many there were', () => {
    const fx = fixture();
    const network = cooccurrence(fx, 'sentence', {}, { limit: 1 });
    expect(edgesOf(network)).toEqual(['Wladimir Putin – Xi Jinping: 3']);
    expect(network.nodes.map((node) => node.label).sort()).toEqual(['Wladimir Putin', 'Xi Jinping']);
    expect(network.total).toBe(9);
  });

  it('counts pairs among the most mentioned entities only', () => {
    const fx = fixture();
    // The two most mentioned: Xi (5) and, of the three with 3, the one created first (Peking).
    const network = cooccurrence(fx, 'sentence', {}, { entities: 2 });
    expect(edgesOf(network)).toEqual(['Peking – Xi Jinping: 1']);
  });

  it('narrows to the sentences that mention a filtered entity', () => {
    const fx = fixture();
    const { entity } = fx;
    const network = cooccurrence(fx, 'sentence', { entityIds: [entity.xi] });
    expect(edgesOf(network)).toEqual([
      'Moscow – Wladimir Putin: 1',
      'Moscow – Xi Jinping: 1',
      'Peking – Sergei Schoigu: 1',
      'Peking – Xi Jinping: 1',
      'Sergei Schoigu – Wladimir Putin: 1',
      'Sergei Schoigu – Xi Jinping: 2',
      'Wladimir Putin – Xi Jinping: 3',
    ]);
  });

  it('narrows by source and by a published month', () => {
    const fx = fixture();
    const bySource = cooccurrence(fx, 'article', { sources: ['Reuters'] });
    const byMonth = cooccurrence(fx, 'article', { publishedFrom: '2025-03', publishedTo: '2025-03' });
    expect(bySource.total).toBe(9);
    expect(byMonth).toEqual(bySource);
    expect(edgesOf(bySource).every((edge) => edge.endsWith(': 1'))).toBe(true);
  });

  it('leaves out articles in the trash', () => {
    const fx = fixture();
    const reuters = fx.store.listArticles().filter((article) => article.title !== 'Xi trifft Schoigu');
    fx.store.trashArticles(reuters.map((article) => article.id));
    const network = cooccurrence(fx, 'article');
    expect(network.total).toBe(10);
  });

  it('segments an edited text again', () => {
    const fx = fixture();
    const { store } = fx;
    const reuters = () => cooccurrence(fx, 'sentence', { sources: ['Reuters'] });
    expect(edgesOf(reuters())).toContain('Wladimir Putin – Xi Jinping: 2');
    const second = store.getArticle(store.listArticles().find((article) => article.title === 'Moscow talks')?.id ?? 0);
    const period = second.text.indexOf('. Xi praised');
    // "Putin met Xi in Moscow; Xi praised Putin." is one sentence: the pair counts once.
    store.editArticleText({
      id: second.id,
      changes: [{ from: period, to: period + 1, insertedText: ';' }],
      blocks: second.blocks,
    });
    expect(edgesOf(reuters())).toContain('Wladimir Putin – Xi Jinping: 1');
  });

  it('places a mention moved to another sentence anew, asked on the writer’s connection or a reader’s', () => {
    const fx = fixture();
    const { store } = fx;
    const reader = ProjectStore.openForReading(store.path, 'none');
    try {
      const reuters = (asked: ProjectStore) =>
        cooccurrence({ ...fx, store: asked }, 'sentence', { sources: ['Reuters'] });
      for (const asked of [store, reader]) {
        expect(edgesOf(reuters(asked))).toContain('Wladimir Putin – Xi Jinping: 2');
      }
      const talks = store.getArticle(store.listArticles().find((article) => article.title === 'Moscow talks')?.id ?? 0);
      const secondPutin = store
        .listAnnotations(talks.id)
        .filter((annotation) => annotation.quote.exact === 'Putin')
        .sort((a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0))[1];
      // "Xi praised Putin." loses its Putin to "Lavrov stayed in Moscow.": one shared sentence less.
      const lavrov = talks.text.indexOf('Lavrov');
      store.reattachAnnotation(secondPutin?.id ?? 0, [{ start: lavrov, end: lavrov + 'Lavrov'.length }]);
      for (const asked of [store, reader]) {
        const edges = edgesOf(reuters(asked));
        expect(edges).toContain('Wladimir Putin – Xi Jinping: 1');
        expect(edges).toContain('Sergey Lavrov – Wladimir Putin: 1');
      }
    } finally {
      reader.close();
    }
  });
});

describe('claim network', () => {
  it('links claimant to claim to what it is about, in the claim’s stance', () => {
    const { store, entity, claim, label, filter } = fixture();
    const network = store.network({ kind: 'claims', filter: filter({}), limit: 100 });
    const supports = label('claim-attribute', 'supports', 'stance');
    const refutes = label('claim-attribute', 'refutes', 'stance');
    expect(network.total).toBe(4);
    expect(network.edges).toEqual(
      expect.arrayContaining([
        { source: `e${entity.xi}`, target: `a${claim.xiBetonte}`, weight: 1, labelId: supports },
        { source: `a${claim.xiBetonte}`, target: `e${entity.putin}`, weight: 1, labelId: supports },
        // The claimant named by a mention counts as the mention's entity.
        { source: `e${entity.schoigu}`, target: `a${claim.schoiguMessage}`, weight: 1, labelId: refutes },
        { source: `a${claim.schoiguMessage}`, target: `e${entity.xi}`, weight: 1, labelId: refutes },
      ]),
    );
    expect(network.edges).toHaveLength(9);
    expect(countsOf(network)).toMatchObject({
      'Xi Jinping': 3,
      'Wladimir Putin': 2,
      'Sergei Schoigu': 2,
      'Sergey Lavrov': 1,
      Peking: 1,
      'Xi praised Putin.': 1,
    });
    expect(network.nodes.find((node) => node.annotationId === claim.xiPraised)?.labelId).toBe(supports);
  });

  it('places each claim node where its claim starts, so choosing it opens the article there', () => {
    const { store, entity, claim, filter } = fixture();
    const network = store.network({ kind: 'claims', filter: filter({}), limit: 100 });
    const moscowTalks = store.listArticles().find((article) => article.title === 'Moscow talks');
    if (moscowTalks === undefined) throw new Error('no Moscow talks article');
    const text = store.getArticle(moscowTalks.id).text;
    expect(network.nodes.find((node) => node.annotationId === claim.xiPraised)?.place).toEqual({
      articleId: moscowTalks.id,
      start: text.indexOf('Xi praised Putin.'),
    });
    expect(text.indexOf('Xi praised Putin.')).toBeGreaterThan(0);
    // An entity is filtered by, not opened.
    expect(network.nodes.find((node) => node.entityId === entity.xi)?.place).toBeNull();
  });

  it('keeps the claims of the most prolific claimant first, and those about a filtered entity', () => {
    const { store, entity, claim, filter } = fixture();
    const top = store.network({ kind: 'claims', filter: filter({}), limit: 2 });
    expect(top.nodes.filter((node) => node.annotationId !== null).map((node) => node.annotationId)).toEqual([
      claim.xiBetonte,
      claim.xiPraised,
    ]);
    const aboutSchoigu = store.network({ kind: 'claims', filter: filter({ entityIds: [entity.schoigu] }), limit: 100 });
    expect(aboutSchoigu.total).toBe(2);
    expect(aboutSchoigu.nodes.flatMap((node) => node.annotationId ?? []).sort()).toEqual(
      [claim.lavrovSaid, claim.schoiguMessage].sort(),
    );
  });

  it('narrows to claims with a chosen stance', () => {
    const { store, claim, label, filter } = fixture();
    const network = store.network({
      kind: 'claims',
      filter: filter({ labelIds: [label('claim-attribute', 'neutral', 'stance')] }),
      limit: 100,
    });
    expect(network.nodes.flatMap((node) => node.annotationId ?? [])).toEqual([claim.lavrovSaid]);
  });
});

describe('relation graph', () => {
  it('lifts relations to the entities of their ends, a claim staying a node of its own', () => {
    const { store, entity, claim, label, filter } = fixture();
    const network = store.network({ kind: 'relations', filter: filter({}), limit: 100 });
    const locatedIn = label('relation', 'located_in');
    const saidBy = label('relation', 'said_by');
    expect(network.edges).toEqual([
      { source: `e${entity.schoigu}`, target: `e${entity.peking}`, weight: 2, labelId: locatedIn },
      { source: `a${claim.xiBetonte}`, target: `e${entity.xi}`, weight: 1, labelId: saidBy },
      { source: `e${entity.xi}`, target: `e${entity.peking}`, weight: 1, labelId: locatedIn },
    ]);
    expect(network.total).toBe(3);
    expect(countsOf(network)).toMatchObject({ Peking: 3, 'Sergei Schoigu': 2, 'Xi Jinping': 2 });
    const seed = store.listArticles().find((article) => article.title === 'Xi trifft Schoigu');
    if (seed === undefined) throw new Error('no seed article');
    expect(network.nodes.find((node) => node.annotationId === claim.xiBetonte)?.place).toEqual({
      articleId: seed.id,
      start: store.getArticle(seed.id).text.indexOf('Xi betonte, dass China'),
    });
    expect(network.nodes.filter((node) => node.entityId !== null).every((node) => node.place === null)).toBe(true);
  });

  it('narrows to a relation type and to links touching a filtered entity', () => {
    const { store, entity, label, filter } = fixture();
    const saidBy = store.network({
      kind: 'relations',
      filter: filter({ labelIds: [label('relation', 'said_by')] }),
      limit: 100,
    });
    expect(saidBy.edges.map((edge) => edge.target)).toEqual([`e${entity.xi}`]);
    const schoigu = store.network({ kind: 'relations', filter: filter({ entityIds: [entity.schoigu] }), limit: 100 });
    expect(schoigu.edges).toHaveLength(1);
    expect(schoigu.edges[0]?.weight).toBe(2);
  });
});
