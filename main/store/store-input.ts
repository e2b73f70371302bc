import type * as z from 'zod';
import { WorkbenchError } from '../../shared/ipc/errors';

/**
 * Checks what a caller hands the store against the shared model, so a bad request is refused with
 * the model's own sentence before anything is written, whichever process sent it.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new WorkbenchError('invalid-argument', issue === undefined ? 'The request is not valid.' : issue.message);
}

export function invalid(message: string): WorkbenchError {
  return new WorkbenchError('invalid-argument', message);
}

export function notFound(message: string): WorkbenchError {
  return new WorkbenchError('not-found', message);
}

/** Row ids as one JSON parameter, so a list of any length is a single bound value (json_each). */
export function jsonIds(ids: Iterable<number>): string {
  return JSON.stringify([...new Set(ids)]);
}
