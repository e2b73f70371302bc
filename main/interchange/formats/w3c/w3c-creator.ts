import type { Annotator } from '../../../../shared/model/annotator';

interface Authored {
  readonly createdBy?: number;
  readonly createdAt?: string;
  readonly updatedBy?: number;
  readonly updatedAt?: string;
}

type Agent = { id: string; type: 'Person'; name: string; email?: string };

/** An annotator as a W3C Web Annotation agent: their project-wide uid as a URN, name and mailto. */
function agentOf(annotator: Annotator): Agent {
  return {
    id: `urn:uuid:${annotator.uid}`,
    type: 'Person',
    name: annotator.name,
    ...(annotator.email === null ? {} : { email: `mailto:${annotator.email}` }),
  };
}

/**
 * The Web Annotation Data Model's `creator`, `created` and `modified` (§3.3.1) of a row whose author
 * is known; nothing for rows from before the project knew annotators, so their export stays as it was.
 */
export function w3cAuthorship(
  row: Authored,
  annotators: ReadonlyMap<number, Annotator>,
): { creator?: Agent; created?: string; modified?: string } {
  const creator = row.createdBy === undefined ? undefined : annotators.get(row.createdBy);
  if (creator === undefined) return {};
  return {
    creator: agentOf(creator),
    ...(row.createdAt === undefined ? {} : { created: row.createdAt }),
    ...(row.updatedAt === undefined || row.updatedAt === row.createdAt ? {} : { modified: row.updatedAt }),
  };
}
