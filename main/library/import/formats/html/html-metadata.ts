import type { ArticleMetadata } from '../../imported-article';
import { canonicalLanguageTag } from '../../language-tag';
import { keptHref } from '../../kept-href';
import { cleanMetadataText, isoDate } from '../../metadata-text';
import type { DomDocument } from './html-dom';

/** What a page says about itself, and the address its relative links resolve against. */
export interface HtmlMetadata {
  metadata: Partial<ArticleMetadata>;
  baseUrl: string | null;
}

interface JsonLdArticle {
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  inLanguage?: string;
}

const MAX_JSON_LD_CHARS = 1024 * 1024;
const MAX_JSON_LD_NODES = 10_000;
const ARTICLE_TYPES = /Article$|^BlogPosting$|^Report$|^WebPage$/;

/** `<meta name|property|itemprop=… content=…>` values by lower-cased key; the first of each key wins. */
function metaValues(document: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key !== undefined && key !== '' && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (typeof value === 'object' && value !== null && 'name' in value) return nameOf(value.name);
  return undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : Array.isArray(value) ? stringOf(value[0]) : undefined;
}

/**
 * The first article-like object in the page's JSON-LD (schema.org NewsArticle and relatives,
 * also inside `@graph`). Parsing is bounded in size and in the number of nodes visited.
 */
function jsonLdArticle(document: DomDocument): JsonLdArticle {
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let visited = 0; queue.length > 0 && visited < MAX_JSON_LD_NODES; visited++) {
      const node = queue.shift();
      if (Array.isArray(node)) {
        for (const item of node.slice(0, MAX_JSON_LD_NODES)) queue.push(item);
        continue;
      }
      if (typeof node !== 'object' || node === null) continue;
      const record = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(record['@type']);
      if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type)) && 'headline' in record) {
        return {
          headline: stringOf(record.headline),
          author: nameOf(record.author),
          publisher: nameOf(record.publisher),
          datePublished: stringOf(record.datePublished),
          inLanguage: nameOf(record.inLanguage),
        };
      }
      if (record['@graph'] !== undefined) queue.push(record['@graph']);
    }
  }
  return {};
}

function firstOf<T>(...candidates: (() => T | null)[]): T | null {
  for (const candidate of candidates) {
    const value = candidate();
    if (value !== null) return value;
  }
  return null;
}

/** Addresses analysts can follow: http(s) only. */
function webAddress(raw: string | null | undefined, base: string | null = null): string | null {
  const href = keptHref(raw ?? '', base);
  return href !== null && href.startsWith('http') ? href : null;
}

/**
 * Reads title, author, source, date, address and language from the places news pages put them:
 * Open Graph and Twitter cards, article:* and Dublin Core meta tags, schema.org JSON-LD,
 * `<title>`, `<time datetime>`, the canonical link and the `lang` attribute.
 */
export function readHtmlMetadata(document: DomDocument): HtmlMetadata {
  const meta = metaValues(document);
  const ld = jsonLdArticle(document);
  const metaText =
    (...keys: string[]) =>
    () =>
      firstOf(...keys.map((key) => () => cleanMetadataText(meta.get(key))));
  const author = (raw: string | null | undefined) => {
    const clean = cleanMetadataText(raw);
    // article:author is often a profile URL, which names no one.
    return clean !== null && !/^https?:\/\//i.test(clean) ? clean : null;
  };

  const canonical = Array.from(document.querySelectorAll('link')).find((link) =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const url = firstOf(
    () => webAddress(canonical?.getAttribute('href')),
    () => webAddress(meta.get('og:url')),
  );
  const base = webAddress(document.querySelector('base')?.getAttribute('href'), url) ?? url;

  const metadata: Partial<ArticleMetadata> = {
    title: firstOf(
      metaText('og:title', 'twitter:title'),
      () => cleanMetadataText(ld.headline),
      () => cleanMetadataText(document.querySelector('title')?.textContent),
    ),
    author: firstOf(
      () => author(meta.get('author')),
      () => author(meta.get('article:author')),
      () => author(ld.author),
      () => author(meta.get('dc.creator')),
      () => author(meta.get('parsely-author')),
    ),
    source: firstOf(metaText('og:site_name', 'application-name'), () => cleanMetadataText(ld.publisher)),
    publishedAt: firstOf(
      () => isoDate(meta.get('article:published_time')),
      () => isoDate(ld.datePublished),
      ...['date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created', 'parsely-pub-date'].map(
        (key) => () => isoDate(meta.get(key)),
      ),
      () => isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    ),
    url,
    language: firstOf(
      () => canonicalLanguageTag(document.documentElement?.getAttribute('lang')),
      () => canonicalLanguageTag(document.documentElement?.getAttribute('xml:lang')),
      () => canonicalLanguageTag(meta.get('content-language')?.split(',')[0]),
      () => canonicalLanguageTag(meta.get('og:locale')),
      () => canonicalLanguageTag(ld.inLanguage),
    ),
  };
  return { metadata, baseUrl: base };
}
