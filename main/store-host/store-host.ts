import type { ResourceLimits } from 'node:worker_threads';
import type { ArgOf, ResultOf } from '../../shared/ipc/contract';
import { WorkbenchError } from '../../shared/ipc/errors';
import type { AnnotationImportReport } from '../../shared/model/interchange';
import type { LayerImportReport } from '../../shared/model/layer';
import type { IntegrityReport, ProjectInfo } from '../../shared/model/project';
import { toWireError, type ErrorLog } from '../ipc/dispatcher';
import { STORE_WORKER_LIMITS } from '../jobs/worker-limits';
import { decodeEnvelope, encodeEnvelope, type EncodedEnvelope, type MainEventPayload } from '../ipc/encoded-json';
import { projectNameFromPath } from '../store/project-name';
import type { StorageFault } from '../store/storage-faults';
import type { CleanCloses } from './clean-closes';
import { isReaderCall, type StoreCallName } from './store-calls';
import { StoreClient } from './store-client';
import type { StoreHostEventName } from './store-protocol';

export interface StoreHostEnvironment {
  /** The bundled store worker (out/workers/store-worker.mjs). */
  workerFile: string;
  /** The heap each store worker may use; STORE_WORKER_LIMITS unless a test needs a small one. */
  resourceLimits?: ResourceLimits;
  log: ErrorLog;
  cleanCloses: CleanCloses;
  /** Relays the workers' events, and the reopen after a crash, to every window. */
  emit<E extends StoreHostEventName>(event: E, payload: MainEventPayload<E>): void;
  /** How long after opening the background integrity check starts; BACKGROUND_CHECK_DELAY_MS unless a test needs it sooner. */
  backgroundCheckDelayMs?: number;
  /** How long after opening the reader's connection opens; READER_START_DELAY_MS unless a test needs it sooner. */
  readerStartDelayMs?: number;
}

/**
 * The full check reads the whole file in a worker of its own. Started at once, it took a core from
 * the window's start-up (L painted 2.8 → 2.5 s at a cold start); a few seconds later nobody waits.
 */
export const BACKGROUND_CHECK_DELAY_MS = 5_000;

/**
 * The reader's worker starts this long after the writer's has opened the project. Both used to start
 * together: the reader's start (~300 ms of a core: Node, its bundle, its connection) then ran while
 * the window started and asked for the first article, on a machine with two cores. Opened later, its
 * long reads go to the writer until then, when nobody has written anything yet. A/B of 10 cold
 * starts on L (1 MB, 20,000 annotations): library shown 1,123 → 1,020 ms, L painted 1,934 → 1,665 ms.
 */
export const READER_START_DELAY_MS = 1_500;

/** The connections that serve an open project, and what it held when the writer opened it. */
interface Connections {
  writer: StoreClient;
  /** Null until the reader's connection is open: the writer's serves the long reads meanwhile. */
  reader: StoreClient | null;
  opened: ProjectInfo;
}

/**
 * One open project, served by store workers: the writer's connection takes every write, the undo
 * history and the short reads; a read-only connection, opened a moment after the project, takes
 * the long reads, so they never hold up a write. A read waits for the writes sent before it, so it
 * always sees them. A third, short-lived connection runs the full integrity check in the
 * background, a few seconds after opening. If a worker crashes, what it owed fails with a clear
 * error and the project is reopened.
 */
export class StoreHost {
  readonly path: string;
  readonly name: string;
  private connections: Promise<Connections>;
  /** The pair serving now; null while (re)connecting, after a failed reopen and after close. */
  private current: Connections | null = null;
  private readonly writes = new Set<Promise<unknown>>();
  private check: { checker: StoreClient; report: Promise<IntegrityReport> } | null = null;
  /** The background check while it waits to start. */
  private backgroundCheck: NodeJS.Timeout | null = null;
  /** The reader's start while it waits (no `opening` yet), and then while it opens. */
  private readerStart: { timer: NodeJS.Timeout; opening: Promise<void> | null } | null = null;
  private damaged = false;
  private closed = false;
  private reopenFailed = false;

  private constructor(
    path: string,
    create: boolean,
    private readonly env: StoreHostEnvironment,
  ) {
    this.path = path;
    this.name = projectNameFromPath(path);
    this.connections = this.connect(create);
  }

  /** Opens (or creates) the project; refusals (not a project, damaged, too new) reject as WorkbenchErrors. */
  static async open(
    path: string,
    create: boolean,
    env: StoreHostEnvironment,
  ): Promise<{ host: StoreHost; info: ProjectInfo }> {
    const host = new StoreHost(path, create, env);
    const { opened } = await host.connections;
    host.backgroundCheck = setTimeout(
      () => void host.checkInBackground(),
      env.backgroundCheckDelayMs ?? BACKGROUND_CHECK_DELAY_MS,
    );
    // A pending check alone should not keep a command-line run or a test alive.
    host.backgroundCheck.unref();
    return { host, info: opened };
  }

  /** True once the project stopped and could not be reopened: opening it again starts afresh. */
  get failed(): boolean {
    return this.reopenFailed;
  }

  /** Serves a data call, unchecked: the worker validates the argument. Never rejects. */
  async dispatch(call: StoreCallName, arg: unknown): Promise<EncodedEnvelope> {
    try {
      if (!isReaderCall(call)) return await this.write(({ writer }) => writer.request('call', { call, arg }));
      await Promise.allSettled([...this.writes]);
      const { reader, writer } = await this.connections;
      return await (reader ?? writer).request('call', { call, arg });
    } catch (error) {
      return encodeEnvelope({ ok: false, error: toWireError(error, this.env.log, `Request ${call} failed`) });
    }
  }

  /** A data call from main itself, typed; failures throw WorkbenchError. */
  async call<C extends StoreCallName>(call: C, arg: ArgOf<C>): Promise<ResultOf<C>> {
    const envelope = decodeEnvelope(await this.dispatch(call, arg));
    if (!envelope.ok) throw new WorkbenchError(envelope.error.code, envelope.error.message);
    return envelope.value as ResultOf<C>;
  }

  info(): Promise<ProjectInfo> {
    return this.call('project.current', undefined);
  }

  async copyTo(target: string): Promise<void> {
    await this.write(({ writer }) => writer.request('copyTo', { target }));
  }

  importAnnotations(paths: string[]): Promise<AnnotationImportReport> {
    return this.write(({ writer }) => writer.request('importAnnotations', { paths }));
  }

  importLayer(paths: string[]): Promise<LayerImportReport> {
    return this.write(({ writer }) => writer.request('importLayer', { paths }));
  }

  async injectStorageFault(fault: StorageFault | null): Promise<void> {
    await this.write(({ writer }) => writer.request('injectStorageFault', { fault }));
  }

  /** SQLite's full integrity check, on a connection of its own; joins a check already running. */
  checkIntegrity(): Promise<IntegrityReport> {
    // Asked for before the background check started, it is that check, brought forward.
    if (this.backgroundCheck !== null) return this.checkInBackground();
    if (this.check === null) {
      const checker = this.client();
      const report = this.runCheck(checker).finally(() => (this.check = null));
      this.check = { checker, report };
    }
    return this.check.report;
  }

  /**
   * Closes the project once every write sent before is done; the file is then remembered as closed
   * cleanly, unless a check found it damaged.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cancelBackgroundCheck();
    // A reader opening now closes itself once open; wait for that, so the file is free afterwards.
    await this.cancelReaderStart();
    // A check can take a minute on a large project; nobody waits for it any more.
    this.check?.checker.stop();
    const connections = await this.connections.catch(() => null);
    if (connections === null) return;
    this.current = null;
    // The reader first: the writer's close folds the WAL back into the file, which an open reader holds up.
    await connections.reader?.close();
    await connections.writer.close();
    if (!this.damaged) this.env.cleanCloses.recordIfClean(this.path);
    await this.env.cleanCloses.flushed();
  }

  private async connect(create: boolean): Promise<Connections> {
    const check = create || this.env.cleanCloses.isClean(this.path) ? 'none' : 'quick';
    const writer = this.client();
    try {
      const opened = await writer.request('open', { role: 'writer', path: this.path, create, check });
      const connections: Connections = { writer, reader: null, opened };
      this.current = connections;
      this.scheduleReader(connections);
      return connections;
    } catch (error) {
      await writer.close();
      throw error;
    }
  }

  /** The reader opens after the writer, which may have migrated the file, and a moment later (READER_START_DELAY_MS). */
  private scheduleReader(connections: Connections): void {
    const start: { timer: NodeJS.Timeout; opening: Promise<void> | null } = {
      timer: setTimeout(() => {
        start.opening = this.openReader(connections);
      }, this.env.readerStartDelayMs ?? READER_START_DELAY_MS),
      opening: null,
    };
    // A pending start alone should not keep a command-line run or a test alive.
    start.timer.unref();
    this.readerStart = start;
  }

  /** False once closed, or once a crash replaced these connections. */
  private serves(connections: Connections): boolean {
    return !this.closed && this.current === connections;
  }

  private async openReader(connections: Connections): Promise<void> {
    if (!this.serves(connections)) return;
    const reader = this.client();
    try {
      await reader.request('open', { role: 'reader', path: this.path, create: false, check: 'none' });
    } catch (error) {
      // The writer's connection goes on serving the long reads.
      this.env.log(`The read-only connection to "${this.name}" could not open`, error);
      await reader.close();
      return;
    }
    if (this.serves(connections)) connections.reader = reader;
    else await reader.close();
  }

  /** Stops a reader's start that has not begun, and waits for one that has. */
  private async cancelReaderStart(): Promise<void> {
    const start = this.readerStart;
    this.readerStart = null;
    if (start === null) return;
    clearTimeout(start.timer);
    await start.opening;
  }

  private client(): StoreClient {
    const client: StoreClient = new StoreClient(
      this.env.workerFile,
      {
        log: this.env.log,
        // Once closing (switched away from), what its last writes changed is no news to any window.
        onEvent: (message) => {
          if (!this.closed) this.env.emit(message.event, message.payload);
        },
        onCrash: () => this.crashed(client),
      },
      this.env.resourceLimits ?? STORE_WORKER_LIMITS,
    );
    return client;
  }

  /** Registered at once, so a read sent after this write waits for it. */
  private write<T>(action: (connections: Connections) => Promise<T>): Promise<T> {
    const done = this.connections.then(action);
    this.writes.add(done);
    const settle = () => this.writes.delete(done);
    done.then(settle, settle);
    return done;
  }

  private crashed(client: StoreClient): void {
    const previous = this.current;
    if (this.closed || previous === null || (client !== previous.writer && client !== previous.reader)) return;
    this.current = null;
    this.connections = this.reconnect(previous);
    this.connections.then(
      ({ opened }) => {
        if (!this.closed) this.env.emit('project.changed', opened);
      },
      (error: unknown) => {
        this.reopenFailed = true;
        this.env.log(`Could not reopen ${this.path} after it stopped`, error);
      },
    );
  }

  /** The surviving worker finishes what it was sent first; the undo history is lost with the writer. */
  private async reconnect(previous: Connections): Promise<Connections> {
    await this.cancelReaderStart();
    await Promise.all([previous.reader?.close(), previous.writer.close()]);
    return this.connect(false);
  }

  private async runCheck(checker: StoreClient): Promise<IntegrityReport> {
    try {
      await checker.request('open', { role: 'reader', path: this.path, create: false, check: 'none' });
      const report = await checker.request('checkIntegrity', undefined);
      if (!report.intact) {
        this.damaged = true;
        this.env.cleanCloses.forget(this.path);
        // The analyst keeps working in the project unaware otherwise: the background check is silent.
        if (!this.closed) this.env.emit('project.damaged', report);
      }
      return report;
    } finally {
      await checker.close();
    }
  }

  private cancelBackgroundCheck(): void {
    if (this.backgroundCheck !== null) clearTimeout(this.backgroundCheck);
    this.backgroundCheck = null;
  }

  /** Its damage is logged and announced here; whoever else waits for the report gets it too. */
  private checkInBackground(): Promise<IntegrityReport> {
    this.cancelBackgroundCheck();
    const report = this.checkIntegrity();
    report.then(
      ({ intact, problems }) => {
        if (intact) return;
        this.env.log(`"${this.name}" failed its integrity check`, new Error(problems.join('\n')));
      },
      (error: unknown) => {
        if (!this.closed) this.env.log(`The integrity check of "${this.name}" could not run`, error);
      },
    );
    return report;
  }
}
