import type { ResourceLimits } from 'node:worker_threads';

/*
 * The heap an import, export or store worker may use. A runaway worker (a hostile file that parses into
 * an enormous structure) then ends with ERR_WORKER_OUT_OF_MEMORY, which its job reports, instead of
 * growing until the system kills the whole app.
 */

/** Far above what parsing a 100 MB file into an article of 32 Mi characters needs. */
export const IMPORT_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 2048 };

/** An export reads a whole project into memory first: a million annotations take over a gigabyte. */
export const EXPORT_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 4096 };

/**
 * A project's store workers: the writer parses whole annotation files for an import, and the
 * reader lists every mention of an entity, which at a million annotations takes hundreds of MB.
 */
export const STORE_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 4096 };

/** Why a job's worker stopped before it finished, to end a sentence: "… because <reason>". */
export function workerFailureReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? 'it needed more memory than a background job may use'
    : 'of an unexpected error (details are in the log)';
}
