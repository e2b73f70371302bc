/**
 * A file-system failure the user can cause — a path that is missing, unreadable or of the wrong
 * kind — as one sentence naming the path; null for any other error (a bug keeps its details).
 */
export function describeFileError(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return null;
  const name = path === undefined ? 'The path' : `“${path}”`;
  switch (code) {
    case 'ENOENT':
      return `${name} does not exist.`;
    case 'ENOTDIR':
      return `${name} does not exist (a part of its path is a file, not a folder).`;
    case 'EACCES':
    case 'EPERM':
      return `${name} cannot be opened: permission denied.`;
    case 'EISDIR':
      return `${name} is a folder where a file was expected.`;
    case 'ELOOP':
      return `${name} is a link that leads back to itself.`;
    default:
      return `${name} could not be used (${code}).`;
  }
}
