import type {
  ParsedAnnotationFile,
  ParsedDocument,
  ParsedRelation,
  ParsedSpan,
  ParseProblem,
} from '../../import/parsed-annotations';
import type { JsonRead } from '../../../import-formats/file-to-import';
import { isRecord, localIdOf, parseJson, spanProblem } from '../common/json-values';

interface Placed {
  readonly place: string;
  readonly value: unknown;
}

/**
 * Reads a doccano export of a sequence-labelling project: JSONL with one example per line, in
 * either shape doccano writes,
 * - with relations: `entities` ({id, label, start_offset, end_offset}) and `relations`
 *   ({id, from_id, to_id, type}),
 * - without: `label` (or the older `labels`) as `[start, end, "LABEL"]` triples,
 * plus `Comments` (strings) as notes on the article and `title` when present. Offsets are code
 * points, end exclusive. A file holding one JSON object or a JSON array (doccano's JSON export,
 * its pretty-printed samples) is read as well, parsed by `whole` (which the import shares with
 * sniffing, so the file is parsed once). Problems name the line ("news.jsonl:3").
 */
export function parseDoccano(
  content: string,
  fileName: string,
  whole: () => JsonRead = () => parseJson(content.replace(/^\uFEFF/, '')),
): ParsedAnnotationFile {
  const problems: ParseProblem[] = [];
  const documents = readRecords(content.replace(/^\uFEFF/, ''), fileName, whole, problems).flatMap((record) => {
    const document = readDocument(record, problems);
    return document === null ? [] : [document];
  });
  return { documents, problems };
}

function readRecords(content: string, fileName: string, whole: () => JsonRead, problems: ParseProblem[]): Placed[] {
  const lines = content.split(/\r?\n/);
  const filled = lines.map((text, i) => ({ text, line: i + 1 })).filter(({ text }) => text.trim() !== '');
  if (filled.length === 0) {
    problems.push({ place: fileName, message: 'The file holds no doccano examples.' });
    return [];
  }
  const parsed = filled.map(({ text, line }) => ({ line, result: parseJson(text) }));
  if (parsed[0]?.result.ok === false) {
    const all = whole();
    if (all.ok && Array.isArray(all.value)) {
      return all.value.map((value: unknown, i) => ({ place: `${fileName}, example ${i + 1}`, value }));
    }
    if (all.ok) return [{ place: fileName, value: all.value }];
  }
  return parsed.flatMap(({ line, result }) => {
    const place = `${fileName}:${line}`;
    if (result.ok) return [{ place, value: result.value }];
    problems.push({ place, message: `This line is not valid JSON (${result.message}).` });
    return [];
  });
}

function readDocument({ place, value }: Placed, problems: ParseProblem[]): ParsedDocument | null {
  const problem = (message: string) => problems.push({ place, message });
  if (!isRecord(value)) {
    problem('Each example must be a JSON object with a "text".');
    return null;
  }
  if (typeof value.text !== 'string') {
    problem('The example has no "text": doccano examples hold their document in "text".');
    return null;
  }
  const spans = Array.isArray(value.entities)
    ? readEntities(value.entities, place, problem)
    : readTriples(value, place, problem);
  return {
    name: place,
    ...(typeof value.title === 'string' && value.title.trim() !== '' ? { title: value.title } : {}),
    text: value.text,
    offsetUnit: 'code-points',
    spans,
    relations: readRelations(value.relations, spans, place, problem),
    documentNotes: readComments(value.Comments),
  };
}

function readEntities(entities: readonly unknown[], place: string, problem: (message: string) => void): ParsedSpan[] {
  const seen = new Set<string>();
  return entities.flatMap((entity, i): ParsedSpan[] => {
    const which = `Entity ${i + 1}`;
    if (!isRecord(entity)) {
      problem(`${which} is not an object with id, label, start_offset and end_offset.`);
      return [];
    }
    const localId = localIdOf(entity.id) ?? `#${i + 1}`;
    const wrong = spanProblem(entity.start_offset, entity.end_offset);
    if (wrong !== null || typeof entity.label !== 'string' || entity.label.trim() === '' || seen.has(localId)) {
      problem(
        `${which}: ${wrong ?? (seen.has(localId) ? `the id ${localId} is used twice.` : 'the label must be a non-empty text.')}`,
      );
      return [];
    }
    seen.add(localId);
    return [
      {
        localId,
        place: `${place}, entity ${localId}`,
        label: entity.label,
        fragments: [{ start: Number(entity.start_offset), end: Number(entity.end_offset) }],
      },
    ];
  });
}

function readTriples(
  example: Readonly<Record<string, unknown>>,
  place: string,
  problem: (message: string) => void,
): ParsedSpan[] {
  const triples = example.label ?? example.labels;
  if (triples === undefined) return [];
  if (!Array.isArray(triples)) {
    problem('"label" must be a list of [start, end, "LABEL"] spans.');
    return [];
  }
  if (triples.length > 0 && triples.every((item) => typeof item === 'string')) {
    problem(
      '"label" holds categories of a text-classification project, not spans; export a sequence-labelling project.',
    );
    return [];
  }
  return triples.flatMap((triple: unknown, i): ParsedSpan[] => {
    const which = `Span ${i + 1}`;
    if (!Array.isArray(triple) || triple.length !== 3) {
      problem(`${which} is not [start, end, "LABEL"].`);
      return [];
    }
    const [start, end, label] = triple as [unknown, unknown, unknown];
    const wrong = spanProblem(start, end);
    if (wrong !== null || typeof label !== 'string' || label.trim() === '') {
      problem(`${which}: ${wrong ?? 'the label must be a non-empty text.'}`);
      return [];
    }
    return [
      {
        localId: `#${i + 1}`,
        place: `${place}, span ${i + 1}`,
        label,
        fragments: [{ start: Number(start), end: Number(end) }],
      },
    ];
  });
}

function readRelations(
  relations: unknown,
  spans: readonly ParsedSpan[],
  place: string,
  problem: (message: string) => void,
): ParsedRelation[] {
  if (relations === undefined) return [];
  if (!Array.isArray(relations)) {
    problem('"relations" must be a list.');
    return [];
  }
  const ids = new Set(spans.map((span) => span.localId));
  return relations.flatMap((relation: unknown, i): ParsedRelation[] => {
    const which = `Relation ${i + 1}`;
    if (!isRecord(relation)) {
      problem(`${which} is not an object with from_id, to_id and type.`);
      return [];
    }
    const from = localIdOf(relation.from_id);
    const to = localIdOf(relation.to_id);
    if (typeof relation.type !== 'string' || relation.type.trim() === '') {
      problem(`${which}: the type must be a non-empty text.`);
      return [];
    }
    if (from === null || to === null) {
      problem(`${which}: from_id and to_id are needed.`);
      return [];
    }
    const unknown = [from, to].find((id) => !ids.has(id));
    if (unknown !== undefined) {
      problem(`${which}: no entity has the id ${unknown}.`);
      return [];
    }
    return [{ place: `${place}, relation ${i + 1}`, type: relation.type, fromLocalId: from, toLocalId: to }];
  });
}

function readComments(comments: unknown): string[] {
  if (!Array.isArray(comments)) return [];
  return comments.flatMap((comment: unknown) => {
    const text = isRecord(comment) ? comment.text : comment;
    return typeof text === 'string' && text.trim() !== '' ? [text] : [];
  });
}
