import type { ArticleMetadata } from '../../imported-article';
import { canonicalLanguageTag } from '../../language-tag';
import { cleanMetadataText, isoDate } from '../../metadata-text';

/** Core properties are a few hundred bytes; a larger part is not worth reading. */
const MAX_CORE_PROPERTIES_BYTES = 1024 * 1024;
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text content with its five predefined entities and character references decoded; nothing else expands. */
function xmlText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
      if (!name.startsWith('#')) return PREDEFINED_ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
    });
}

/** The text of the first element with this local name, whatever its namespace prefix. */
function element(xml: string, localName: string): string | null {
  const match = new RegExp(`<(?:[\\w.-]+:)?${localName}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${localName}>`).exec(
    xml,
  );
  return match?.[1] === undefined ? null : xmlText(match[1]);
}

/**
 * Title, author, date and language from a Word document's core properties (docProps/core.xml,
 * Dublin Core). Read with patterns rather than an XML parser: the part is small, flat and known,
 * and the archive check has already refused any DTD.
 */
export function readCoreProperties(xml: Uint8Array | undefined): Partial<ArticleMetadata> {
  if (xml === undefined || xml.length > MAX_CORE_PROPERTIES_BYTES) return {};
  const text = new TextDecoder('utf-8').decode(xml);
  return {
    title: cleanMetadataText(element(text, 'title')),
    author: cleanMetadataText(element(text, 'creator')),
    publishedAt: isoDate(element(text, 'created')),
    language: canonicalLanguageTag(element(text, 'language')),
  };
}
