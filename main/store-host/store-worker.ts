import { parentPort } from 'node:worker_threads';
import { serveStore } from './store-server';

/*
 * Worker thread entry (bundled to out/workers/store-worker.mjs). Every connection to the open
 * project lives in one of these, so no SQLite work ever runs on the thread that serves the window.
 */
if (parentPort === null) throw new Error('The store worker must run in a worker thread.');
serveStore(parentPort);
