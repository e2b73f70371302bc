import { join } from 'node:path';
import { decodeJson } from '../../../../main/ipc/encoded-json';
import { CleanCloses } from '../../../../main/store-host/clean-closes';
import { StoreHost, type StoreHostEnvironment } from '../../../../main/store-host/store-host';
import type { StoreHostEventName } from '../../../../main/store-host/store-protocol';
import { bundleForNode } from '../../support/bundle-for-node';

let instrumented: Promise<string> | undefined;

/** The store worker with the test hooks of instrumented-store-worker.ts, bundled once per test file. */
export function buildInstrumentedStoreWorker(): Promise<string> {
  instrumented ??= bundleForNode(join(import.meta.dirname, 'instrumented-store-worker.ts'));
  return instrumented;
}

export interface TestHostEnvironment {
  environment: StoreHostEnvironment;
  /** What main logged, worker errors included. */
  logged: { message: string; error: unknown }[];
  /** What the host relayed to the windows, in order (encoded payloads decoded). */
  events: { event: StoreHostEventName; payload: unknown }[];
}

/** What a store host needs, as the workspace gives it, with the data folder in `dataDir`. */
export async function testHostEnvironment(dataDir: string): Promise<TestHostEnvironment> {
  const logged: TestHostEnvironment['logged'] = [];
  const events: TestHostEnvironment['events'] = [];
  const log = (message: string, error: unknown) => logged.push({ message, error });
  return {
    environment: {
      workerFile: await buildInstrumentedStoreWorker(),
      log,
      cleanCloses: new CleanCloses(join(dataDir, 'clean-closes.json'), log),
      emit: (event, payload) =>
        events.push({ event, payload: payload instanceof Uint8Array ? decodeJson(payload) : payload }),
    },
    logged,
    events,
  };
}

export async function openHost(path: string, create: boolean, environment: StoreHostEnvironment): Promise<StoreHost> {
  return (await StoreHost.open(path, create, environment)).host;
}
