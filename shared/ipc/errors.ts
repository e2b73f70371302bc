import * as z from 'zod';

/** Every failure that crosses the process boundary is one of these codes plus a sentence for the user. */
export const ErrorCode = z.enum([
  'invalid-argument',
  'unknown-call',
  'forbidden',
  'not-found',
  'project-corrupt',
  'project-too-new',
  'project-not-ours',
  'read-only',
  'disk-full',
  'unsupported-format',
  'file-too-large',
  'file-damaged',
  'file-encrypted',
  'duplicate',
  'cancelled',
  'io',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const WireError = z.strictObject({ code: ErrorCode, message: z.string() });
export type WireError = z.infer<typeof WireError>;

/** A failure the user can act on; services throw it and the dispatcher passes code and message through. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };
