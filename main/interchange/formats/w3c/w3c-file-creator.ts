import type { FileCreator } from '../../import/parsed-annotations';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * A Web Annotation's `creator` (§3.3.1): an agent object with `id`, `name` or `nickname` and
 * `email` (a mailto: IRI), a bare IRI, or a list of them, of which the first counts.
 */
export function creatorOf(value: unknown): FileCreator | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  const iri = text(first);
  if (iri !== undefined) return { id: iri };
  if (typeof first !== 'object' || first === null) return undefined;
  const agent = first as Readonly<Record<string, unknown>>;
  const id = text(agent.id) ?? text(agent['@id']);
  const name = text(agent.name) ?? text(agent.nickname);
  const email = text(agent.email)?.replace(/^mailto:/i, '');
  const creator = {
    ...(id === undefined ? {} : { id }),
    ...(name === undefined ? {} : { name }),
    ...(email === undefined ? {} : { email }),
  };
  return Object.keys(creator).length === 0 ? undefined : creator;
}
