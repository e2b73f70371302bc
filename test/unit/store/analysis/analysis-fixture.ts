import { join } from 'node:path';
import { ProjectStore } from '../../../../main/store/project-store';
import type { Label } from '../../../../shared/model/annotation';
import { articleInput } from '../../support/article-input';
import { readSeedArticle } from '../../support/seed-article';
import { SEED_CLAIM_TEXT, span } from '../../support/text-span';

const TALKS = 'Putin said the talks were productive. Xi Jinping denied that trade had fallen.';
const GROWTH = 'Xi Jinping said growth would exceed five percent.';
const TRASHED = 'Xi Jinping said nothing would change.';

/**
 * The seed article and two more, every claim counted by hand:
 *
 * | article | source  | published  | tags          | Person mentions        | claims (claimant: stance / verdict)                                |
 * | seed    | Xinhua  | 2025-02-14 | china         | Xi, Schoigu, Lin, Putin | Xi: supports/unverified; Putin (about Xi): supports/–; Lin: neutral/true |
 * | talks   | Reuters | 2025-03-02 | russia        | Putin, Xi              | Putin (by mention only): supports/misleading; Xi: refutes/false    |
 * | growth  | Reuters | 2025-03-20 | russia, china | Xi                     | Xi: supports/unverified                                            |
 *
 * and a fourth article in the trash with a claim of Xi's that no count may include.
 */
export function analysisFixture(dir: string) {
  const store = ProjectStore.create(join(dir, 'Analysis.awb'));
  const labels = store.listLabels();
  const find = (kind: Label['kind'], name: string, parentId: number | null = null): Label => {
    const found = labels.find((l) => l.kind === kind && l.name === name && (l.parentId ?? null) === parentId);
    if (found === undefined) throw new Error(`no ${kind} label ${name}`);
    return found;
  };
  const person = find('entity', 'Person');
  const claimLabel = find('claim', 'Claim');
  const stance = find('claim-attribute', 'stance');
  const verdict = find('claim-attribute', 'verdict');
  const value = (attribute: Label, name: string) => find('claim-attribute', name, attribute.id).id;
  const entity = (name: string) => store.createEntity({ typeLabelId: person.id, name, aliases: [] });
  const xi = entity('Xi Jinping');
  const schoigu = entity('Sergei Schoigu');
  const lin = entity('Lin Jian');
  const putin = entity('Wladimir Putin');

  const article = (title: string, text: string, source: string, publishedAt: string, tags: string[]) => {
    const { id } = store.createArticle(articleInput(title, text, { source, publishedAt }));
    store.updateArticle(id, { tags });
    return { id, text: store.getArticle(id).text };
  };
  const mention = (at: { id: number; text: string }, phrase: string, entityId: number) =>
    store.createAnnotation({ articleId: at.id, labelId: person.id, fragments: [span(at.text, phrase)], entityId });
  const claim = (
    at: { id: number; text: string },
    phrase: string,
    claimant: { entityId?: number; annotationId?: number },
    values: { stance: string; verdict?: string },
    aboutEntityIds: number[] = [],
  ) =>
    store.createAnnotation({
      articleId: at.id,
      labelId: claimLabel.id,
      fragments: [span(at.text, phrase)],
      claim: {
        ...(claimant.entityId === undefined ? {} : { claimantEntityId: claimant.entityId }),
        ...(claimant.annotationId === undefined ? {} : { claimantAnnotationId: claimant.annotationId }),
        aboutEntityIds,
        attributes: {
          [stance.id]: value(stance, values.stance),
          ...(values.verdict === undefined ? {} : { [verdict.id]: value(verdict, values.verdict) }),
        },
      },
    });

  const seed = article('Xi trifft Schoigu', readSeedArticle(), 'Xinhua', '2025-02-14', ['china']);
  mention(seed, 'Xi Jinping', xi.id);
  mention(seed, 'Sergei Schoigu', schoigu.id);
  mention(seed, 'Lin Jian', lin.id);
  mention(seed, 'Wladimir Putin', putin.id);
  claim(seed, SEED_CLAIM_TEXT, { entityId: xi.id }, { stance: 'supports', verdict: 'unverified' });
  claim(seed, 'die aufrichtige Freundschaft', { entityId: putin.id }, { stance: 'supports' }, [xi.id]);
  claim(seed, 'als umfassende strategische Partner', { entityId: lin.id }, { stance: 'neutral', verdict: 'true' });

  const talks = article('Talks', TALKS, 'Reuters', '2025-03-02', ['russia']);
  const putinSaid = mention(talks, 'Putin', putin.id);
  mention(talks, 'Xi Jinping', xi.id);
  claim(
    talks,
    'the talks were productive',
    { annotationId: putinSaid.id },
    { stance: 'supports', verdict: 'misleading' },
  );
  claim(talks, 'trade had fallen', { entityId: xi.id }, { stance: 'refutes', verdict: 'false' });

  const growth = article('Growth', GROWTH, 'Reuters', '2025-03-20', ['russia', 'china']);
  mention(growth, 'Xi Jinping', xi.id);
  claim(growth, 'growth would exceed five percent', { entityId: xi.id }, { stance: 'supports', verdict: 'unverified' });

  const trashed = article('Trashed', TRASHED, 'Xinhua', '2025-01-01', ['china']);
  mention(trashed, 'Xi Jinping', xi.id);
  claim(trashed, 'nothing would change', { entityId: xi.id }, { stance: 'refutes', verdict: 'false' });
  store.trashArticles([trashed.id]);

  return {
    store,
    entities: { xi, schoigu, lin, putin },
    articles: { seed, talks, growth },
    labels: {
      person,
      claim: claimLabel,
      supports: value(stance, 'supports'),
      refutes: value(stance, 'refutes'),
      neutral: value(stance, 'neutral'),
      verdicts: Object.fromEntries(
        ['true', 'false', 'misleading', 'unverified'].map((name) => [name, value(verdict, name)]),
      ),
    },
  };
}
