import { extname, resolve } from 'node:path';
import { PROJECT_FILE_EXTENSION } from '../../shared/model/project';

const PROJECT_SUFFIX = `.${PROJECT_FILE_EXTENSION}`;

export function hasProjectExtension(path: string): boolean {
  return extname(path).toLowerCase() === PROJECT_SUFFIX;
}

/** Save dialogs on Linux do not add the filter's extension, and a project without it would not reopen by association. */
export function withProjectExtension(path: string): string {
  return hasProjectExtension(path) ? path : `${path}${PROJECT_SUFFIX}`;
}

/**
 * The project file named on a command line (Windows and Linux file association, "Open with", a
 * second launch), resolved against the directory that launch ran in. argv[0] is the executable and
 * Chromium adds switches of its own, so only non-switch arguments with our extension count; the
 * last one wins, as it would when the user drops several files.
 */
export function projectFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const candidate = argv.slice(1).findLast((arg) => !arg.startsWith('-') && hasProjectExtension(arg));
  return candidate === undefined ? null : resolve(workingDirectory, candidate);
}
