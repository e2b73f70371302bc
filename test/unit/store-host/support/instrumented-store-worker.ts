/**
 * The real store worker (bundled by the tests in place of out/workers/store-worker.mjs) with hooks
 * the tests drive through what they send, so no test seam is needed in the product:
 * - creating an article titled CRASH_TITLE ends the worker thread mid-call, as a crash does;
 * - entity mentions and annotation creation wait while `<project>.hold` exists, so a test can keep
 *   a long read or a write in flight for as long as it needs.
 */
import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { serveStore } from '../../../../main/store-host/store-server';
import { ProjectStore } from '../../../../main/store/project-store';
import { CRASH_TITLE, holdFile } from './store-hooks';

const pause = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

function waitWhileHeld(store: ProjectStore): void {
  while (existsSync(holdFile(store.path))) Atomics.wait(pause, 0, 0, 5);
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- each is called below with .call(this).
const { createArticle, createAnnotation, entityMentions } = ProjectStore.prototype;

ProjectStore.prototype.createArticle = function (this: ProjectStore, input) {
  if (input.title === CRASH_TITLE) process.exit(70);
  return createArticle.call(this, input);
};
ProjectStore.prototype.createAnnotation = function (this: ProjectStore, input) {
  waitWhileHeld(this);
  return createAnnotation.call(this, input);
};
ProjectStore.prototype.entityMentions = function (this: ProjectStore, id) {
  waitWhileHeld(this);
  return entityMentions.call(this, id);
};

if (parentPort === null) throw new Error('The store worker must run in a worker thread.');
serveStore(parentPort);
