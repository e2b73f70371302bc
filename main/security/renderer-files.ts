import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Types for what Vite emits into out/renderer (source maps included, for DevTools in development;
 * packages leave them out). Anything else is refused rather than sent as application/octet-stream:
 * the renderer never needs it, and a short list is easier to trust.
 */
const MIME_TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.gif', 'image/gif'],
  ['.webp', 'image/webp'],
  ['.ico', 'image/x-icon'],
  ['.woff', 'font/woff'],
  ['.woff2', 'font/woff2'],
  ['.ttf', 'font/ttf'],
  ['.txt', 'text/plain; charset=utf-8'],
]);

/** The Content-Type for a file the renderer build contains; callers only pass paths `resolveRendererFile` accepted. */
export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES.get(extname(filePath).toLowerCase()) ?? 'application/octet-stream';
}

/** True when `candidate` lies strictly inside `root` (both already resolved). */
function isInsideDirectory(root: string, candidate: string): boolean {
  const fromRoot = relative(root, candidate);
  return fromRoot !== '' && fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
}

/**
 * Decodes one path segment, or returns null if it could step outside the folder or confuse the file
 * system: `.`/`..` (also percent-encoded), embedded separators of either platform, NUL bytes,
 * Windows drive prefixes and empty segments (which would make an absolute path out of `//`).
 */
function safeSegment(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded === '' || decoded === '.' || decoded === '..') return null;
  if (/[/\\\0]/.test(decoded) || /^[a-zA-Z]:/.test(decoded)) return null;
  return decoded;
}

/**
 * Maps the still percent-encoded path of a request URL (app://workbench/… in Electron, the browser
 * host's http URL in tests) to a file under `rootDir`, or null if the answer must be 404. Both hosts
 * serve renderer files only through this check. Each segment is checked after decoding, so
 * traversal is refused even where the URL parser did not normalise it; the containment check
 * afterwards guards against anything the rules missed. Only file types the build produces are served.
 */
export function resolveRendererFile(rootDir: string, urlPathname: string): string | null {
  if (!urlPathname.startsWith('/')) return null;
  const rawPath = urlPathname.slice(1);
  const segments: string[] = [];
  for (const raw of rawPath === '' ? ['index.html'] : rawPath.split('/')) {
    const segment = safeSegment(raw);
    if (segment === null) return null;
    segments.push(segment);
  }
  const root = resolve(rootDir);
  const path = resolve(root, ...segments);
  if (!isInsideDirectory(root, path)) return null;
  return MIME_TYPES.has(extname(path).toLowerCase()) ? path : null;
}
