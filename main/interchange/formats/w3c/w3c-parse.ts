import { codePointLength } from '../../../../shared/text/code-points';
import { externalIdOfUri } from '../../entity-reference';
import type {
  FileCreator,
  ParseProblem,
  ParsedAnnotationFile,
  ParsedDocument,
  ParsedFragment,
  ParsedRelation,
  ParsedSpan,
} from '../../import/parsed-annotations';
import { creatorOf } from './w3c-file-creator';
import { ATTRIBUTE_SEPARATOR, PURPOSE, RELATION_MOTIVATION, SOURCES_KEY, SOURCE_TEXT_KEY } from './w3c-vocabulary';

/** Where an annotated text comes from when the file does not carry it: an article already in the project. */
export type FindSourceText = (source: string) => { articleId: number; title: string; text: string } | undefined;

/** The label of a span whose annotation names none (a plain comment from another tool). */
const DEFAULT_LABEL = 'Other';
/** Embedded pages followed at most, so a crafted `next` chain cannot run forever. */
const MAX_PAGES = 10_000;

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const typesOf = (value: JsonObject): string[] =>
  asArray(value.type ?? value['@type']).filter((t) => typeof t === 'string');
const idOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : isObject(value) && typeof (value.id ?? value['@id']) === 'string'
      ? String(value.id ?? value['@id'])
      : undefined;

interface Source {
  readonly text: string;
  readonly title?: string;
  readonly articleId?: number;
}

interface Draft {
  readonly spans: ParsedSpan[];
  readonly relations: ParsedRelation[];
  readonly notes: string[];
}

/** The annotations of a collection (its embedded pages), a page, a list or a single annotation. */
function annotationsOf(root: unknown, problem: (message: string) => void): unknown[] {
  if (Array.isArray(root)) return root;
  if (!isObject(root)) return [];
  const types = typesOf(root);
  if (types.includes('AnnotationPage')) return asArray(root.items);
  if (!types.includes('AnnotationCollection')) return [root];
  const items: unknown[] = [];
  let page = root.first;
  for (let pages = 0; page !== undefined && pages < MAX_PAGES; pages++) {
    if (!isObject(page)) {
      problem('The collection’s pages are only referenced by address; export them with the annotations embedded.');
      break;
    }
    items.push(...asArray(page.items));
    page = page.next;
  }
  return items;
}

function textualValues(bodies: readonly unknown[], purpose: string): string[] {
  return bodies
    .filter(isObject)
    .filter((body) => asArray(body.purpose).includes(purpose) && typeof body.value === 'string')
    .map((body) => body.value as string);
}

/** Where a quote selector's text is, when there is no position: it must be there once, or once with its context. */
function findQuote(text: string, exact: string, prefix: string, suffix: string): number | undefined {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  const fitting = found.filter(
    (at) => text.slice(0, at).endsWith(prefix) && text.startsWith(suffix, at + exact.length),
  );
  if (fitting.length === 1) return fitting[0];
  return found.length === 1 ? found[0] : undefined;
}

/** One target's fragment in code points, from its position selector or, failing that, its quote. */
function fragmentOf(
  target: JsonObject,
  text: string,
  problem: (message: string) => void,
): { fragment: ParsedFragment; exact?: string } | null {
  const selectors = asArray(target.selector).filter(isObject);
  const position = selectors.find((selector) => typesOf(selector).includes('TextPositionSelector'));
  const quote = selectors.find((selector) => typesOf(selector).includes('TextQuoteSelector'));
  const exact = typeof quote?.exact === 'string' ? quote.exact : undefined;
  if (position !== undefined) {
    const { start, end } = position;
    if (typeof start !== 'number' || typeof end !== 'number') {
      problem('A TextPositionSelector needs numbers for start and end.');
      return null;
    }
    return { fragment: { start, end }, ...(exact === undefined ? {} : { exact }) };
  }
  if (exact === undefined) {
    problem('A target needs a TextPositionSelector or TextQuoteSelector to say which text it marks.');
    return null;
  }
  const prefix = typeof quote?.prefix === 'string' ? quote.prefix : '';
  const suffix = typeof quote?.suffix === 'string' ? quote.suffix : '';
  const at = findQuote(text, exact, prefix, suffix);
  if (at === undefined) {
    problem(`The quote “${exact}” is not in the text, or is there several times with nothing to tell which is meant.`);
    return null;
  }
  const start = codePointLength(text.slice(0, at));
  return { fragment: { start, end: start + codePointLength(exact) }, exact };
}

/**
 * Reads W3C Web Annotation JSON-LD (a collection, a page, a list or one annotation) into documents,
 * one per annotated text. Spans are annotations whose targets select text (several targets on one
 * text make a discontinuous span); tagging bodies name the label, identifying ones the entity,
 * classifying ones "attribute: value" claim attributes, commenting ones notes. Linking annotations
 * between two annotations are relations; commenting annotations on a whole text are its notes.
 * Offsets are code points. The texts come from the collection (as the workbench writes it) or from
 * articles already in the project.
 */
export function parseW3c(json: unknown, fileName: string, findSourceText: FindSourceText): ParsedAnnotationFile {
  const problems: ParseProblem[] = [];
  const fileProblem = (message: string) => problems.push({ place: fileName, message });
  const sources = new Map<string, Source>();
  if (isObject(json)) {
    for (const source of asArray(json[SOURCES_KEY]).filter(isObject)) {
      const id = idOf(source);
      const text = source[SOURCE_TEXT_KEY];
      if (id !== undefined && typeof text === 'string') {
        sources.set(id, { text, ...(typeof source.title === 'string' ? { title: source.title } : {}) });
      }
    }
  }
  const sourceFor = (iri: string): Source | undefined => {
    let source = sources.get(iri);
    if (source === undefined) {
      const article = findSourceText(iri);
      if (article !== undefined) {
        source = { text: article.text, title: article.title, articleId: article.articleId };
        sources.set(iri, source);
      }
    }
    return source;
  };

  const drafts = new Map<string, Draft>();
  const draftFor = (iri: string): Draft => {
    let draft = drafts.get(iri);
    if (draft === undefined) {
      draft = { spans: [], relations: [], notes: [] };
      drafts.set(iri, draft);
    }
    return draft;
  };
  // Every text the file carries becomes an article, annotated or not, in the file's order.
  for (const iri of sources.keys()) draftFor(iri);
  const spanSource = new Map<string, string>();
  const links: { place: string; type: string; ends: string[]; note?: string }[] = [];
  let creator: FileCreator | undefined;

  annotationsOf(json, fileProblem).forEach((item, index) => {
    const id = idOf(item);
    const place = `${fileName} › annotation ${index + 1}${id === undefined ? '' : ` (${id})`}`;
    const problem = (message: string) => problems.push({ place, message });
    if (!isObject(item) || !typesOf(item).includes('Annotation')) return problem('This is not a Web Annotation.');
    creator ??= creatorOf(item.creator);
    const bodies = asArray(item.body);
    const notes = [
      ...textualValues(bodies, PURPOSE.note),
      ...(typeof item.bodyValue === 'string' ? [item.bodyValue] : []),
    ];
    const note = notes.length === 0 ? undefined : notes.join('\n');
    const targets = asArray(item.target);
    const label = textualValues(bodies, PURPOSE.label)[0];

    if (asArray(item.motivation).includes(RELATION_MOTIVATION)) {
      const ends = targets.map(idOf).filter((end): end is string => end !== undefined);
      if (ends.length !== 2 || label === undefined)
        return problem('A linking annotation needs a tagging body and two targets.');
      links.push({ place, type: label, ends, ...(note === undefined ? {} : { note }) });
      return;
    }
    const textTargets = targets.filter(isObject).filter((target) => target.selector !== undefined);
    if (textTargets.length === 0) {
      const whole = targets.map(idOf).find((iri) => iri !== undefined && sourceFor(iri) !== undefined);
      if (whole !== undefined && note !== undefined) draftFor(whole).notes.push(note);
      else problem('It selects no text of a known source (include the text or import it first).');
      return;
    }
    const iri = idOf(textTargets[0]?.source);
    if (iri === undefined || textTargets.some((target) => idOf(target.source) !== iri)) {
      return problem('All of its targets must select text of one source.');
    }
    const source = sourceFor(iri);
    if (source === undefined) return problem(`Its text (${iri}) is neither in the file nor in the project.`);
    const pieces = textTargets.map((target) => fragmentOf(target, source.text, problem));
    if (pieces.some((piece) => piece === null)) return;
    const ordered = (pieces as NonNullable<(typeof pieces)[number]>[]).sort(
      (a, b) => a.fragment.start - b.fragment.start,
    );
    const exacts = ordered.map((piece) => piece.exact);
    const entityName = textualValues(bodies, PURPOSE.entity)[0];
    const externalIds = bodies
      .filter(isObject)
      .filter((body) => asArray(body.purpose).includes(PURPOSE.entity) && typeof body.source === 'string')
      .map((body) => externalIdOfUri(body.source as string))
      .filter((externalId) => externalId !== null);
    const attributes: Record<string, string> = {};
    for (const value of textualValues(bodies, PURPOSE.attribute)) {
      const cut = value.indexOf(ATTRIBUTE_SEPARATOR);
      if (cut > 0) attributes[value.slice(0, cut)] = value.slice(cut + ATTRIBUTE_SEPARATOR.length);
    }
    const localId = id ?? `#${index + 1}`;
    spanSource.set(localId, iri);
    draftFor(iri).spans.push({
      localId,
      place,
      label: label ?? DEFAULT_LABEL,
      fragments: ordered.map((piece) => piece.fragment),
      ...(exacts.every((exact) => exact !== undefined) ? { coveredText: exacts.join(' ') } : {}),
      ...(entityName !== undefined || externalIds.length > 0
        ? { entity: { name: entityName ?? exacts.join(' '), externalIds } }
        : {}),
      ...(note === undefined ? {} : { note }),
      ...(Object.keys(attributes).length === 0 ? {} : { attributes }),
    });
  });

  for (const link of links) {
    const [from = '', to = ''] = link.ends;
    const iri = spanSource.get(from);
    if (iri === undefined || spanSource.get(to) !== iri) {
      problems.push({ place: link.place, message: 'It must link two annotations of the same text in this file.' });
      continue;
    }
    draftFor(iri).relations.push({
      place: link.place,
      type: link.type,
      fromLocalId: from,
      toLocalId: to,
      ...(link.note === undefined ? {} : { note: link.note }),
    });
  }

  const documents = [...drafts].map(([iri, draft]): ParsedDocument => {
    const source = sources.get(iri) as Source;
    return {
      name: source.title ?? iri,
      ...(source.title === undefined ? {} : { title: source.title }),
      text: source.text,
      sourceId: iri,
      offsetUnit: 'code-points',
      spans: draft.spans,
      relations: draft.relations,
      ...(draft.notes.length === 0 ? {} : { documentNotes: draft.notes }),
      ...(source.articleId === undefined ? {} : { articleId: source.articleId }),
    };
  });
  return { documents, problems, ...(creator === undefined ? {} : { creator }) };
}
