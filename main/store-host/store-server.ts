import type { MessagePort } from 'node:worker_threads';
import type { ProjectInfo } from '../../shared/model/project';
import { createDispatcher, toWireError, type Dispatch, type ErrorLog } from '../ipc/dispatcher';
import { encodeEnvelope, encodeJson } from '../ipc/encoded-json';
import { importAnnotationFiles } from '../interchange/import/import-annotation-files';
import { importLayerFiles } from '../interchange/layers/import-layer-files';
import { ProjectStore } from '../store/project-store';
import { storeHandlers } from './store-handlers';
import type { LoggedError, StoreRequest, StoreRequestKind, StoreRequests, StoreWorkerMessage } from './store-protocol';

type RequestHandlers = {
  [K in StoreRequestKind]: (
    arg: StoreRequests[K]['arg'],
  ) => StoreRequests[K]['result'] | Promise<StoreRequests[K]['result']>;
};

interface OpenStore {
  store: ProjectStore;
  dispatch: Dispatch;
}

/** How many of SQLite's problem lines a report carries; the first says what is wrong. */
const PROBLEMS_REPORTED = 10;

function loggedError(error: unknown): LoggedError {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error), stack: undefined };
}

/**
 * The store side of a store worker: owns one connection to the project and answers main's requests
 * one at a time, in order, so a close is answered only after every write sent before it. Data
 * calls are validated here by the dispatcher, as they used to be in main.
 */
export function serveStore(port: MessagePort): void {
  const post = (message: StoreWorkerMessage): void => port.postMessage(message);
  const log: ErrorLog = (message, error) => post({ type: 'log', message, error: loggedError(error) });
  const announce = (info: ProjectInfo): void => post({ type: 'event', event: 'project.changed', payload: info });
  let open: OpenStore | null = null;

  const opened = (): OpenStore => {
    if (open === null) throw new Error('The store worker got a request before its project was opened.');
    return open;
  };

  const handlers: RequestHandlers = {
    open: ({ role, path, create, check }) => {
      if (open !== null) throw new Error('The store worker already has a project open.');
      const store =
        role === 'reader'
          ? ProjectStore.openForReading(path, check)
          : create
            ? ProjectStore.create(path)
            : ProjectStore.open(path, undefined, check);
      if (role === 'writer') {
        // Encoded here and moved without a copy: main relays it as it is.
        store.onChanged((changes) => {
          const payload = encodeJson(changes);
          port.postMessage({ type: 'event', event: 'store.changed', payload } satisfies StoreWorkerMessage, [
            payload.buffer,
          ]);
        });
      }
      open = { store, dispatch: createDispatcher(storeHandlers(store, announce), log) };
      return store.info();
    },
    call: async ({ call, arg }) => encodeEnvelope(await opened().dispatch(call, arg)),
    copyTo: ({ target }) => {
      opened().store.copyTo(target);
      return null;
    },
    importAnnotations: async ({ paths }) => {
      const { store } = opened();
      const report = await importAnnotationFiles(store, paths);
      if (report.imported) announce(store.info());
      return report;
    },
    importLayer: ({ paths }) => importLayerFiles(opened().store, paths),
    injectStorageFault: ({ fault }) => {
      opened().store.injectStorageFault(fault);
      return null;
    },
    checkIntegrity: () => {
      const problems = opened().store.checkIntegrity();
      return { intact: problems.length === 0, problems: problems.slice(0, PROBLEMS_REPORTED) };
    },
    close: () => {
      open?.store.close();
      open = null;
      return null;
    },
  };

  const answer = async (request: StoreRequest): Promise<void> => {
    let outcome: Extract<StoreWorkerMessage, { type: 'reply' }>['outcome'];
    try {
      const handler = handlers[request.kind] as (arg: unknown) => unknown;
      outcome = { ok: true, value: await handler(request.arg) };
    } catch (error) {
      outcome = { ok: false, error: toWireError(error, log, `Store request ${request.kind} failed`) };
    }
    try {
      // An encoded envelope moves to main without a copy.
      const { value } = outcome as { value?: unknown };
      const transfer = value instanceof Uint8Array && value.buffer instanceof ArrayBuffer ? [value.buffer] : [];
      port.postMessage({ type: 'reply', id: request.id, outcome } satisfies StoreWorkerMessage, transfer);
    } catch (error) {
      // A value that cannot cross the thread boundary is our bug; the caller still gets an answer.
      post({
        type: 'reply',
        id: request.id,
        outcome: { ok: false, error: toWireError(error, log, 'Store reply failed') },
      });
    }
    if (request.kind === 'close') port.close();
  };

  let queue = Promise.resolve();
  port.on('message', (request: StoreRequest) => {
    queue = queue.then(() => answer(request));
  });
}
