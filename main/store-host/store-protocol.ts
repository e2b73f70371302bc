import type { EncodedEnvelope, EncodedJson } from '../ipc/encoded-json';
import type { WireError } from '../../shared/ipc/errors';
import type { AnnotationImportReport } from '../../shared/model/interchange';
import type { LayerImportReport } from '../../shared/model/layer';
import type { IntegrityReport, ProjectInfo } from '../../shared/model/project';
import type { OpenCheck } from '../store/project-database';
import type { StorageFault } from '../store/storage-faults';

/**
 * The messages between main (store-client.ts) and a store worker (store-server.ts). A worker holds
 * one connection: the writer's (every write and the undo history), or a read-only one (long reads,
 * integrity checks). Requests are answered one at a time, in the order sent.
 */
export type StoreRole = 'writer' | 'reader';

/** Each request main can make: its argument and the value it is answered with. */
export interface StoreRequests {
  /** Opens the project (a writer may create it); answered with what the project holds. */
  open: { arg: { role: StoreRole; path: string; create: boolean; check: OpenCheck }; result: ProjectInfo };
  /** One contract call, unchecked: the worker validates it and answers with its envelope, encoded (and transferred). */
  call: { arg: { call: string; arg: unknown }; result: EncodedEnvelope };
  copyTo: { arg: { target: string }; result: null };
  /** Reads and applies annotation files as one undo step (main chose them in a dialog). */
  importAnnotations: { arg: { paths: string[] }; result: AnnotationImportReport };
  /** Reads a colleague's annotation files and adds them as one layer, one undo step (main chose them in a dialog). */
  importLayer: { arg: { paths: string[] }; result: LayerImportReport };
  injectStorageFault: { arg: { fault: StorageFault | null }; result: null };
  checkIntegrity: { arg: undefined; result: IntegrityReport };
  /** Closes the connection once every earlier request is answered; then the worker ends. */
  close: { arg: undefined; result: null };
}
export type StoreRequestKind = keyof StoreRequests;

export type StoreRequest = {
  [K in StoreRequestKind]: { type: 'request'; id: number; kind: K; arg: StoreRequests[K]['arg'] };
}[StoreRequestKind];

/** The events a store worker raises, relayed by main to every window (a change set encoded). */
export type StoreEventName = 'project.changed' | 'store.changed';
/** What the store host itself tells the windows, besides relaying its workers' events. */
export type StoreHostEventName = StoreEventName | 'project.damaged';
export type StoreEvent =
  | { type: 'event'; event: 'project.changed'; payload: ProjectInfo }
  | { type: 'event'; event: 'store.changed'; payload: EncodedJson };

/** An error as it crosses the thread boundary for main's log; SQLite's extra fields are dropped. */
export interface LoggedError {
  name: string;
  message: string;
  stack: string | undefined;
}

export type StoreWorkerMessage =
  | { type: 'reply'; id: number; outcome: { ok: true; value: unknown } | { ok: false; error: WireError } }
  | StoreEvent
  | { type: 'log'; message: string; error: LoggedError };
