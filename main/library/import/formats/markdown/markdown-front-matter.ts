import type { ArticleMetadata } from '../../imported-article';
import { canonicalLanguageTag } from '../../language-tag';
import { keptHref } from '../../kept-href';
import { cleanMetadataText, isoDate } from '../../metadata-text';

// Keys static-site generators and note apps use, by the metadata field they fill.
const KEYS: Readonly<Record<string, keyof ArticleMetadata>> = {
  title: 'title',
  author: 'author',
  authors: 'author',
  byline: 'author',
  date: 'publishedAt',
  published: 'publishedAt',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
  pubdate: 'publishedAt',
  lang: 'language',
  language: 'language',
  url: 'url',
  canonical: 'url',
  canonical_url: 'url',
  link: 'url',
  source: 'source',
  site: 'source',
  publisher: 'source',
};

const MAX_FRONT_MATTER_LINES = 200;

/** A scalar without its quotes; of an inline list (`[a, b]`) the first item. */
function scalar(value: string): string {
  const list = /^\[(.*)\]$/.exec(value.trim());
  const first = list === null ? value.trim() : (list[1]?.split(',')[0]?.trim() ?? '');
  return first.replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * YAML front matter (`---` … `---` on the first lines), read as flat `key: value` pairs only: no
 * YAML parser, so anchors, aliases and tags in a hostile file do nothing. Returns the metadata
 * found and the number of lines the block takes (0 when there is none).
 */
export function readFrontMatter(lines: readonly string[]): { metadata: Partial<ArticleMetadata>; lineCount: number } {
  if (lines[0]?.trim() !== '---') return { metadata: {}, lineCount: 0 };
  const close = lines.findIndex(
    (line, index) => index > 0 && index < MAX_FRONT_MATTER_LINES && (line.trim() === '---' || line.trim() === '...'),
  );
  if (close === -1) return { metadata: {}, lineCount: 0 };
  const metadata: Partial<ArticleMetadata> = {};
  for (const line of lines.slice(1, close)) {
    const match = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line);
    const field = match?.[1] === undefined ? undefined : KEYS[match[1].toLowerCase()];
    if (field === undefined || metadata[field] != null) continue;
    const value = scalar(match?.[2] ?? '');
    const cleaned =
      field === 'publishedAt'
        ? isoDate(value)
        : field === 'language'
          ? canonicalLanguageTag(value)
          : field === 'url'
            ? keptHref(value)
            : cleanMetadataText(value);
    if (cleaned !== null) metadata[field] = cleaned;
  }
  return { metadata, lineCount: close + 1 };
}
