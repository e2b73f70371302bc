import type {
  ParseProblem,
  ParsedAnnotationFile,
  ParsedDocument,
  ParsedFragment,
  ParsedRelation,
  ParsedSpan,
} from '../../import/parsed-annotations';

/** One brat document: the `.ann` file and the `.txt` it annotates, as read from disk or an archive. */
export interface BratDocument {
  /** The `.ann` file's name, for the report ("news.ann:12"). */
  readonly annName: string;
  readonly text: string;
  readonly ann: string;
}

interface MutableSpan {
  localId: string;
  place: string;
  label: string;
  fragments: ParsedFragment[];
  coveredText: string;
  entity?: { name: string; externalIds: { scheme: string; value: string }[] };
  notes: string[];
  attributes: Record<string, string>;
}

/** What the report says of brat events, once per kind however many events there were. */
const EVENT_WARNINGS = {
  flattened:
    'A brat event became its trigger span with one relation per argument, named by the argument’s role (the project has no events).',
  sharedTrigger:
    'A brat event that shares its trigger with an earlier event got its own copy of the trigger span, so each event keeps its own arguments.',
} as const;

/** The brat document as the project takes it, with what was left out or kept in another form. */
export interface ParsedBratDocument {
  readonly document: ParsedDocument;
  readonly problems: ParseProblem[];
  readonly skipped: ParseProblem[];
  readonly warnings: string[];
}

/** brat reads "A1\tNegation E1" as a yes/no attribute; the project keeps it as the value "true". */
const BINARY_ATTRIBUTE_VALUE = 'true';
/** Event arguments become relations named by role; "Org-Arg2" is the second Org-Arg, the same role. */
const roleOf = (role: string) => role.replace(/\d+$/, '');

/**
 * Reads brat standoff (https://brat.nlplab.org/standoff.html): text-bound annotations (T, with
 * discontinuous "0 5;16 23" spans), relations (R), events (E: the trigger span, or a copy of it
 * when an earlier event has the same trigger, plus one relation per argument named by its role;
 * reported as warnings), equivalences (*: relations between consecutive members; one naming a
 * single span is skipped), attributes (A, M), normalisations (N: the entity a span refers to) and
 * notes (#). Offsets are code points of the `.txt` as it is.
 */
export function parseBrat(document: BratDocument): ParsedBratDocument {
  const problems: ParseProblem[] = [];
  const skipped: ParseProblem[] = [];
  const warnings: string[] = [];
  const spans = new Map<string, MutableSpan>();
  const relations: (ParsedRelation & { id?: string; notes: string[] })[] = [];
  /** Event id → the span that stands for it: its trigger, or a copy of it when an earlier event has that trigger. */
  const eventTriggers = new Map<string, string>();
  const usedTriggers = new Set<string>();
  const triggerCopies: { event: string; trigger: string; place: string }[] = [];
  const deferred: (() => void)[] = [];
  const lines = document.ann.split(/\r?\n/);

  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const place = `${document.annName}:${index + 1}`;
    const problem = (message: string) => problems.push({ place, message });
    const [id = '', body = '', ...rest] = line.split('\t');
    const text = rest.length === 0 ? undefined : rest.join('\t');
    const fields = body.split(' ').filter((field) => field !== '');
    const kind = id.charAt(0);
    if (kind === 'T') {
      const span = parseTextBound(id, body, text ?? '', place, problem);
      // A second T1 would silently replace the first, and relations would attach to the wrong span.
      if (span !== null && spans.has(id))
        problem(`${id} is defined twice (first on line ${spans.get(id)?.place.split(':').pop() ?? '?'}).`);
      else if (span !== null) spans.set(id, span);
    } else if (kind === 'R') {
      const [type = '', ...args] = fields;
      const ends = args.map((arg) => arg.slice(arg.indexOf(':') + 1));
      if (type === '' || ends.length !== 2) return problem('A relation needs a type and two arguments.');
      relations.push({ id, place, type, fromLocalId: ends[0] as string, toLocalId: ends[1] as string, notes: [] });
    } else if (kind === 'E') {
      const [head = '', ...args] = fields;
      const trigger = head.slice(head.indexOf(':') + 1);
      if (!head.includes(':') || trigger === '') return problem('An event needs a type and a trigger span.');
      warnings.push(EVENT_WARNINGS.flattened);
      // Events sharing a trigger ("expression of A and B") would otherwise merge their arguments.
      const shared = usedTriggers.has(trigger);
      usedTriggers.add(trigger);
      if (shared) {
        triggerCopies.push({ event: id, trigger, place });
        warnings.push(EVENT_WARNINGS.sharedTrigger);
      }
      const own = shared ? id : trigger;
      eventTriggers.set(id, own);
      // Arguments may name events defined further down, so they are resolved once all are known.
      deferred.push(() => {
        for (const arg of args) {
          const colon = arg.indexOf(':');
          const target = arg.slice(colon + 1);
          relations.push({
            place,
            type: roleOf(arg.slice(0, colon)),
            fromLocalId: own,
            toLocalId: target,
            notes: [],
          });
        }
      });
    } else if (kind === '*') {
      const [type = '', ...listed] = fields;
      if (type === '' || listed.length < 2) return problem('An equivalence needs a type and two or more spans.');
      const members = [...new Set(listed)];
      // brat accepts "*\tEquiv T63 T63"; a span equivalent to itself says nothing and makes no relation.
      if (members.length < 2) {
        skipped.push({
          place,
          message: `The equivalence names only ${members[0] ?? ''}, so it says nothing; it was left out.`,
        });
        return;
      }
      for (let i = 1; i < members.length; i++) {
        relations.push({
          place,
          type,
          fromLocalId: members[i - 1] as string,
          toLocalId: members[i] as string,
          notes: [],
        });
      }
    } else if (kind === 'A' || kind === 'M') {
      const [name = '', target = '', value = BINARY_ATTRIBUTE_VALUE] = fields;
      if (name === '' || target === '') return problem('An attribute needs a name and the annotation it is on.');
      deferred.push(() => {
        const span = spans.get(eventTriggers.get(target) ?? target);
        if (span === undefined) problem(`The attribute is on ${target}, which is not a span or event.`);
        else span.attributes[name] = value;
      });
    } else if (kind === 'N') {
      const [, target = '', reference = ''] = fields;
      const colon = reference.indexOf(':');
      if (target === '' || colon <= 0)
        return problem('A normalisation needs a span and a reference such as Wikidata:Q42.');
      deferred.push(() => {
        const span = spans.get(target);
        if (span === undefined) return problem(`The normalisation is on ${target}, which is not a span.`);
        const name = (text ?? '').trim() || reference;
        span.entity ??= { name, externalIds: [] };
        span.entity.externalIds.push({ scheme: reference.slice(0, colon), value: reference.slice(colon + 1) });
      });
    } else if (kind === '#') {
      const [, target = ''] = fields;
      const note = (text ?? '').trim();
      if (target === '' || note === '') return problem('A note needs the annotation it is on and its text.');
      deferred.push(() => {
        const span = spans.get(eventTriggers.get(target) ?? target);
        const relation = relations.find((candidate) => candidate.id === target);
        if (span !== undefined) span.notes.push(note);
        else if (relation !== undefined) relation.notes.push(note);
        else problem(`The note is on ${target}, which is not a span, event or relation.`);
      });
    } else {
      problem(`“${id}” is not a brat annotation (T, R, E, A, M, N, * or #).`);
    }
  });
  for (const { event, trigger, place } of triggerCopies) {
    const span = spans.get(trigger);
    if (span === undefined) {
      problems.push({ place, message: `The event's trigger ${trigger} is not a span.` });
      continue;
    }
    const { label, fragments, coveredText } = span;
    spans.set(event, { localId: event, place, label, fragments, coveredText, notes: [], attributes: {} });
  }
  for (const resolve of deferred) resolve();

  return {
    document: {
      name: document.annName,
      title: document.annName.replace(/\.ann$/i, ''),
      text: document.text,
      offsetUnit: 'code-points',
      spans: [...spans.values()].map((span): ParsedSpan => ({
        localId: span.localId,
        place: span.place,
        label: span.label,
        fragments: span.fragments,
        coveredText: span.coveredText,
        ...(span.entity === undefined ? {} : { entity: span.entity }),
        ...(span.notes.length === 0 ? {} : { note: span.notes.join('\n') }),
        ...(Object.keys(span.attributes).length === 0 ? {} : { attributes: span.attributes }),
      })),
      relations: relations.map(({ place, type, fromLocalId, toLocalId, notes }) => ({
        place,
        type,
        fromLocalId: eventTriggers.get(fromLocalId) ?? fromLocalId,
        toLocalId: eventTriggers.get(toLocalId) ?? toLocalId,
        ...(notes.length === 0 ? {} : { note: notes.join('\n') }),
      })),
    },
    problems,
    skipped,
    warnings,
  };
}

function parseTextBound(
  id: string,
  body: string,
  text: string,
  place: string,
  problem: (message: string) => void,
): MutableSpan | null {
  const space = body.indexOf(' ');
  const label = space < 0 ? '' : body.slice(0, space);
  const fragments: ParsedFragment[] = [];
  for (const piece of body.slice(space + 1).split(';')) {
    const match = /^\s*(\d+) (\d+)\s*$/.exec(piece);
    if (label === '' || match === null) {
      problem(`“${body}” is not a span: a label, then start and end offsets (several joined by “;”).`);
      return null;
    }
    fragments.push({ start: Number(match[1]), end: Number(match[2]) });
  }
  return { localId: id, place, label, fragments, coveredText: text, notes: [], attributes: {} };
}

/** Reads several brat documents into one file for the applier: all of them are imported, or none. */
export function parseBratDocuments(documents: readonly BratDocument[]): ParsedAnnotationFile {
  const parsed = documents.map(parseBrat);
  return {
    documents: parsed.map((p) => p.document),
    problems: parsed.flatMap((p) => p.problems),
    skipped: parsed.flatMap((p) => p.skipped),
    warnings: parsed.flatMap((p) => p.warnings),
  };
}
