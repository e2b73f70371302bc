import { mkdirSync } from 'node:fs';
import { constants, enableCompileCache, flushCompileCache } from 'node:module';

const { ENABLED, ALREADY_ENABLED } = constants.compileCacheStatus;

/**
 * Keeps V8's compiled code of our bundles between starts, so a start reads it instead of compiling
 * a megabyte of JavaScript in the main thread and again in each worker. Worker threads take the
 * folder from the environment, which is why it is set there.
 *
 * The folder belongs to the user alone (in the data folder, 0700), never the shared temporary folder
 * Node would choose: V8 runs cached code whose source hash matches without checking the code
 * itself, so anyone able to write there could run code as this user.
 *
 * Returns a function that writes what was compiled so far (Node writes at exit otherwise, which a
 * killed process never reaches); a cache that cannot be kept costs only speed, so nothing throws.
 */
export function keepCompiledCode(folder: string): () => void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch {
    return () => undefined;
  }
  const { status, directory } = enableCompileCache(folder);
  if ((status !== ENABLED && status !== ALREADY_ENABLED) || directory === undefined) return () => undefined;
  process.env.NODE_COMPILE_CACHE = directory;
  return flushCompileCache;
}
