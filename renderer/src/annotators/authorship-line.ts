import { dateTimeFormat } from '../text/intl-formats';
import type { Annotator, AnnotatorId } from '../../../shared/model/annotator';

export interface Authored {
  readonly createdBy?: AnnotatorId;
  readonly createdAt?: string;
  readonly updatedBy?: AnnotatorId;
  readonly updatedAt?: string;
}

export interface AuthorshipFormat {
  readonly annotator: (id: AnnotatorId | undefined) => Annotator | undefined;
  readonly locale?: string;
  readonly timeZone?: string;
}

/** "3 Dec 14:05" in the reader's locale: day, short month and time, the year only when it is not this one. */
export function stampTime(
  iso: string,
  format: Pick<AuthorshipFormat, 'locale' | 'timeZone'>,
  now = new Date(),
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(format.locale, {
    timeZone: format.timeZone,
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

function stamp(verb: string, by: AnnotatorId | undefined, at: string | undefined, format: AuthorshipFormat): string {
  const who = format.annotator(by)?.name ?? (by === undefined ? 'an unknown annotator' : 'a former annotator');
  return at === undefined ? `${verb} by ${who}` : `${verb} by ${who}, ${stampTime(at, format)}`;
}

/**
 * "Added by Ana, 3 Dec 14:05; changed by Ben, 4 Dec 09:30": who made a row and who changed it
 * last. Rows from before the project knew annotators say so ("by an unknown annotator").
 */
export function authorshipLine(row: Authored, format: AuthorshipFormat): string {
  const added = stamp('Added', row.createdBy, row.createdAt, format);
  const changed = row.updatedAt !== undefined && row.updatedAt !== row.createdAt;
  return changed ? `${added}; ${stamp('changed', row.updatedBy, row.updatedAt, format)}` : added;
}
