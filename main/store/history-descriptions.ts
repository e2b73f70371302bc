import type { DatabaseSync } from 'node:sqlite';
import type { Annotation } from '../../shared/model/annotation';
import { jsonIds } from './store-input';

/** Long enough to recognise a quote in the Edit menu, short enough to fit in it. */
const QUOTE_MAX_CHARS = 40;

/** “Xi Jinping” as the Edit menu shows it: on one line and cut (at a whole character) when long. */
export function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const characters = [...line];
  return `“${characters.length <= QUOTE_MAX_CHARS ? line : `${characters.slice(0, QUOTE_MAX_CHARS - 1).join('')}…`}”`;
}

/** "Annotate 5 occurrences of “Xi”" when all share one text (annotate all), else "Add 5 annotations". */
export function describeCreation(annotations: readonly Annotation[]): string {
  const [first] = annotations;
  if (first === undefined) return 'Add annotations';
  if (annotations.length === 1) return `Add annotation ${quoted(first.quote.exact)}`;
  return annotations.every((annotation) => annotation.quote.exact === first.quote.exact)
    ? `Annotate ${annotations.length} occurrences of ${quoted(first.quote.exact)}`
    : `Add ${annotations.length} annotations`;
}

/** Read before the annotations go, as their quotes go with them. */
export function describeDeletion(db: DatabaseSync, ids: readonly number[]): string {
  const rows = db
    .prepare('SELECT quote_exact FROM annotation WHERE id IN (SELECT value FROM json_each(?))')
    .all(jsonIds(ids)) as { quote_exact: string }[];
  const [only] = rows;
  return rows.length === 1 && only !== undefined
    ? `Delete annotation ${quoted(only.quote_exact)}`
    : `Delete ${rows.length} annotations`;
}
