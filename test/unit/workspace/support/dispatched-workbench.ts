import { expect } from 'vitest';
import type { CallName } from '../../../../shared/ipc/call-names';
import type { ArgOf, ResultOf } from '../../../../shared/ipc/contract';
import { decodeEnvelope } from '../../../../main/ipc/encoded-json';
import type { WireError } from '../../../../shared/ipc/errors';
import type { Label } from '../../../../shared/model/annotation';
import { startTestWorkspace } from '../../support/test-workspace';

/**
 * The renderer's view of main on a fresh workspace in `dir`: every request goes through the
 * workspace's dispatch, as over IPC (data calls to the store worker, which validates them).
 * `close` fails the test if main or the worker logged an internal error meanwhile.
 */
export async function openDispatchedWorkbench(dir: string) {
  const internalErrors: unknown[] = [];
  const workspace = await startTestWorkspace(dir, { log: (_message, error) => internalErrors.push(error) });
  const dispatch = async (name: string, arg: unknown) => decodeEnvelope(await workspace.dispatch(name, arg));
  /** What main announced as `project.changed`, in order. */
  const changes: unknown[] = [];
  workspace.events.on('project.changed', (info) => changes.push(info));

  async function call<C extends CallName>(name: C, arg: ArgOf<C>): Promise<ResultOf<C>> {
    const result = await dispatch(name, arg);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
    return result.value as ResultOf<C>;
  }

  async function refused(name: string, arg: unknown): Promise<WireError> {
    const result = await dispatch(name, arg);
    if (result.ok) throw new Error(`${name} was accepted: ${JSON.stringify(arg)}`);
    return result.error;
  }

  async function label(kind: Label['kind'], name: string): Promise<Label> {
    const found = (await call('schema.labels', undefined)).find((l) => l.kind === kind && l.name === name);
    if (found === undefined) throw new Error(`no ${kind} label ${name}`);
    return found;
  }

  /** Creates an article and returns its id and its text as stored (normalised). */
  async function article(title: string, text: string): Promise<{ id: number; text: string }> {
    const { id } = await call('article.create', { title, text });
    return { id, text: (await call('article.get', { id })).text };
  }

  return {
    call,
    refused,
    label,
    article,
    changes,
    close: async () => {
      await workspace.close();
      expect(internalErrors).toEqual([]);
    },
  };
}
