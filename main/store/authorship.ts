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

/** The model's optional authorship fields. */
export interface AuthorshipFields {
  createdBy?: number;
  createdAt?: string;
  updatedBy?: number;
  updatedAt?: string;
}

/**
 * Sets the authorship columns' values on `target`: a NULL column (unknown) is left out. Set in
 * place, so a read of thousands of rows makes no object per row for them.
 */
export function assignAuthorship(
  target: AuthorshipFields,
  createdBy: number | null,
  createdAt: string | null,
  updatedBy: number | null,
  updatedAt: string | null,
): void {
  if (createdBy !== null) target.createdBy = createdBy;
  if (createdAt !== null) target.createdAt = createdAt;
  if (updatedBy !== null) target.updatedBy = updatedBy;
  if (updatedAt !== null) target.updatedAt = updatedAt;
}

/** The model's optional authorship fields of a row (assignAuthorship). */
export function authorshipOf(row: AuthorshipRow): AuthorshipFields {
  const fields: AuthorshipFields = {};
  assignAuthorship(fields, row.created_by, row.created_at, row.updated_by, row.updated_at);
  return fields;
}
