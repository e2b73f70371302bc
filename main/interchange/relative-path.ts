/**
 * A path inside an archive or an export folder, checked to stay inside it: forward slashes only
 * after conversion, no absolute paths or drive letters, no "." or ".." segments, no empty segments
 * or control characters. Returns the clean path, or null for a name that could write or read
 * outside the folder ("zip slip").
 */
export function safeRelativePath(name: string): string | null {
  const path = name.replaceAll('\\', '/');
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path) || /\p{Cc}/u.test(path)) return null;
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  return segments.join('/');
}
