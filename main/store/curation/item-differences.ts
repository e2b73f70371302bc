import type { CurationItem } from '../../../shared/model/curation';
import type { LayerClaim } from '../../../shared/model/layer';

/** Names of labels and entities, for saying in words how two versions differ. */
export interface CurationNames {
  label(id: number): string;
  entity(id: number): string | undefined;
}

const NONE = '(none)';

/**
 * How two claims on the same text differ, one sentence per part ("Stance: supports ≠ refutes"):
 * claimant, subjects, each attribute and the date. People are compared by name where both sides
 * name them, as a colleague's layer may name someone the project has no entity for.
 */
export function claimDifferences(a: LayerClaim | undefined, b: LayerClaim | undefined, names: CurationNames): string[] {
  const differences: string[] = [];
  const claimant = (claim: LayerClaim | undefined) => personName(claim?.claimantName, claim?.claimantEntityId, names);
  if (!samePerson(claimant(a), claimant(b)))
    differences.push(`Claimant: ${claimant(a) ?? NONE} ≠ ${claimant(b) ?? NONE}`);
  const aboutA = subjects(a, names);
  const aboutB = subjects(b, names);
  if (!samePeople(aboutA, aboutB)) differences.push(`About: ${list(aboutA)} ≠ ${list(aboutB)}`);
  const attributes = new Set([...Object.keys(a?.attributes ?? {}), ...Object.keys(b?.attributes ?? {})].map(Number));
  for (const attribute of [...attributes].sort((x, y) => x - y)) {
    const valueA = a?.attributes[attribute];
    const valueB = b?.attributes[attribute];
    if (valueA === valueB) continue;
    const value = (id: number | undefined) => (id === undefined ? NONE : names.label(id));
    differences.push(`${capitalised(names.label(attribute))}: ${value(valueA)} ≠ ${value(valueB)}`);
  }
  if ((a?.date ?? null) !== (b?.date ?? null)) differences.push(`Date: ${a?.date ?? NONE} ≠ ${b?.date ?? NONE}`);
  return differences;
}

/** Whether two items on the same text would be written the same: label, entity and claim. */
export function sameContent(a: CurationItem, b: CurationItem, names: CurationNames): boolean {
  if (a.labelId !== b.labelId) return false;
  const entityA = personName(a.entityName, a.entityId, names);
  const entityB = personName(b.entityName, b.entityId, names);
  if (!samePerson(entityA, entityB)) return false;
  if ((a.claim === undefined) !== (b.claim === undefined)) return false;
  return claimDifferences(a.claim, b.claim, names).length === 0;
}

function personName(name: string | undefined, id: number | undefined, names: CurationNames): string | undefined {
  return name ?? (id === undefined ? undefined : names.entity(id));
}

const fold = (name: string) => name.trim().toLocaleLowerCase();

function samePerson(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined ? a === b : fold(a) === fold(b);
}

function subjects(claim: LayerClaim | undefined, names: CurationNames): string[] {
  if (claim === undefined) return [];
  // A layer names every subject; the project's reader gives names beside ids, one for one.
  if (claim.aboutNames.length >= claim.aboutEntityIds.length) return claim.aboutNames;
  return claim.aboutEntityIds.map((id) => names.entity(id) ?? `#${id}`);
}

function samePeople(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a.map(fold));
  const setB = new Set(b.map(fold));
  return setA.size === setB.size && [...setA].every((name) => setB.has(name));
}

/** Attributes are named in lower case in the schema ("stance"); a sentence starts with a capital. */
const capitalised = (name: string) => name.charAt(0).toLocaleUpperCase() + name.slice(1);

const list = (people: readonly string[]) => (people.length === 0 ? NONE : people.join(', '));
