import type { DatabaseSync } from 'node:sqlite';
import { invalid } from '../store-input';

/**
 * spaCy's and Prodigy's usual entity labels, and the label of a new project each means, so a pattern
 * file or gazetteer written for spaCy imports as it is. Used only where the project has no label of
 * the file's own name.
 */
const USUAL_NAMES: Readonly<Record<string, readonly string[]>> = {
  per: ['Person'],
  person: ['Person'],
  org: ['Organisation', 'Organization'],
  organization: ['Organisation'],
  organisation: ['Organization'],
  gpe: ['Location'],
  loc: ['Location'],
  location: ['Location'],
  fac: ['Location'],
  date: ['Date/Time'],
  time: ['Date/Time'],
  event: ['Event'],
  misc: ['Other'],
};

/**
 * The span labels (entity types, and the claim label where `claims` says) named in a file, by name
 * as written there. Names match case-insensitively, then by spaCy's usual names. A name the
 * project lacks refuses the whole file, listing every such name and the labels there are: guessing
 * a label would put wrong suggestions in front of the analyst.
 */
export function labelsByName(
  db: DatabaseSync,
  names: Iterable<string>,
  what: { readonly file: string; readonly claims: boolean },
): Map<string, number> {
  const kinds = what.claims ? "('entity', 'claim')" : "('entity')";
  const labels = db
    .prepare(`SELECT id, name FROM label WHERE kind IN ${kinds} ORDER BY kind DESC, position, id`)
    .all() as { id: number; name: string }[];
  const byName = new Map<string, number>();
  for (const label of labels) {
    const key = label.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, label.id);
  }
  const found = new Map<string, number>();
  const missing: string[] = [];
  for (const name of new Set(names)) {
    const key = name.toLowerCase();
    const id =
      byName.get(key) ?? (USUAL_NAMES[key] ?? []).map((usual) => byName.get(usual.toLowerCase())).find(Boolean);
    if (id === undefined) missing.push(name);
    else found.set(name, id);
  }
  if (missing.length > 0) {
    const quoted = missing.slice(0, 20).map((name) => `"${name}"`);
    throw invalid(
      `"${what.file}" names ${missing.length === 1 ? 'a label' : 'labels'} the project does not have (${quoted.join(', ')}${missing.length > 20 ? ', …' : ''}): add ${missing.length === 1 ? 'it' : 'them'} in Annotation schema or use one of ${labels.map((label) => label.name).join(', ')}.`,
    );
  }
  return found;
}
