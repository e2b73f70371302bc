import { Worker, type ResourceLimits } from 'node:worker_threads';
import { WorkbenchError } from '../../shared/ipc/errors';
import type { ErrorLog } from '../ipc/dispatcher';
import type { StoreRequestKind, StoreRequests, StoreWorkerMessage } from './store-protocol';

export type StoreEventMessage = Extract<StoreWorkerMessage, { type: 'event' }>;

export interface StoreClientListener {
  onEvent(message: StoreEventMessage): void;
  log: ErrorLog;
  /** The worker ended without being asked to; its pending requests have failed. */
  onCrash(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** What a request gets once its worker crashed: the user's action may or may not have been done. */
export const WORKER_CRASHED = new WorkbenchError(
  'internal',
  'The project stopped unexpectedly, so this may not have been done (details are in the log); everything shown as saved is kept.',
);

const CLOSED = new WorkbenchError('internal', 'The project was closed before this could be done.');
const NOT_PASSABLE = new WorkbenchError('invalid-argument', 'Invalid request (the argument cannot be passed on).');

/**
 * Main's typed, asynchronous handle on one store worker (store-worker.ts): requests are answered in
 * the order sent, events and log lines are relayed, and a worker that dies fails what it still owed.
 */
export class StoreClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly exited: Promise<void>;
  private nextId = 1;
  /** Why new requests are refused: null while open, then closed or crashed. */
  private refusal: WorkbenchError | null = null;
  /** How main asked the worker to end, if it did: its exit is then expected, not a crash. */
  private ending: 'close' | 'stop' | null = null;

  constructor(
    workerFile: string,
    private readonly listener: StoreClientListener,
    resourceLimits: ResourceLimits,
  ) {
    this.worker = new Worker(workerFile, { resourceLimits });
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        this.exit(code);
        resolve();
      }),
    );
    this.worker.on('message', (message: StoreWorkerMessage) => this.receive(message));
    this.worker.on('error', (error) => listener.log('A store worker crashed', error));
  }

  request<K extends StoreRequestKind>(kind: K, arg: StoreRequests[K]['arg']): Promise<StoreRequests[K]['result']> {
    if (this.refusal !== null) return Promise.reject(this.refusal);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      try {
        this.worker.postMessage({ type: 'request', id, kind, arg });
      } catch {
        reject(NOT_PASSABLE);
        return;
      }
      this.pending.set(id, { resolve, reject });
    });
  }

  /**
   * Closes the connection once every request sent before is answered, and waits for the worker to
   * end (unless it was stopped: nobody waits for that).
   */
  async close(): Promise<void> {
    if (this.ending === 'stop') return;
    if (this.refusal === null) {
      const closed = this.request('close', undefined);
      this.ending = 'close';
      this.refusal = CLOSED;
      // A crash before the close is answered has already failed the requests that were pending.
      await closed.catch(() => undefined);
    }
    await this.exited;
  }

  /**
   * Ends the worker without waiting for what it is doing: its pending requests fail now, and the
   * thread stops once the SQLite statement it is in returns.
   */
  stop(): void {
    if (this.refusal !== null) return;
    this.ending = 'stop';
    this.refusal = CLOSED;
    for (const pending of this.pending.values()) pending.reject(CLOSED);
    this.pending.clear();
    this.worker.terminate().catch((error: unknown) => this.listener.log('A store worker could not be stopped', error));
  }

  private receive(message: StoreWorkerMessage): void {
    // A stopped worker's last words are about work nobody waits for any more.
    if (this.ending === 'stop') return;
    if (message.type === 'event') {
      this.listener.onEvent(message);
      return;
    }
    if (message.type === 'log') {
      const error = Object.assign(new Error(message.error.message), message.error);
      this.listener.log(message.message, error);
      return;
    }
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.outcome.ok) pending?.resolve(message.outcome.value);
    else pending?.reject(new WorkbenchError(message.outcome.error.code, message.outcome.error.message));
  }

  /** After a close every request has been answered; anything still pending was lost with the worker. */
  private exit(code: number): void {
    const unexpected = this.ending === null || (this.ending === 'close' && this.pending.size > 0);
    for (const pending of this.pending.values()) pending.reject(WORKER_CRASHED);
    this.pending.clear();
    if (unexpected)
      this.listener.log('A store worker stopped unexpectedly', new Error(`Its thread exited with code ${code}.`));
    if (this.ending !== null) return;
    this.refusal = WORKER_CRASHED;
    this.listener.onCrash();
  }
}
