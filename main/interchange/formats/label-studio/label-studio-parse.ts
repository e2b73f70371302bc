import type {
  FileCreator,
  ParsedAnnotationFile,
  ParsedDocument,
  ParsedRelation,
  ParsedSpan,
  ParseProblem,
} from '../../import/parsed-annotations';
import type { JsonRead } from '../../../import-formats/file-to-import';
import { isRecord, localIdOf, parseJson, spanProblem } from '../common/json-values';
import { LABEL_STUDIO_NAMES } from './label-studio-names';

type JsonObject = Readonly<Record<string, unknown>>;
type Problem = (message: string, where?: string) => void;

interface Region {
  readonly id: string;
  readonly place: string;
  readonly labels: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly text?: string;
  readonly noteLines: string[];
  entity?: string;
  readonly attributes: Record<string, string>;
}

/**
 * Reads Label Studio's JSON export of a text project (an array of tasks, or one task): the text from
 * `data.text` (`data.title` as the title), and from the task's annotation (the legacy `completions`
 * too; its `predictions` when nobody annotated it)
 * - `labels` regions, offsets in code points, one span per label of a region;
 * - per-region `choices` (claim attributes, named by `from_name`), a per-region `textarea` "entity"
 *   (the canonical entity's name), other per-region text areas and the region's meta text as its note;
 * - `relation` results, their label as the type ("relation" when unlabelled; `direction` "left" is
 *   turned around, "bi" read as from → to);
 * - per-task text areas and choices as notes on the article.
 * A task annotated by several people holds several annotations; which one to import is the
 * user's choice, so such a task is reported rather than guessed. `json` parses the content (the
 * import shares it with sniffing, so the file is parsed once).
 */
export function parseLabelStudio(
  content: string,
  fileName: string,
  json: () => JsonRead = () => parseJson(content.replace(/^\uFEFF/, '')),
): ParsedAnnotationFile {
  const problems: ParseProblem[] = [];
  const parsed = json();
  if (!parsed.ok) {
    return {
      documents: [],
      problems: [{ place: fileName, message: `The file is not valid JSON (${parsed.message}).` }],
    };
  }
  const tasks: readonly unknown[] = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  const documents = tasks.flatMap((task, i) => {
    const document = readTask(task, i, fileName, problems);
    return document === null ? [] : [document];
  });
  const creator = tasks.map(completedBy).find((found) => found !== undefined);
  return { documents, problems, ...(creator === undefined ? {} : { creator }) };
}

/**
 * Who completed a task's annotation: Label Studio writes `completed_by` as the user's number, or
 * (in some exports) as the user with e-mail and names.
 */
function completedBy(task: unknown): FileCreator | undefined {
  const annotations = isRecord(task) ? (task.annotations ?? task.completions) : undefined;
  const first: unknown = Array.isArray(annotations) ? annotations.find(isRecord)?.completed_by : undefined;
  if (typeof first === 'number' && Number.isInteger(first))
    return { id: String(first), name: `Label Studio user ${first}` };
  if (!isRecord(first)) return undefined;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const fullName = [text(first.first_name), text(first.last_name)].filter((part) => part !== undefined).join(' ');
  const name = text(fullName) ?? text(first.username);
  const email = text(first.email);
  const id = typeof first.id === 'number' || typeof first.id === 'string' ? String(first.id) : undefined;
  const creator = {
    ...(id === undefined ? {} : { id }),
    ...(name === undefined ? {} : { name }),
    ...(email === undefined ? {} : { email }),
  };
  return Object.keys(creator).length === 0 ? undefined : creator;
}

function readTask(task: unknown, position: number, fileName: string, problems: ParseProblem[]): ParsedDocument | null {
  const taskId = isRecord(task) ? localIdOf(task.id) : null;
  const place = `${fileName}, task ${taskId ?? position + 1}`;
  const problem = (message: string, where = place) => problems.push({ place: where, message });
  if (!isRecord(task) || !isRecord(task.data)) {
    problem('A task must be an object with "data".');
    return null;
  }
  if (typeof task.data.text !== 'string') {
    problem('The task has no "data.text": only text tasks can be imported.');
    return null;
  }
  const results = resultsOf(task, problem);
  const regions = new Map<string, Region>();
  for (const [i, item] of results.entries()) {
    if (isRecord(item) && item.type === 'labels') readRegion(item, `${place}, result ${i + 1}`, regions, problem);
  }
  const relations: ParsedRelation[] = [];
  const documentNotes: string[] = [];
  for (const [i, item] of results.entries()) {
    const where = `${place}, result ${i + 1}`;
    if (!isRecord(item)) problem('A result must be an object.', where);
    else if (item.type === 'relation') relations.push(...readRelation(item, where, regions, problem));
    else if (item.type !== 'labels') readDetail(item, where, regions, documentNotes, problem);
  }
  return {
    name: place,
    ...(typeof task.data.title === 'string' && task.data.title.trim() !== '' ? { title: task.data.title } : {}),
    text: task.data.text,
    offsetUnit: 'code-points',
    spans: [...regions.values()].flatMap(spansOf),
    relations,
    documentNotes,
  };
}

/** The results of the task's one annotation (or prediction, when nobody annotated it). */
function resultsOf(task: JsonObject, problem: (message: string) => void): readonly unknown[] {
  const listed = (value: unknown) => (Array.isArray(value) ? value.filter(isRecord) : []);
  const annotations = listed(task.annotations ?? task.completions).filter((a) => a.was_cancelled !== true);
  const sets = annotations.length > 0 ? annotations : listed(task.predictions);
  if (sets.length > 1) {
    const what = annotations.length > 0 ? 'annotations (by several annotators)' : 'predictions';
    problem(`The task has ${sets.length} ${what}; keep only the one to import.`);
    return [];
  }
  const result = sets[0]?.result ?? [];
  if (!Array.isArray(result)) {
    problem('"result" must be a list.');
    return [];
  }
  return result;
}

function readRegion(item: JsonObject, where: string, regions: Map<string, Region>, problem: Problem) {
  const id = localIdOf(item.id);
  const value = isRecord(item.value) ? item.value : {};
  const labels = textsOf(value.labels);
  const wrong = regionProblem(id, value, labels, regions);
  if (id === null || wrong !== null) {
    problem(wrong ?? 'A region needs an "id".', where);
    return;
  }
  regions.set(id, {
    id,
    place: where,
    labels,
    start: Number(value.start),
    end: Number(value.end),
    ...(typeof value.text === 'string' ? { text: value.text } : {}),
    noteLines: isRecord(item.meta) ? textsOf(item.meta.text) : [],
    attributes: {},
  });
}

function regionProblem(
  id: string | null,
  value: JsonObject,
  labels: readonly string[],
  regions: ReadonlyMap<string, Region>,
): string | null {
  if (id === null) return 'A region needs an "id".';
  if (regions.has(id)) return `The region id ${id} is used twice.`;
  return spanProblem(value.start, value.end) ?? (labels.length === 0 ? 'A region needs at least one label.' : null);
}

function readRelation(
  item: JsonObject,
  where: string,
  regions: ReadonlyMap<string, Region>,
  problem: Problem,
): ParsedRelation[] {
  const from = localIdOf(item.from_id);
  const to = localIdOf(item.to_id);
  if (from === null || to === null) {
    problem('A relation needs "from_id" and "to_id".', where);
    return [];
  }
  const unknown = [from, to].find((id) => !regions.has(id));
  if (unknown !== undefined) {
    problem(`The relation points to the unknown region ${unknown}.`, where);
    return [];
  }
  const [source, target] = item.direction === 'left' ? [to, from] : [from, to];
  const labels = textsOf(item.labels);
  return (labels.length > 0 ? labels : ['relation']).map((type) => ({
    place: where,
    type,
    fromLocalId: source,
    toLocalId: target,
  }));
}

/** A per-region choice, text area or the task's own notes and choices. */
function readDetail(
  item: JsonObject,
  where: string,
  regions: ReadonlyMap<string, Region>,
  documentNotes: string[],
  problem: Problem,
) {
  const control = typeof item.from_name === 'string' ? item.from_name : '';
  const value = isRecord(item.value) ? item.value : {};
  const region = regions.get(localIdOf(item.id) ?? '');
  if (item.type === 'choices') {
    const choices = textsOf(value.choices);
    if (region === undefined) documentNotes.push(`${control}: ${choices.join(', ')}`);
    else if (choices.length === 1 && choices[0] !== undefined) region.attributes[control] = choices[0];
    else problem(`“${control}” must hold one choice for a region, not ${choices.length}.`, where);
  } else if (item.type === 'textarea') {
    const texts = textsOf(value.text);
    if (region === undefined) documentNotes.push(...texts);
    else if (control === LABEL_STUDIO_NAMES.entity) region.entity = texts[0];
    else region.noteLines.push(...texts);
  } else {
    problem(`A “${String(item.type)}” result cannot be imported into a text annotation.`, where);
  }
}

function spansOf(region: Region): ParsedSpan[] {
  const note = region.noteLines.join('\n');
  return region.labels.map((label, i) => ({
    localId: i === 0 ? region.id : `${region.id}#${i + 1}`,
    place: region.place,
    label,
    fragments: [{ start: region.start, end: region.end }],
    ...(region.text === undefined ? {} : { coveredText: region.text }),
    ...(region.entity === undefined ? {} : { entity: { name: region.entity } }),
    ...(note === '' ? {} : { note }),
    ...(Object.keys(region.attributes).length === 0 ? {} : { attributes: { ...region.attributes } }),
  }));
}

/** Label Studio writes texts as a list of strings, sometimes as one string. */
function textsOf(value: unknown): string[] {
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
}
