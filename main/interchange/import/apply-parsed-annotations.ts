import { WorkbenchError } from '../../../shared/ipc/errors';
import {
  EntityName,
  LabelName,
  Note,
  type Annotation,
  type ExternalId,
  type Label,
  type NewAnnotation,
} from '../../../shared/model/annotation';
import type { AnnotationImportReport, ImportProblem } from '../../../shared/model/interchange';
import type { TextRange } from '../../../shared/text/offsets';
import type { ProjectStore } from '../../store/project-store';
import { externalIdOf } from '../entity-reference';
import { setClaimantsFromRelations, type ImportedRelation } from './claimants-from-relations';
import { DocumentArticles, type DocumentWithText } from './document-articles';
import { EntityResolver } from './entity-resolver';
import { fragmentProblem, splitCharacter } from './fragment-problem';
import { emptyImportReport, refusedImportReport } from './import-report';
import { LabelResolver } from './label-resolver';
import type { ParsedAnnotationFile, ParsedDocument, ParsedRelation, ParsedSpan } from './parsed-annotations';
import { SourceOffsetMap } from './source-offset-map';
import { hasDirectionControls } from '../../../shared/text/direction-controls';

/** A span whose offsets were mapped into the stored text and checked. */
export interface CheckedSpan {
  readonly span: ParsedSpan;
  readonly fragments: readonly TextRange[];
  readonly externalIds: readonly ExternalId[];
}

export interface CheckedDocument extends DocumentWithText {
  readonly spans: readonly CheckedSpan[];
  /** The document's relations without those to a span left out. */
  readonly relations: readonly ParsedRelation[];
}

/** What checking found: any problem refuses the whole import; what is skipped is left out of it. */
export interface Findings {
  readonly problems: ImportProblem[];
  readonly skipped: ImportProblem[];
}

/** The span's offsets as the file gives them, for messages. */
const rangeOf = (span: ParsedSpan) => span.fragments.map(({ start, end }) => `${start}–${end}`).join(', ');

const NoteText = Note.shape.text;

/** Line breaks and runs of spaces compare equal: files write a span across lines with a space (brat). */
function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Sorted, with touching pieces joined: they are one piece to the project. */
function tidyFragments(fragments: readonly TextRange[]): TextRange[] {
  const sorted = [...fragments].sort((a, b) => a.start - b.start);
  const joined: TextRange[] = [];
  for (const fragment of sorted) {
    const last = joined[joined.length - 1];
    if (last !== undefined && last.end === fragment.start)
      joined[joined.length - 1] = { start: last.start, end: fragment.end };
    else joined.push(fragment);
  }
  return joined;
}

function checkSpan(span: ParsedSpan, map: SourceOffsetMap, problems: ImportProblem[]): CheckedSpan | null {
  const problem = (message: string) => {
    problems.push({ place: span.place, message });
    return null;
  };
  if (!LabelName.safeParse(span.label).success || hasDirectionControls(span.label))
    return problem(`“${span.label}” cannot be a label name.`);
  let fragments: TextRange[];
  try {
    fragments = tidyFragments(
      span.fragments.map((fragment) => ({ start: map.toStored(fragment.start), end: map.toStored(fragment.end) })),
    );
  } catch (error) {
    return problem(`The span ${rangeOf(span)} cannot be placed: ${(error as Error).message}.`);
  }
  const where = fragmentProblem(map.storedText, fragments);
  if (where !== null) return problem(`The span cannot be placed: ${where}.`);
  const covered = fragments.map(({ start, end }) => map.storedText.slice(start, end)).join(' ');
  if (span.coveredText !== undefined && comparable(span.coveredText) !== comparable(covered)) {
    return problem(`The file says the span covers “${span.coveredText}”, but the text there is “${covered}”.`);
  }
  if (span.note !== undefined && !NoteText.safeParse(span.note).success) {
    return problem('The note is empty or too long.');
  }
  const externalIds: ExternalId[] = [];
  if (span.entity !== undefined) {
    if (!EntityName.safeParse(span.entity.name).success || hasDirectionControls(span.entity.name))
      return problem(`“${span.entity.name}” cannot be an entity name.`);
    for (const { scheme, value } of span.entity.externalIds ?? []) {
      const id = externalIdOf(scheme, value);
      if (id !== null) externalIds.push(id);
    }
  }
  return { span, fragments, externalIds };
}

/**
 * A document's spans mapped into the stored text and checked against it, its relations without
 * those to a span left out; problems refuse the import, spans that split a character are skipped.
 */
export function checkDocument(document: ParsedDocument, findings: Findings): CheckedDocument {
  const { problems, skipped } = findings;
  const map = new SourceOffsetMap(document.text, document.offsetUnit);
  if (map.storedText.trim() === '') problems.push({ place: document.name, message: 'The text is empty.' });
  const spans: CheckedSpan[] = [];
  const ids = new Set<string>();
  const leftOut = new Set<string>();
  for (const span of document.spans) {
    if (ids.has(span.localId)) problems.push({ place: span.place, message: `${span.localId} is defined twice.` });
    ids.add(span.localId);
    const checked = checkSpan(span, map, problems);
    if (checked === null) continue;
    // Tools that count code points can mark one half of a flag; the editor never splits a character.
    const split = splitCharacter(map.storedText, checked.fragments);
    if (split === null) {
      spans.push(checked);
      continue;
    }
    leftOut.add(span.localId);
    skipped.push({
      place: span.place,
      message: `The span ${rangeOf(span)} starts or ends inside the character “${split}” (an emoji, a flag or a letter with its marks), which an annotation cannot split; it was left out.`,
    });
  }
  const relations = document.relations.filter((relation) => {
    const ends = [relation.fromLocalId, relation.toLocalId];
    for (const id of ends.filter((end) => !ids.has(end))) {
      problems.push({ place: relation.place, message: `It links ${id}, which is not a span.` });
    }
    if (relation.fromLocalId === relation.toLocalId) {
      problems.push({ place: relation.place, message: 'A relation needs two different spans.' });
    }
    if (!LabelName.safeParse(relation.type).success || hasDirectionControls(relation.type)) {
      problems.push({ place: relation.place, message: `“${relation.type}” cannot be a relation type name.` });
    }
    const lost = ends.find((end) => leftOut.has(end));
    if (lost !== undefined) {
      skipped.push({ place: relation.place, message: `It links ${lost}, which was left out, so it was left out too.` });
    }
    return lost === undefined;
  });
  for (const note of document.documentNotes ?? []) {
    if (!NoteText.safeParse(note).success)
      problems.push({ place: document.name, message: 'A note is empty or too long.' });
  }
  return { document, storedText: map.storedText, spans, relations };
}

/**
 * Checks what an annotation file says against its text and, only if every span and relation is
 * right, writes it all in one transaction: articles (with the file's text), labels the project
 * lacks (reported), entities (matched with the registry), annotations, relations and notes. Any
 * problem, reported line by line, means nothing at all is imported; what the file itself leaves
 * out, and spans that split a character with their relations, are listed as skipped.
 */
export function applyParsedAnnotations(
  store: ProjectStore,
  file: ParsedAnnotationFile,
  files: readonly string[],
): AnnotationImportReport {
  const findings: Findings = { problems: [...file.problems], skipped: [...(file.skipped ?? [])] };
  const { problems } = findings;
  const documents = file.documents.map((document) => checkDocument(document, findings));
  if (documents.length === 0 && problems.length === 0) {
    problems.push({ place: files.join(', '), message: 'There are no documents in the file.' });
  }
  if (problems.length > 0) return refusedImportReport(files, problems);
  try {
    return store.atomically(`Import of ${files.join(', ')}`, () => {
      const report = writeDocuments(store, documents, files, file.warnings ?? []);
      report.skipped.push(...findings.skipped);
      return report;
    });
  } catch (error) {
    if (!(error instanceof WorkbenchError)) throw error;
    return refusedImportReport(files, [{ place: files.join(', '), message: error.message }]);
  }
}

class Warnings {
  private readonly counts = new Map<string, number>();
  add(message: string): void {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }
  list(): string[] {
    return [...this.counts].map(([message, count]) => (count === 1 ? message : `${message} (${count} times)`));
  }
}

interface Resolvers {
  readonly labels: LabelResolver;
  readonly entities: EntityResolver;
  readonly warnings: Warnings;
}

/**
 * A checked span as the store takes it. What the project cannot hold on that kind of span (an
 * entity link on a claim, attributes on an entity mention) goes into its note and is reported.
 */
function newAnnotation(checked: CheckedSpan, label: Label, articleId: number, resolvers: Resolvers): NewAnnotation {
  const { span, fragments, externalIds } = checked;
  const notes = span.note === undefined ? [] : [span.note];
  let entityId: number | undefined;
  if (span.entity !== undefined && label.kind === 'entity') {
    const name = span.entity.name.trim();
    entityId = resolvers.entities.resolve({ typeLabel: label, name, aliases: [], externalIds });
  } else if (span.entity !== undefined) {
    resolvers.warnings.add(`A claim cannot link to an entity; the link to “${span.entity.name}” was kept in its note.`);
    notes.push(`Entity: ${span.entity.name}`);
  }
  const attributes: Record<number, number> = {};
  for (const [name, valueName] of Object.entries(span.attributes ?? {})) {
    if (label.kind === 'claim') {
      const attribute = resolvers.labels.ensure('claim-attribute', name);
      attributes[attribute.id] = resolvers.labels.ensure('claim-attribute', valueName, { parent: attribute }).id;
    } else {
      resolvers.warnings.add(
        `Only claims have attributes; attributes of ${label.name} spans were kept in their notes.`,
      );
      notes.push(`${name}: ${valueName}`);
    }
  }
  return {
    articleId,
    labelId: label.id,
    fragments: fragments.map(({ start, end }) => ({ start, end })),
    ...(entityId === undefined ? {} : { entityId }),
    ...(label.kind === 'claim' ? { claim: { aboutEntityIds: [], attributes } } : {}),
    ...(notes.length === 0 ? {} : { note: notes.join('\n') }),
  };
}

function writeDocuments(
  store: ProjectStore,
  documents: readonly CheckedDocument[],
  files: readonly string[],
  fileWarnings: readonly string[],
): AnnotationImportReport {
  const report = emptyImportReport(files);
  const labels = new LabelResolver(store);
  const typeNames = (id: number) => store.listLabels().find((label) => label.id === id)?.name ?? 'another type';
  const entities = new EntityResolver(store, typeNames, true);
  const warnings = new Warnings();
  for (const warning of fileWarnings) warnings.add(warning);
  const articles = new DocumentArticles(store, report.conflicts);
  for (const checked of documents) {
    const articleId = articles.articleFor(checked);
    const spanLabels = checked.spans.map(
      ({ span }) => labels.findAny(['entity', 'claim'], span.label) ?? labels.ensure('entity', span.label),
    );
    const inputs = checked.spans.map((span, i) =>
      newAnnotation(span, spanLabels[i] as Label, articleId, { labels, entities, warnings }),
    );
    // Ids follow the order of creation, which is the file's.
    const created = (inputs.length === 0 ? [] : store.createAnnotations(inputs)).sort((a, b) => a.id - b.id);
    const byLocalId = new Map(
      checked.spans.map(({ span }, i) => [
        span.localId,
        { annotation: created[i] as Annotation, label: spanLabels[i] as Label },
      ]),
    );
    const relations = checked.relations.map((relation): ImportedRelation => {
      const type = labels.ensure('relation', relation.type);
      const source = byLocalId.get(relation.fromLocalId) as ImportedRelation['source'];
      const target = byLocalId.get(relation.toLocalId) as ImportedRelation['target'];
      const { id } = store.createRelation({
        typeLabelId: type.id,
        sourceAnnotationId: source.annotation.id,
        targetAnnotationId: target.annotation.id,
      });
      if (relation.note !== undefined) store.addNote({ kind: 'relation', relationId: id }, relation.note);
      return { type, source, target };
    });
    setClaimantsFromRelations(store, relations, (message) => warnings.add(message));
    for (const note of checked.document.documentNotes ?? []) store.addNote({ kind: 'article', articleId }, note);
    report.articles.push({
      name: checked.document.name,
      articleId,
      title: store.getArticle(articleId).title,
      annotations: created.length,
      relations: relations.length,
    });
  }
  report.labelsAdded.push(...labels.added);
  report.labelsMatched.push(...labels.matched);
  report.entitiesCreated = entities.created;
  report.entitiesReused = entities.reused;
  report.conflicts.push(...entities.conflicts);
  report.warnings.push(...warnings.list());
  report.imported = true;
  return report;
}
