import type { AnnotatorId } from '../../shared/model/annotator';

/** Who writes and when: the current annotator (null when none is known, as on the command line) and the time. */
export interface Stamp {
  readonly by: AnnotatorId | null;
  readonly at: string;
}

/** The authorship columns of a table of the annotation layer, as a SELECT list for `alias`. */
export function authorshipColumns(alias: string): string {
  return `${alias}.created_by, ${alias}.created_at, ${alias}.updated_by, ${alias}.updated_at`;
}

export interface AuthorshipRow {
  created_by: number | null;
  created_at: string | null;
  updated_by: number | null;
  updated_at: string | null;
}

/** The model's optional authorship fields: a NULL column (unknown) is left out. */
export function authorshipOf(row: AuthorshipRow): {
  createdBy?: number;
  createdAt?: string;
  updatedBy?: number;
  updatedAt?: string;
} {
  return {
    ...(row.created_by === null ? {} : { createdBy: row.created_by }),
    ...(row.created_at === null ? {} : { createdAt: row.created_at }),
    ...(row.updated_by === null ? {} : { updatedBy: row.updated_by }),
    ...(row.updated_at === null ? {} : { updatedAt: row.updated_at }),
  };
}
