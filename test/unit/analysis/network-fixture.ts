import { join } from 'node:path';
import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import { NO_ANALYSIS_FILTER } from '../../../shared/model/analysis-filter';
import type { Label } from '../../../shared/model/annotation';
import { ProjectStore } from '../../../main/store/project-store';
import { articleInput } from '../support/article-input';
import { readSeedArticle } from '../support/seed-article';

/**
 * The seed article and two short English ones, with mentions, claims and relations placed so
 * every network's numbers can be counted by hand (see network-aggregations.test.ts).
 */
export interface NetworkFixture {
  readonly store: ProjectStore;
  readonly entity: Record<'xi' | 'peking' | 'schoigu' | 'putin' | 'lin' | 'moscow' | 'lavrov', number>;
  readonly claim: Record<'xiBetonte' | 'xiPraised' | 'lavrovSaid' | 'schoiguMessage', number>;
  readonly label: (kind: Label['kind'], name: string, parent?: string) => number;
  filter(change: Partial<AnalysisFilter>): AnalysisFilter;
}

/** The UTF-16 span of the n-th (from 0) occurrence of `quote` in `text`. */
function spanOf(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" #${occurrence} is not in the text`);
  return { start, end: start + quote.length };
}

export function networkFixture(dir: string): NetworkFixture {
  const store = ProjectStore.create(join(dir, 'Networks.awb'));
  const labels = store.listLabels();
  const label = (kind: Label['kind'], name: string, parent?: string): number => {
    const parentId = parent === undefined ? null : label('claim-attribute', parent);
    const found = labels.find((l) => l.kind === kind && l.name === name && l.parentId === parentId);
    if (found === undefined) throw new Error(`no ${kind} label ${name}`);
    return found.id;
  };
  const person = label('entity', 'Person');
  const place = label('entity', 'Location');
  const entityOf = (name: string, typeLabelId: number) =>
    store.createEntity({ typeLabelId, name, aliases: [], externalIds: [] }).id;
  const entity = {
    xi: entityOf('Xi Jinping', person),
    peking: entityOf('Peking', place),
    schoigu: entityOf('Sergei Schoigu', person),
    putin: entityOf('Wladimir Putin', person),
    lin: entityOf('Lin Jian', person),
    moscow: entityOf('Moscow', place),
    lavrov: entityOf('Sergey Lavrov', person),
  };
  const typeOf = (entityId: number) => (entityId === entity.peking || entityId === entity.moscow ? place : person);

  const seedText = readSeedArticle();
  const seed = store.createArticle(
    articleInput('Xi trifft Schoigu', seedText, { source: 'RT DE', publishedAt: '2025-02-28' }),
  );
  const second = store.createArticle(
    articleInput('Moscow talks', 'Putin met Xi in Moscow. Xi praised Putin. Lavrov stayed in Moscow.', {
      source: 'Reuters',
      publishedAt: '2025-03-10',
    }),
  );
  const third = store.createArticle(
    articleInput('Beijing visit', 'Shoigu visited Beijing. Lavrov said nothing.', {
      source: 'Reuters',
      publishedAt: '2025-03-20',
    }),
  );
  const text = (articleId: number) => store.getArticle(articleId).text;
  const mention = (articleId: number, entityId: number, quote: string, occurrence = 0) =>
    store.createAnnotation({
      articleId,
      labelId: typeOf(entityId),
      fragments: [spanOf(text(articleId), quote, occurrence)],
      entityId,
    }).id;

  // Seed, by sentence: 1 Xi, Peking, Schoigu · 2 Xi · 4 Schoigu, Xi, Putin · 5 Peking, Lin.
  const xiInPeking = mention(seed.id, entity.xi, 'Xi Jinping');
  const peking = mention(seed.id, entity.peking, 'Peking');
  const schoiguInPeking = mention(seed.id, entity.schoigu, 'Sergei Schoigu');
  const xiBetonte = mention(seed.id, entity.xi, 'Xi betonte');
  const schoiguMessenger = mention(seed.id, entity.schoigu, 'Schoigu übermittelte');
  mention(seed.id, entity.xi, 'Präsident Xi die');
  mention(seed.id, entity.putin, 'Putin und erklärte');
  mention(seed.id, entity.peking, 'Peking', 1);
  mention(seed.id, entity.lin, 'Lin Jian');
  // Second: 1 Putin, Xi, Moscow · 2 Xi, Putin · 3 Lavrov, Moscow.
  mention(second.id, entity.putin, 'Putin');
  mention(second.id, entity.xi, 'Xi');
  mention(second.id, entity.moscow, 'Moscow');
  mention(second.id, entity.xi, 'Xi', 1);
  mention(second.id, entity.putin, 'Putin', 1);
  mention(second.id, entity.lavrov, 'Lavrov');
  mention(second.id, entity.moscow, 'Moscow', 1);
  // Third: 1 Schoigu, Peking · 2 Lavrov.
  const schoiguVisit = mention(third.id, entity.schoigu, 'Shoigu');
  const beijing = mention(third.id, entity.peking, 'Beijing');
  mention(third.id, entity.lavrov, 'Lavrov');

  const stance = (value: string) => ({
    [label('claim-attribute', 'stance')]: label('claim-attribute', value, 'stance'),
  });
  const claimLabel = label('claim', 'Claim');
  const claimOf = (
    articleId: number,
    quote: string,
    claim: { claimantEntityId?: number; claimantAnnotationId?: number; aboutEntityIds: number[]; stance: string },
  ) =>
    store.createAnnotation({
      articleId,
      labelId: claimLabel,
      fragments: [spanOf(text(articleId), quote)],
      claim: {
        claimantEntityId: claim.claimantEntityId,
        claimantAnnotationId: claim.claimantAnnotationId,
        aboutEntityIds: claim.aboutEntityIds,
        attributes: stance(claim.stance),
      },
    }).id;
  const claim = {
    xiBetonte: claimOf(seed.id, 'Xi betonte, dass China und Russland freundliche Nachbarn', {
      claimantEntityId: entity.xi,
      aboutEntityIds: [entity.putin],
      stance: 'supports',
    }),
    xiPraised: claimOf(second.id, 'Xi praised Putin.', {
      claimantEntityId: entity.xi,
      aboutEntityIds: [entity.putin],
      stance: 'supports',
    }),
    lavrovSaid: claimOf(third.id, 'Lavrov said nothing.', {
      claimantEntityId: entity.lavrov,
      aboutEntityIds: [entity.schoigu, entity.peking],
      stance: 'neutral',
    }),
    // The claimant given as a mention, not an entity.
    schoiguMessage: claimOf(seed.id, 'Schoigu übermittelte Präsident Xi die herzlichsten Grüße', {
      claimantAnnotationId: schoiguMessenger,
      aboutEntityIds: [entity.xi],
      stance: 'refutes',
    }),
  };

  const relation = (type: string, sourceAnnotationId: number, targetAnnotationId: number) =>
    store.createRelation({ typeLabelId: label('relation', type), sourceAnnotationId, targetAnnotationId });
  relation('located_in', schoiguInPeking, peking);
  relation('located_in', schoiguVisit, beijing);
  relation('located_in', xiInPeking, peking);
  relation('said_by', claim.xiBetonte, xiBetonte);

  return {
    store,
    entity,
    claim,
    label,
    filter: (change) => ({ ...NO_ANALYSIS_FILTER, ...change }),
  };
}
