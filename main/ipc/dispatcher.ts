import type * as z from 'zod';
import { isCallName, type CallName } from '../../shared/ipc/call-names';
import { contract, type ParsedArgOf, type ResultOf } from '../../shared/ipc/contract';
import type { EncodedEnvelope } from './encoded-json';
import { WorkbenchError, type Envelope, type WireError } from '../../shared/ipc/errors';

export type Handlers = {
  [C in CallName]: (arg: ParsedArgOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
};

export type Dispatch = (call: unknown, arg: unknown) => Promise<Envelope<unknown>>;

/** What the hosts relay to the renderer: the envelope already encoded, so main never rebuilds a large result. */
export type EncodedDispatch = (call: unknown, arg: unknown) => Promise<EncodedEnvelope>;

export type ErrorLog = (message: string, error: unknown) => void;

const MAX_ISSUES_REPORTED = 3;

function describeValidationError(error: z.ZodError): string {
  const issues = error.issues.slice(0, MAX_ISSUES_REPORTED).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'argument';
    return `${where}: ${issue.message}`;
  });
  return `Invalid request (${issues.join('; ')}).`;
}

/**
 * Turns handlers into one entry point (main's own calls in the Workspace, the data calls in the
 * store worker): calls it has no handler for and invalid arguments are refused before any handler
 * runs, and every failure leaves as a {code, message} value; stacks stay in the log.
 */
export function createDispatcher<C extends CallName>(handlers: Pick<Handlers, C>, log: ErrorLog): Dispatch {
  return async (call, rawArg) => {
    if (!isCallName(call) || !Object.hasOwn(handlers, call)) {
      return { ok: false, error: { code: 'unknown-call', message: 'Unknown request.' } };
    }
    const spec = contract[call];
    const parsed = spec.arg.safeParse(rawArg);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-argument', message: describeValidationError(parsed.error) } };
    }
    try {
      const handler = (handlers as Partial<Handlers>)[call] as (arg: unknown) => unknown;
      const value = await handler(parsed.data);
      // A result that breaks its own schema is our bug; catching it here keeps the renderer's types honest.
      return { ok: true, value: spec.result.parse(value) };
    } catch (error) {
      return { ok: false, error: toWireError(error, log, `Request ${call} failed`) };
    }
  };
}

/** A user-facing failure passes through as it is; anything else is logged and reported as internal. */
export function toWireError(error: unknown, log: ErrorLog, what: string): WireError {
  if (error instanceof WorkbenchError) return { code: error.code, message: error.message };
  log(what, error);
  return {
    code: 'internal',
    message: 'Something went wrong inside the workbench. Nothing was changed; details are in the log.',
  };
}
