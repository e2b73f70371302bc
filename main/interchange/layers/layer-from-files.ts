import { buildTextQuote } from '../../../shared/annotation/text-quote';
import type { Label } from '../../../shared/model/annotation';
import type { ImportProblem } from '../../../shared/model/interchange';
import type { LayerClaim, LayerFormat } from '../../../shared/model/layer';
import type { Colleague } from '../../store/layers/colleague-annotator';
import type { NewLayerAnnotation } from '../../store/layers/layer-annotation-repository';
import type { ProjectStore } from '../../store/project-store';
import { checkDocument, type CheckedDocument, type CheckedSpan } from '../import/apply-parsed-annotations';
import type { LabelResolver } from '../import/label-resolver';
import type { ParsedAnnotationFile } from '../import/parsed-annotations';
import { CountedWarnings, type LayerDraft } from './layer-draft';
import type { ProjectEntityLookup } from './project-entity-lookup';

/** The relation type that says who makes a claim, as claimants-from-relations.ts reads it. */
const CLAIMANT_RELATION = 'said_by';

interface MatchedDocument {
  readonly checked: CheckedDocument;
  readonly articleId: number;
}

/**
 * The project's article holding exactly the document's text once normalised (NFC, `\n`): found by
 * the text hash the project keeps, so a copy with CRLF or saved in another encoding matches too.
 */
function articleOf(store: ProjectStore, checked: CheckedDocument): number | undefined {
  const { document, storedText } = checked;
  if (document.articleId !== undefined) {
    return store.getArticle(document.articleId).text === storedText ? document.articleId : undefined;
  }
  return store.findSameText(storedText)?.id;
}

/**
 * Reads what annotation files (brat, W3C, doccano, Label Studio) say into a layer: every span
 * checked against its text as the annotation import checks it (any problem refuses the import,
 * returned in `problems`), each document matched to the article with its text or listed unmatched.
 */
export function layerFromFiles(
  store: ProjectStore,
  file: ParsedAnnotationFile,
  format: LayerFormat,
  colleague: Colleague,
  problems: ImportProblem[],
): LayerDraft {
  const findings = { problems, skipped: [...(file.skipped ?? [])] };
  problems.push(...file.problems);
  const checked = file.documents.map((document) => checkDocument(document, findings));
  const warnings = new CountedWarnings();
  for (const warning of file.warnings ?? []) warnings.add(warning);
  for (const { place, message } of findings.skipped) warnings.add(`${place}: ${message}`);
  const matched: MatchedDocument[] = [];
  const unmatched: string[] = [];
  for (const document of checked) {
    const articleId = problems.length > 0 ? undefined : articleOf(store, document);
    if (articleId === undefined) unmatched.push(document.document.name);
    else matched.push({ checked: document, articleId });
  }
  return {
    format,
    colleague,
    matched: matched.map(({ checked: { document, spans }, articleId }) => ({
      name: document.name,
      articleId,
      annotations: spans.length,
    })),
    unmatched,
    get warnings() {
      return warnings.list();
    },
    *annotations(labels, entities) {
      const uids = new Set<string>();
      for (const document of matched) yield* documentAnnotations(document, { labels, entities, warnings, uids });
    },
  };
}

interface Resolvers {
  readonly labels: LabelResolver;
  readonly entities: ProjectEntityLookup;
  readonly warnings: CountedWarnings;
  /** Taken so far: two documents of one selection may both have a "T1". */
  readonly uids: Set<string>;
}

function uniqueUid(wanted: string, uids: Set<string>): string {
  let uid = wanted;
  for (let n = 2; uids.has(uid); n++) uid = `${wanted}#${n}`;
  uids.add(uid);
  return uid;
}

function* documentAnnotations(
  { checked, articleId }: MatchedDocument,
  resolvers: Resolvers,
): Generator<NewLayerAnnotation> {
  const { labels, entities, warnings } = resolvers;
  const spanLabels = new Map<string, Label>(
    checked.spans.map(({ span }) => [
      span.localId,
      labels.findAny(['entity', 'claim'], span.label) ?? labels.ensure('entity', span.label),
    ]),
  );
  const entityOf = ({ span }: CheckedSpan) => {
    const label = spanLabels.get(span.localId);
    if (span.entity === undefined || label?.kind !== 'entity') return undefined;
    const name = span.entity.name.trim();
    return { name, id: entities.find(label.id, name, []) };
  };
  const byLocalId = new Map(checked.spans.map((checkedSpan) => [checkedSpan.span.localId, checkedSpan]));
  const claimants = new Map<string, CheckedSpan>();
  let relationsLeftOut = 0;
  for (const relation of checked.relations) {
    const target = byLocalId.get(relation.toLocalId);
    const isClaimant =
      relation.type.toLocaleLowerCase() === CLAIMANT_RELATION &&
      spanLabels.get(relation.fromLocalId)?.kind === 'claim' &&
      target !== undefined &&
      spanLabels.get(relation.toLocalId)?.kind === 'entity';
    if (isClaimant && !claimants.has(relation.fromLocalId)) claimants.set(relation.fromLocalId, target);
    else relationsLeftOut++;
  }
  if (relationsLeftOut > 0) {
    warnings.add(
      `A layer keeps annotations and their claimants; ${relationsLeftOut} other relation${relationsLeftOut === 1 ? ' was' : 's were'} left out`,
    );
  }
  for (const checkedSpan of checked.spans) {
    const { span, fragments } = checkedSpan;
    const label = spanLabels.get(span.localId) as Label;
    const notes = span.note === undefined ? [] : [span.note];
    const entity = entityOf(checkedSpan);
    if (span.entity !== undefined && label.kind !== 'entity') {
      warnings.add('A claim cannot link to an entity; the link was kept in its note');
      notes.push(`Entity: ${span.entity.name}`);
    }
    let claim: LayerClaim | undefined;
    if (label.kind === 'claim') {
      const speaker = claimants.get(span.localId);
      const speakerEntity = speaker === undefined ? undefined : entityOf(speaker);
      const claimantName =
        speakerEntity?.name ??
        (speaker === undefined ? undefined : buildTextQuote(checked.storedText, speaker.fragments).exact);
      const attributes: Record<number, number> = {};
      for (const [name, value] of Object.entries(span.attributes ?? {})) {
        const attribute = labels.ensure('claim-attribute', name);
        attributes[attribute.id] = labels.ensure('claim-attribute', value, { parent: attribute }).id;
      }
      claim = {
        ...(claimantName === undefined ? {} : { claimantName }),
        ...(speakerEntity?.id === undefined ? {} : { claimantEntityId: speakerEntity.id }),
        aboutNames: [],
        aboutEntityIds: [],
        attributes,
      };
    } else {
      for (const [name, value] of Object.entries(span.attributes ?? {})) {
        warnings.add(`Only claims have attributes; attributes of ${label.name} spans were kept in their notes`);
        notes.push(`${name}: ${value}`);
      }
    }
    yield {
      articleId,
      uid: uniqueUid(`${checked.document.name}#${span.localId}`, resolvers.uids),
      labelId: label.id,
      fragments,
      quote: buildTextQuote(checked.storedText, fragments).exact,
      ...(entity === undefined ? {} : { entityName: entity.name }),
      ...(entity?.id === undefined ? {} : { entityId: entity.id }),
      ...(claim === undefined ? {} : { claim }),
      ...(notes.length === 0 ? {} : { note: notes.join('\n') }),
    };
  }
}
