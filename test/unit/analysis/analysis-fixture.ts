import { join } from 'node:path';
import { ProjectStore } from '../../../main/store/project-store';
import type { ClaimDetails, Label } from '../../../shared/model/annotation';
import { articleInput } from '../support/article-input';
import { readSeedArticle } from '../support/seed-article';
import { SEED_CLAIM_TEXT, span } from '../support/text-span';

/** The second article: a denial with a dated claim. */
export const KREMLIN_TEXT =
  'Der Kreml erklärte, die Berichte seien falsch. Dmitri Peskow sagte, Russland plane keinen Angriff. Xi Jinping rief zu Gesprächen auf.';
/** The third: English, undated, a claim after an emoji (two UTF-16 units) by an unlinked claimant. */
export const ANALYSIS_TEXT =
  'Reuters 😀 reported: Analysts doubt that the talks in Beijing changed anything. Putin was not there.';

export interface AnalysisFixture {
  readonly store: ProjectStore;
  readonly articles: { readonly seed: number; readonly kremlin: number; readonly analysis: number };
  readonly entities: Readonly<Record<'xi' | 'schoigu' | 'putin' | 'china' | 'russia' | 'peskov', number>>;
  /** The claims' annotation ids: the seed's two, the Kremlin article's two, the analysis's one. */
  readonly claims: Readonly<Record<'xiFriends' | 'putinValues' | 'noAttack' | 'talks' | 'doubt', number>>;
  /** Claim attribute ids and value ids by name. */
  readonly attribute: (name: string) => number;
  readonly value: (attribute: string, name: string) => number;
}

/**
 * A small corpus whose numbers are counted by hand, for every analysis aggregation:
 *
 * | article (source, published, tag)          | mentions                                 | claims (claimant → about; stance, verdict, form)                                       |
 * | seed “Xi trifft Schoigu” (Xinhua, 2025-03-01, china) | Xi, Schoigu, Putin, China, Russland | xiFriends: Xi → China, Russland; supports, unverified, paraphrase                |
 * |                                           |                                          | putinValues: Schoigu → Putin, Xi; supports, unrated, direct quote                      |
 * | “Kreml dementiert” (TASS, 2025-03-10, russia) | Peskow, Russland, Xi                   | noAttack (dated 2025-03-09): Peskow → Russland; refutes, false, paraphrase             |
 * |                                           |                                          | talks: Xi → nobody; neutral, true, assertion                                           |
 * | “Analyse” (Reuters, no date, no tag)       | Putin                                    | doubt: the mention “Analysts” (no entity) → nobody; refutes, no verdict, no form         |
 */
export function analysisFixture(dir: string): AnalysisFixture {
  const store = ProjectStore.create(join(dir, 'Analysis.awb'), () => new Date('2025-04-01T10:00:00Z'));
  const labels = store.listLabels();
  const find = (predicate: (label: Label) => boolean, what: string): Label => {
    const found = labels.find(predicate);
    if (found === undefined) throw new Error(`no label ${what}`);
    return found;
  };
  const entityType = (name: string) => find((l) => l.kind === 'entity' && l.name === name, name).id;
  const claimLabel = find((l) => l.kind === 'claim', 'claim').id;
  const attribute = (name: string) =>
    find((l) => l.kind === 'claim-attribute' && l.parentId === null && l.name === name, name).id;
  const value = (attributeName: string, name: string) =>
    find((l) => l.parentId === attribute(attributeName) && l.name === name, `${attributeName}=${name}`).id;
  const attributes = (stance: string, verdict?: string, form?: string): ClaimDetails['attributes'] => ({
    [attribute('stance')]: value('stance', stance),
    ...(verdict === undefined ? {} : { [attribute('verdict')]: value('verdict', verdict) }),
    ...(form === undefined ? {} : { [attribute('form')]: value('form', form) }),
  });

  const person = entityType('Person');
  const location = entityType('Location');
  const entity = (name: string, typeLabelId: number) => store.createEntity({ typeLabelId, name }).id;
  const entities = {
    xi: entity('Xi Jinping', person),
    schoigu: entity('Sergei Schoigu', person),
    putin: entity('Wladimir Putin', person),
    china: entity('China', location),
    russia: entity('Russland', location),
    peskov: entity('Dmitri Peskow', person),
  };

  const article = (title: string, text: string, source: string, publishedAt: string | null, tags: string[]) => {
    const { id } = store.createArticle(articleInput(title, text, { source, publishedAt }));
    if (tags.length > 0) store.updateArticle(id, { tags });
    return { id, text: store.getArticle(id).text };
  };
  const mention = (articleId: number, text: string, phrase: string, entityId: number, typeLabelId = person) =>
    store.createAnnotation({ articleId, labelId: typeLabelId, fragments: [span(text, phrase)], entityId }).id;
  const claim = (articleId: number, text: string, phrase: string, details: ClaimDetails) =>
    store.createAnnotation({ articleId, labelId: claimLabel, fragments: [span(text, phrase)], claim: details }).id;

  const seed = article('Xi trifft Schoigu', readSeedArticle(), 'Xinhua', '2025-03-01', ['china']);
  mention(seed.id, seed.text, 'Xi Jinping', entities.xi);
  mention(seed.id, seed.text, 'Sergei Schoigu', entities.schoigu);
  mention(seed.id, seed.text, 'Putin', entities.putin);
  mention(seed.id, seed.text, 'China', entities.china, location);
  mention(seed.id, seed.text, 'Russland', entities.russia, location);
  const xiFriends = claim(seed.id, seed.text, SEED_CLAIM_TEXT, {
    claimantEntityId: entities.xi,
    aboutEntityIds: [entities.china, entities.russia],
    attributes: attributes('supports', 'unverified', 'paraphrase'),
  });
  const putinValues = claim(seed.id, seed.text, 'die aufrichtige Freundschaft', {
    claimantEntityId: entities.schoigu,
    aboutEntityIds: [entities.putin, entities.xi],
    attributes: attributes('supports', 'unrated', 'direct quote'),
  });

  const kremlin = article('Kreml dementiert', KREMLIN_TEXT, 'TASS', '2025-03-10', ['russia']);
  mention(kremlin.id, kremlin.text, 'Dmitri Peskow', entities.peskov);
  mention(kremlin.id, kremlin.text, 'Russland', entities.russia, location);
  mention(kremlin.id, kremlin.text, 'Xi Jinping', entities.xi);
  const noAttack = claim(kremlin.id, kremlin.text, 'Russland plane keinen Angriff', {
    claimantEntityId: entities.peskov,
    aboutEntityIds: [entities.russia],
    attributes: attributes('refutes', 'false', 'paraphrase'),
    date: '2025-03-09',
  });
  const talks = claim(kremlin.id, kremlin.text, 'rief zu Gesprächen auf', {
    claimantEntityId: entities.xi,
    aboutEntityIds: [],
    attributes: attributes('neutral', 'true', 'assertion'),
  });

  const analysis = article('Analyse', ANALYSIS_TEXT, 'Reuters', null, []);
  mention(analysis.id, analysis.text, 'Putin', entities.putin);
  const analysts = store.createAnnotation({
    articleId: analysis.id,
    labelId: person,
    fragments: [span(analysis.text, 'Analysts')],
  }).id;
  const doubt = claim(analysis.id, analysis.text, 'the talks in Beijing changed anything', {
    claimantAnnotationId: analysts,
    aboutEntityIds: [],
    attributes: attributes('refutes'),
  });

  return {
    store,
    articles: { seed: seed.id, kremlin: kremlin.id, analysis: analysis.id },
    entities,
    claims: { xiFriends, putinValues, noAttack, talks, doubt },
    attribute,
    value,
  };
}
