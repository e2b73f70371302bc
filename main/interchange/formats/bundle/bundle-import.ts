import { buildTextQuote } from '../../../../shared/annotation/text-quote';
import { WorkbenchError } from '../../../../shared/ipc/errors';
import { FRAGMENT_QUOTE_SEPARATOR, type ClaimDetails, type Label } from '../../../../shared/model/annotation';
import type { AnnotationImportReport, ImportProblem } from '../../../../shared/model/interchange';
import { blockLayoutProblem } from '../../../../shared/text/block-layout';
import { normalizeArticleText } from '../../../../shared/text/normalize-text';
import type { FileToImport } from '../../../import-formats/file-to-import';
import { formatBytes } from '../../../library/import/import-limits';
import type { ArticleInput } from '../../../store/article-repository';
import type { ProjectStore } from '../../../store/project-store';
import { EntityResolver } from '../../import/entity-resolver';
import { fragmentProblem } from '../../import/fragment-problem';
import { emptyImportReport, refusedImportReport } from '../../import/import-report';
import { LabelResolver } from '../../import/label-resolver';
import { BundleAuthorshipRestorer, checkBundleAuthorship } from './bundle-authorship-import';
import { checkBundleLayers, mergeBundleLayers } from './bundle-layers-import';
import { checkedOriginal, declaredOriginal } from './bundle-originals';
import {
  BUNDLE_FORMAT,
  BUNDLE_LIMITS,
  BUNDLE_VERSION,
  Bundle,
  type BundleAnnotation,
  type BundleArticle,
  type BundleLabel,
  type BundleNote,
} from './bundle-schema';

const MAX_SCHEMA_PROBLEMS = 50;

/** A bundle file read and checked, or the problems that mean nothing of it may be imported. */
export type BundleRead =
  | { readonly fileName: string; readonly bundle: Bundle }
  | { readonly fileName: string; readonly problems: ImportProblem[] };

/** Reads and checks a bundle file; the problems say where, and mean nothing may be imported. */
export function readBundle(file: FileToImport): BundleRead {
  const fileName = file.name;
  const refuse = (message: string) => ({ fileName, problems: [{ place: fileName, message }] });
  if (file.bytes.byteLength > BUNDLE_LIMITS.maxFileBytes) {
    return refuse(
      `The bundle is ${formatBytes(file.bytes.byteLength, 'up')}; bundles of up to ${formatBytes(BUNDLE_LIMITS.maxFileBytes)} can be imported.`,
    );
  }
  const json = file.json();
  if (!json.ok) return refuse('This is not a bundle: it is not valid UTF-8 JSON.');
  const value = json.value;
  const head = (typeof value === 'object' && value !== null ? value : {}) as { format?: unknown; version?: unknown };
  if (head.format !== BUNDLE_FORMAT) return refuse('This JSON file is not an Annotation Workbench bundle.');
  if (typeof head.version === 'number' && head.version > BUNDLE_VERSION) {
    return refuse(
      `The bundle was written by a newer version of Annotation Workbench (bundle version ${head.version}); update the app to import it.`,
    );
  }
  const parsed = Bundle.safeParse(value);
  if (!parsed.success) {
    return {
      fileName,
      problems: parsed.error.issues.slice(0, MAX_SCHEMA_PROBLEMS).map((issue) => ({
        place: `${fileName} › ${issue.path.join('.')}`,
        message: issue.message,
      })),
    };
  }
  const problems = checkBundle(parsed.data, fileName);
  return problems.length > 0 ? { fileName, problems } : { fileName, bundle: parsed.data };
}

/** Every reference resolves, every annotation fits its text and quotes what it says it quotes. */
function checkBundle(bundle: Bundle, fileName: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const problem = (place: string, message: string) => problems.push({ place: `${fileName} › ${place}`, message });
  const labels = uniqueIds(bundle.labels, 'label', problem);
  const entities = uniqueIds(bundle.entities, 'entity', problem);
  const kindOf = (ref: string) => labels.get(ref)?.kind;
  const needLabel = (place: string, ref: string, kinds: readonly Label['kind'][], what: string) => {
    const kind = kindOf(ref);
    if (kind === undefined) problem(place, `It refers to ${ref}, which the bundle does not define.`);
    else if (!kinds.includes(kind)) problem(place, `${ref} is not ${what}.`);
  };
  const needEntity = (place: string, ref: string) => {
    if (!entities.has(ref)) problem(place, `It refers to ${ref}, which the bundle does not define.`);
  };

  for (const label of bundle.labels) {
    if (label.parent === null) continue;
    const parent = labels.get(label.parent);
    if (label.kind !== 'claim-attribute' || parent?.kind !== 'claim-attribute' || parent.parent !== null) {
      problem(label.id, `“${label.name}” must be a value of a claim attribute.`);
    }
  }
  for (const entity of bundle.entities) needLabel(entity.id, entity.type, ['entity'], 'an entity type');

  const annotationArticle = new Map<string, string>();
  for (const article of bundle.articles) {
    for (const annotation of article.annotations) {
      if (annotationArticle.has(annotation.id)) problem(annotation.id, `${annotation.id} is defined twice.`);
      annotationArticle.set(annotation.id, article.id);
    }
  }
  for (const article of bundle.articles) {
    const where = `${article.id} “${article.title}”`;
    if (normalizeArticleText(article.text) !== article.text) {
      problem(where, 'Its text is not in the stored form (NFC, \\n line breaks), so its offsets cannot be trusted.');
    }
    const layout = blockLayoutProblem(article.blocks, article.text.length);
    if (layout !== null) problem(where, `Its paragraphs do not fit its text, so it could not be shown: ${layout}`);
    for (const link of article.links) {
      if (link.start > link.end || link.end > article.text.length) {
        problem(`${where} › link ${link.start}–${link.end}`, 'It lies outside the text.');
      }
    }
    for (const ref of article.documentLabels) needLabel(where, ref, ['document'], 'a document label');
    for (const annotation of article.annotations) {
      const place = `${where} › ${annotation.id}`;
      needLabel(place, annotation.label, ['entity', 'claim'], 'an entity type or the claim label');
      if (annotation.entity !== null) needEntity(place, annotation.entity);
      const textProblem = annotationTextProblem(article, annotation);
      if (textProblem !== null) problem(place, textProblem);
      const claim = annotation.claim;
      if (claim === null) continue;
      if (kindOf(annotation.label) !== 'claim') problem(place, 'Only a claim has a claimant and claim attributes.');
      if (claim.claimantEntity !== null) needEntity(place, claim.claimantEntity);
      for (const ref of claim.about) needEntity(place, ref);
      if (claim.claimantAnnotation !== null && annotationArticle.get(claim.claimantAnnotation) !== article.id) {
        problem(place, `The claimant ${claim.claimantAnnotation} is not an annotation of the same article.`);
      }
      for (const [attribute, value] of claim.attributes) {
        if (labels.get(value)?.parent !== attribute || labels.get(attribute)?.parent !== null) {
          problem(place, `${value} is not a value of the claim attribute ${attribute}.`);
        }
      }
    }
  }
  checkBundleLayers(
    bundle,
    {
      labels: new Map([...labels].map(([id, { kind, parent }]) => [id, { kind, parent }])),
      entities: new Set(entities.keys()),
    },
    problem,
  );
  for (const relation of bundle.relations) {
    needLabel(relation.id, relation.type, ['relation'], 'a relation type');
    for (const end of [relation.source, relation.target]) {
      if (!annotationArticle.has(end)) problem(relation.id, `It refers to ${end}, which the bundle does not define.`);
    }
    if (relation.source === relation.target) problem(relation.id, 'A relation needs two different annotations.');
  }
  checkBundleAuthorship(bundle, problem);
  return problems;
}

function uniqueIds<T extends { id: string }>(
  items: readonly T[],
  what: string,
  problem: (place: string, message: string) => void,
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (byId.has(item.id)) problem(item.id, `The ${what} ${item.id} is defined twice.`);
    byId.set(item.id, item);
  }
  return byId;
}

function annotationTextProblem(article: BundleArticle, annotation: BundleAnnotation): string | null {
  const lengths = annotation.fragments.reduce((sum, { start, end }) => sum + end - start, 0);
  const separators = (annotation.fragments.length - 1) * FRAGMENT_QUOTE_SEPARATOR.length;
  if (annotation.quote.exact.length !== lengths + separators) {
    return 'Its quote is not as long as its fragments.';
  }
  // An orphaned annotation's fragments and quote belong to an older version of the text.
  if (annotation.orphaned) return null;
  const fragments = fragmentProblem(article.text, annotation.fragments);
  if (fragments !== null) return `Its position is wrong: ${fragments}.`;
  const covered = buildTextQuote(article.text, annotation.fragments).exact;
  return covered === annotation.quote.exact
    ? null
    : `It quotes “${annotation.quote.exact}” but the text there is “${covered}”.`;
}

/**
 * Merges a bundle into the project in one transaction: labels matched by kind and name (missing
 * ones added), entities matched by external id or name and type, articles already in the project
 * (same original file) kept as they are and reported, everything else added, each with its
 * original file only if that file reads as its text (bundle-originals.ts).
 */
export async function importBundle(store: ProjectStore, read: BundleRead): Promise<AnnotationImportReport> {
  const { fileName } = read;
  if ('problems' in read) return refusedImportReport([fileName], read.problems);
  // Reading the originals is slow work (parsers), so it happens before the one transaction.
  const originals = new Map<string, Awaited<ReturnType<typeof checkedOriginal>>>();
  for (const article of read.bundle.articles) {
    if (store.findDuplicate(declaredOriginal(article).bytes) === undefined) {
      originals.set(article.id, await checkedOriginal(article));
    }
  }
  try {
    return store.atomically(`Import of ${fileName}`, () => mergeBundle(store, read.bundle, fileName, originals));
  } catch (error) {
    if (!(error instanceof WorkbenchError)) throw error;
    return refusedImportReport([fileName], [{ place: fileName, message: error.message }]);
  }
}

function mergeBundle(
  store: ProjectStore,
  bundle: Bundle,
  fileName: string,
  originals: ReadonlyMap<string, { original: ArticleInput['original']; note: string | null }>,
): AnnotationImportReport {
  const report = emptyImportReport([fileName]);
  const labels = new LabelResolver(store);
  const projectLabels = new Map<string, Label>();
  const labelFor = (label: BundleLabel): Label => {
    const known = projectLabels.get(label.id);
    if (known !== undefined) return known;
    const parentLabel = bundle.labels.find((candidate) => candidate.id === label.parent);
    const parent = parentLabel === undefined ? undefined : labelFor(parentLabel);
    const found = labels.ensure(label.kind, label.name, {
      ...(parent === undefined ? {} : { parent }),
      color: label.color,
      hotkey: label.hotkey,
    });
    projectLabels.set(label.id, found);
    return found;
  };
  for (const label of bundle.labels) labelFor(label);
  const labelOf = (ref: string) => projectLabels.get(ref) as Label;
  const label = (ref: string) => labelOf(ref).id;

  const typeNames = new Map([...projectLabels.values()].map((l) => [l.id, l.name]));
  const entities = new EntityResolver(store, (id) => typeNames.get(id) ?? 'another type', false);
  const authorship = new BundleAuthorshipRestorer(store, bundle);
  const entityIds = new Map<string, number>();
  for (const entity of bundle.entities) {
    const createdBefore = entities.created;
    const id = entities.resolve({
      typeLabel: labelOf(entity.type),
      name: entity.name,
      aliases: entity.aliases,
      externalIds: entity.externalIds,
      ...(entity.note === null ? {} : { note: entity.note }),
    });
    entityIds.set(entity.id, id);
    // An entity the project had already keeps its own authorship.
    if (entities.created > createdBefore) authorship.row('entity', id, entity);
  }
  const entity = (ref: string) => entityIds.get(ref) as number;

  const annotationIds = new Map<string, number>();
  const articleIds = new Map<string, number>();
  // Listing shows the newest article first: adding them last-to-first keeps the bundle's order.
  for (const article of [...bundle.articles].reverse()) {
    const checked = originals.get(article.id);
    const existing =
      store.findDuplicate(declaredOriginal(article).bytes) ??
      (checked === undefined ? undefined : store.findDuplicate(checked.original.bytes));
    if (existing !== undefined || checked === undefined) {
      if (existing !== undefined && store.getArticle(existing.id).text === article.text) {
        articleIds.set(article.id, existing.id);
      }
      report.conflicts.push(
        `“${article.title}” is already in the project as “${existing?.title ?? article.title}”; it was kept as it is and the bundle’s ${article.annotations.length} annotations on it were not imported.`,
      );
      continue;
    }
    if (checked.note !== null) report.warnings.push(checked.note);
    const created = store.createArticle({
      title: article.title,
      text: article.text,
      blocks: article.blocks,
      links: article.links,
      metadata: {
        source: article.metadata.source,
        url: article.metadata.url,
        author: article.metadata.author,
        publishedAt: article.metadata.publishedAt,
        language: article.metadata.language,
      },
      original: checked.original,
    });
    articleIds.set(article.id, created.id);
    if (article.metadata.tags.length > 0) store.updateArticle(created.id, { tags: article.metadata.tags });
    if (article.documentLabels.length > 0) store.setDocumentLabels(created.id, article.documentLabels.map(label));
    for (const note of article.notes) {
      const added = store.addNote({ kind: 'article', articleId: created.id }, noteText(note));
      authorship.row('note', added.id, typeof note === 'string' ? {} : note);
    }
    addAnnotations(store, created.id, article, { label, entity, annotationIds });
    for (const annotation of article.annotations) {
      authorship.row('annotation', annotationIds.get(annotation.id) as number, annotation);
    }
    authorship.article(created.id, article.review);
    report.articles.unshift({
      name: article.id,
      articleId: created.id,
      title: created.title,
      annotations: article.annotations.length,
      relations: 0,
    });
  }

  const articleOf = new Map(bundle.articles.flatMap((a) => a.annotations.map((x): [string, string] => [x.id, a.id])));
  const rows = new Map(report.articles.map((row) => [row.name, row]));
  let relationsOutside = 0;
  for (const relation of bundle.relations) {
    const source = annotationIds.get(relation.source);
    const target = annotationIds.get(relation.target);
    if (source === undefined || target === undefined) {
      relationsOutside++;
      continue;
    }
    const created = store.createRelation({
      typeLabelId: label(relation.type),
      sourceAnnotationId: source,
      targetAnnotationId: target,
    });
    for (const note of relation.notes) {
      const added = store.addNote({ kind: 'relation', relationId: created.id }, noteText(note));
      authorship.row('note', added.id, typeof note === 'string' ? {} : note);
    }
    authorship.row('relation', created.id, relation);
    const row = rows.get(articleOf.get(relation.source) ?? '');
    if (row !== undefined) row.relations++;
  }
  if (relationsOutside > 0) {
    report.conflicts.push(`${relationsOutside} relations on articles that were kept as they are were not imported.`);
  }
  mergeBundleLayers(store, bundle, { label, entity, article: (ref) => articleIds.get(ref) }, report);
  authorship.restore(store);
  report.labelsAdded.push(...labels.added);
  report.labelsMatched.push(...labels.matched);
  report.entitiesCreated = entities.created;
  report.entitiesReused = entities.reused;
  report.conflicts.push(...entities.conflicts);
  report.imported = true;
  return report;
}

const noteText = (note: BundleNote) => (typeof note === 'string' ? note : note.text);

interface Refs {
  label(ref: string): number;
  entity(ref: string): number;
  annotationIds: Map<string, number>;
}

function claimDetails(claim: NonNullable<BundleAnnotation['claim']>, refs: Refs): ClaimDetails {
  return {
    ...(claim.claimantEntity === null ? {} : { claimantEntityId: refs.entity(claim.claimantEntity) }),
    aboutEntityIds: claim.about.map((ref) => refs.entity(ref)),
    attributes: Object.fromEntries(
      claim.attributes.map(([attribute, value]) => [refs.label(attribute), refs.label(value)]),
    ),
    ...(claim.date === null ? {} : { date: claim.date }),
  };
}

/** Adds an article's annotations in bundle order, then links claimants, which may come later in the text. */
function addAnnotations(store: ProjectStore, articleId: number, article: BundleArticle, refs: Refs): void {
  if (article.annotations.length === 0) return;
  // An orphaned annotation is made at the text's first character, then moved back to its old anchor.
  const firstCharacter = { start: 0, end: String.fromCodePoint(article.text.codePointAt(0) ?? 0x20).length };
  const created = store.createAnnotations(
    article.annotations.map((annotation) => ({
      articleId,
      labelId: refs.label(annotation.label),
      fragments: annotation.orphaned ? [firstCharacter] : annotation.fragments,
      ...(annotation.entity === null ? {} : { entityId: refs.entity(annotation.entity) }),
      ...(annotation.claim === null ? {} : { claim: claimDetails(annotation.claim, refs) }),
      ...(annotation.note === null ? {} : { note: annotation.note }),
    })),
  );
  // Ids are given in the order of creation, which is the bundle's.
  const ids = created.map((annotation) => annotation.id).sort((a, b) => a - b);
  article.annotations.forEach((annotation, i) => refs.annotationIds.set(annotation.id, ids[i] as number));
  for (const annotation of article.annotations) {
    const id = refs.annotationIds.get(annotation.id) as number;
    if (annotation.orphaned) store.restoreOrphanedAnchor(id, annotation.fragments, annotation.quote);
    const claimant = annotation.claim?.claimantAnnotation ?? null;
    if (annotation.claim === null || claimant === null) continue;
    store.updateAnnotation(id, {
      claim: {
        ...claimDetails(annotation.claim, refs),
        claimantAnnotationId: refs.annotationIds.get(claimant) as number,
      },
    });
  }
}
