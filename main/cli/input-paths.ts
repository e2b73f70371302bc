import { accessSync, constants } from 'node:fs';
import { describeFileError } from './file-errors';

export interface PathFailure {
  readonly file: string;
  readonly message: string;
}

/**
 * The files and folders named on the command line that can be read, and why each other one cannot,
 * so a mistyped name is reported like a bad file instead of ending the program.
 */
export function checkInputPaths(paths: readonly string[]): { readable: string[]; failed: PathFailure[] } {
  const readable: string[] = [];
  const failed: PathFailure[] = [];
  for (const path of paths) {
    try {
      accessSync(path, constants.R_OK);
      readable.push(path);
    } catch (error) {
      const message = describeFileError(error);
      if (message === null) throw error;
      failed.push({ file: path, message });
    }
  }
  return { readable, failed };
}
