import { join } from 'node:path';
import { articleFromPaste } from '../../../../main/library/pasted-article';
import { ProjectStore } from '../../../../main/store/project-store';
import type { Annotation, Label, TextFragment } from '../../../../shared/model/annotation';
import { readSeedArticle } from '../../support/seed-article';
import { SEED_CLAIM_TEXT, span } from '../../support/text-span';

/**
 * The multilingual article as it is pasted: CRLF line breaks (a Windows source), a decomposed
 * "Zoë" that NFC composes, a letter with a combining mark NFC cannot compose, a ZWJ family emoji,
 * flags, a skin tone, Persian (RTL, with a zero-width non-joiner), CJK and an astral CJK character.
 * Offsets in UTF-16, code points and the raw text all differ from the first emoji on.
 */
export const MULTILINGUAL_RAW_TEXT = [
  'Tehran 🇮🇷 and Beijing 🇨🇳: the family emoji 👨‍👩‍👧 joined the talks.',
  'رئیس‌جمهور ایران در تهران گفت که همکاری ادامه دارد.',
  '北京和莫斯科的合作 𠀀 continues.',
  'The band Spın̈al Tap 👍🏽 met Zoe\u0308 in Tehran.',
].join('\r\n');

export const MULTILINGUAL_TITLE = 'Tehran 🇮🇷 – Beijing 🇨🇳 (multilingual)';
export const SEED_TITLE = 'Xi trifft Schoigu';

/** A fixed clock, so everything the store stamps (created, updated) is the same on every run. */
export const FIXTURE_TIME = new Date('2025-03-01T12:00:00.000Z');

export interface AnnotatedProject {
  readonly store: ProjectStore;
  /** The project file, for formats and jobs that open their own connection. */
  readonly path: string;
  readonly seedArticleId: number;
  readonly multilingualArticleId: number;
}

/** The label of that kind and name (claim attribute values: pass the attribute as `parent`). */
export function labelNamed(store: ProjectStore, kind: Label['kind'], name: string, parent?: string): Label {
  const labels = store.listLabels();
  const parentId =
    parent === undefined ? null : labels.find((l) => l.kind === kind && l.parentId === null && l.name === parent)?.id;
  const found = labels.find((label) => label.kind === kind && label.name === name && label.parentId === parentId);
  if (found === undefined) throw new Error(`no ${kind} label ${name}`);
  return found;
}

/**
 * A project with two annotated articles, as an analyst leaves it: entities (with aliases, external
 * ids and a note) shared across both articles, entity mentions, discontinuous spans, claims with
 * claimant, subjects, attributes, date and note, relations with a note, article notes, document
 * labels and full metadata. Everything is made through the store's public methods.
 */
export function createAnnotatedProject(dir: string, fileName = 'Annotated.awb'): AnnotatedProject {
  const path = join(dir, fileName);
  const store = ProjectStore.create(path, () => FIXTURE_TIME);
  const label = (kind: Label['kind'], name: string, parent?: string) => labelNamed(store, kind, name, parent).id;
  const person = label('entity', 'Person');
  const organisation = label('entity', 'Organisation');
  const location = label('entity', 'Location');
  const other = label('entity', 'Other');
  const claim = label('claim', 'Claim');
  const stance = label('claim-attribute', 'stance');
  const form = label('claim-attribute', 'form');
  const verdict = label('claim-attribute', 'verdict');
  const saidBy = label('relation', 'said_by');
  const memberOf = label('relation', 'member_of');
  const locatedIn = label('relation', 'located_in');
  const politics = store.addLabel({ kind: 'document', name: 'Politics', color: '#1f77b4' }).id;
  const reviewed = store.addLabel({ kind: 'document', name: 'Reviewed', color: '#2ca02c' }).id;

  const xi = store.createEntity({
    typeLabelId: person,
    name: 'Xi Jinping',
    aliases: ['Xi', '习近平'],
    externalIds: [{ scheme: 'wikidata', value: 'Q15031' }],
    note: 'President of the People’s Republic of China since 2013.',
  }).id;
  const shoigu = store.createEntity({
    typeLabelId: person,
    name: 'Sergei Shoigu',
    aliases: ['Sergei Schoigu', 'Schoigu'],
    externalIds: [{ scheme: 'wikidata', value: 'Q201728' }],
  }).id;
  const securityCouncil = store.createEntity({
    typeLabelId: organisation,
    name: 'Security Council of Russia',
    aliases: ['Sicherheitsrat der Russischen Föderation'],
    externalIds: [{ scheme: 'url', value: 'http://www.scrf.gov.ru/' }],
  }).id;
  const beijing = store.createEntity({
    typeLabelId: location,
    name: 'Beijing',
    aliases: ['Peking', '北京'],
    externalIds: [
      { scheme: 'wikidata', value: 'Q956' },
      { scheme: 'geonames', value: '1816670' },
    ],
  }).id;
  const china = store.createEntity({ typeLabelId: location, name: 'China', externalIds: [] }).id;
  const russia = store.createEntity({ typeLabelId: location, name: 'Russland', aliases: ['Russia'] }).id;
  const tass = store.createEntity({ typeLabelId: organisation, name: 'TASS' }).id;
  const tehran = store.createEntity({
    typeLabelId: location,
    name: 'Tehran',
    aliases: ['تهران'],
    externalIds: [{ scheme: 'wikidata', value: 'Q3616' }],
  }).id;
  const iran = store.createEntity({ typeLabelId: location, name: 'Iran', aliases: ['ایران', '🇮🇷'] }).id;
  const president = store.createEntity({ typeLabelId: person, name: 'رئیس‌جمهور ایران' }).id;

  // --- The seed article (German news, an English tweet) -------------------------------------------
  const seed = store.createArticle(articleFromPaste({ title: SEED_TITLE, text: readSeedArticle() }));
  store.updateArticle(seed.id, {
    source: 'RT DE',
    url: 'https://de.rt.com/asien/238701-xi-trifft-schoigu/',
    author: 'RT DE',
    publishedAt: '2025-02-28',
    language: 'de',
    tags: ['China', 'Russland', 'Diplomatie'],
  });
  const seedText = store.getArticle(seed.id).text;
  const at = (phrase: string, occurrence = 1) => [span(seedText, phrase, occurrence)];
  const mention = (labelId: number, fragments: TextFragment[], entityId?: number): Annotation =>
    store.createAnnotation({
      articleId: seed.id,
      labelId,
      fragments,
      ...(entityId === undefined ? {} : { entityId }),
    });
  const xiMention = mention(person, at('Xi Jinping'), xi);
  const shoiguMention = mention(person, at('Sergei Schoigu'), shoigu);
  const councilMention = mention(organisation, at('Sicherheitsrates der Russischen Föderation'), securityCouncil);
  mention(location, at('Peking'), beijing);
  mention(person, at('Xi', 2), xi);
  mention(location, at('China', 1), china);
  mention(location, at('Russland', 1), russia);
  mention(organisation, at('TASS'), tass);
  mention(location, at('Beijing'), beijing);
  // Discontinuous: "Sekretär … Sicherheitsrates" with "des russischen" left out.
  const secretary = span(seedText, 'Sekretär des russischen Sicherheitsrates');
  mention(other, [
    { start: secretary.start, end: secretary.start + 'Sekretär'.length },
    { start: secretary.end - 'Sicherheitsrates'.length, end: secretary.end },
  ]);
  const seedClaim = store.createAnnotation({
    articleId: seed.id,
    labelId: claim,
    fragments: at(SEED_CLAIM_TEXT),
    claim: {
      claimantEntityId: xi,
      claimantAnnotationId: xiMention.id,
      aboutEntityIds: [china, russia],
      attributes: {
        [stance]: label('claim-attribute', 'supports', 'stance'),
        [form]: label('claim-attribute', 'paraphrase', 'form'),
        [verdict]: label('claim-attribute', 'unverified', 'verdict'),
      },
      date: '2025-02-28',
    },
    note: 'Reported speech; compare with the Chinese readout.',
  });
  store.createRelation({
    typeLabelId: saidBy,
    sourceAnnotationId: seedClaim.id,
    targetAnnotationId: xiMention.id,
  });
  const membership = store.createRelation({
    typeLabelId: memberOf,
    sourceAnnotationId: shoiguMention.id,
    targetAnnotationId: councilMention.id,
  });
  store.addNote({ kind: 'relation', relationId: membership.id }, 'Schoigu is the council’s secretary.');
  store.addNote({ kind: 'article', articleId: seed.id }, 'Source is state media; check against TASS.');
  store.setDocumentLabels(seed.id, [politics, reviewed]);

  // --- The multilingual article ---------------------------------------------------------------------
  const multi = store.createArticle(articleFromPaste({ title: MULTILINGUAL_TITLE, text: MULTILINGUAL_RAW_TEXT }));
  store.updateArticle(multi.id, { language: 'en', source: 'Fixture Wire', tags: ['Iran', '北京'] });
  const multiText = store.getArticle(multi.id).text;
  const on = (phrase: string, occurrence = 1) => [span(multiText, phrase, occurrence)];
  const annotate = (labelId: number, fragments: TextFragment[], entityId?: number): Annotation =>
    store.createAnnotation({
      articleId: multi.id,
      labelId,
      fragments,
      ...(entityId === undefined ? {} : { entityId }),
    });
  const tehranMention = annotate(location, on('Tehran'), tehran);
  const flagMention = annotate(location, on('🇮🇷'), iran);
  annotate(location, on('Beijing'), beijing);
  annotate(location, on('🇨🇳'), china);
  // Discontinuous around a ZWJ sequence: "family … 👨‍👩‍👧".
  const family = span(multiText, 'family emoji 👨‍👩‍👧');
  annotate(other, [
    { start: family.start, end: family.start + 'family'.length },
    { start: family.end - '👨‍👩‍👧'.length, end: family.end },
  ]);
  const presidentMention = annotate(person, on('رئیس‌جمهور ایران'), president);
  annotate(location, on('تهران'), tehran);
  annotate(location, on('北京'), beijing);
  annotate(location, on('莫斯科'));
  annotate(other, on('𠀀'));
  // Across a line break that was CRLF in the pasted text.
  annotate(other, on('continues.\nThe band'));
  annotate(organisation, on('Spın̈al Tap'));
  annotate(person, on('Zoë'));
  annotate(location, on('Tehran', 2), tehran);
  const persianClaim = store.createAnnotation({
    articleId: multi.id,
    labelId: claim,
    fragments: on('همکاری ادامه دارد'),
    claim: {
      claimantAnnotationId: presidentMention.id,
      aboutEntityIds: [iran],
      attributes: { [stance]: label('claim-attribute', 'neutral', 'stance') },
    },
  });
  store.createRelation({
    typeLabelId: saidBy,
    sourceAnnotationId: persianClaim.id,
    targetAnnotationId: presidentMention.id,
  });
  store.createRelation({
    typeLabelId: locatedIn,
    sourceAnnotationId: tehranMention.id,
    targetAnnotationId: flagMention.id,
  });
  store.setDocumentLabels(multi.id, [politics]);

  return { store, path, seedArticleId: seed.id, multilingualArticleId: multi.id };
}

/** An annotation as a reader compares it across formats: names, not row ids. */
export interface DescribedAnnotation {
  readonly label: string;
  readonly fragments: readonly TextFragment[];
  readonly text: string;
  readonly entity?: string;
}

/** An article's annotations by label name, offsets (UTF-16) and covered text, in text order. */
export function describeAnnotations(store: ProjectStore, articleId: number): DescribedAnnotation[] {
  const labels = new Map(store.listLabels().map((label) => [label.id, label]));
  const entities = new Map(store.listEntities().map((entity) => [entity.id, entity.name]));
  return store.listAnnotations(articleId).map((annotation) => {
    const entity = annotation.entityId === undefined ? undefined : entities.get(annotation.entityId);
    return {
      label: labels.get(annotation.labelId)?.name ?? '?',
      fragments: annotation.fragments,
      text: annotation.quote.exact,
      ...(entity === undefined ? {} : { entity }),
    };
  });
}

/** An article's relations as "type: from text → to text", sorted. */
export function describeRelations(store: ProjectStore, articleId: number): string[] {
  const labels = new Map(store.listLabels().map((label) => [label.id, label.name]));
  const annotations = new Map(store.listAnnotations(articleId).map((annotation) => [annotation.id, annotation]));
  const quote = (id: number) => annotations.get(id)?.quote.exact ?? `(annotation ${id} in another article)`;
  return store
    .listRelations(articleId)
    .map(
      (relation) =>
        `${labels.get(relation.typeLabelId) ?? '?'}: ${quote(relation.sourceAnnotationId)} → ${quote(relation.targetAnnotationId)}`,
    )
    .sort();
}

/** Articles' annotations and relations as a reader compares them, for round trips through a format. */
export function describeArticles(
  store: ProjectStore,
  articleIds: readonly number[],
): { annotations: DescribedAnnotation[]; relations: string[] }[] {
  return articleIds.map((id) => ({
    annotations: describeAnnotations(store, id),
    relations: describeRelations(store, id),
  }));
}
