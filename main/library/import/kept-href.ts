import { Link } from '../../../shared/model/article-content';

const KEPT_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_HREF_LENGTH = Link.shape.href.maxLength ?? 4096;

/**
 * The target a link in an imported article may keep: an absolute http(s) or mailto URL, resolved
 * against the article's own address when relative. Everything else (`javascript:`, `data:`,
 * `file:`, in-page `#anchors`, unresolvable paths) is dropped while the link text stays.
 */
export function keptHref(raw: string, base: string | null = null): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = base === null ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return null;
  }
  if (!KEPT_PROTOCOLS.has(url.protocol)) return null;
  return url.href.length <= MAX_HREF_LENGTH ? url.href : null;
}
