import { basename, extname } from 'node:path';

/**
 * A project's name is its file's name without the extension. Its own module so that the processes
 * that only show names (the main process, the browser host) do not load the store to learn one.
 */
export function projectNameFromPath(path: string): string {
  return basename(path, extname(path));
}
