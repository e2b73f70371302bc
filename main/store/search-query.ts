/**
 * Turns what an analyst types into an FTS5 query that cannot be malformed: every word becomes a
 * quoted prefix term (so "Sicherheit" finds "Sicherheitsrates", the way German compounds are
 * searched), "quoted phrases" stay phrases, and `field:value` searches one metadata field.
 */
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  title: 'title',
  text: 'text',
  source: 'source',
  author: 'author',
  url: 'url',
  tag: 'tag_list',
};

function quoted(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** Word characters as the index's tokenizer sees them; everything else only separates words. */
function words(value: string): string[] {
  return value.split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word.length > 0);
}

export function toFtsQuery(userQuery: string): string | null {
  const parts: string[] = [];
  const pattern = /(?:(\w+):)?(?:"([^"]*)"|(\S+))/gu;
  for (const match of userQuery.matchAll(pattern)) {
    const [, field, phrase, bare] = match;
    const column = field === undefined ? undefined : FIELD_COLUMNS[field.toLowerCase()];
    // An unknown "field:" is just text the analyst typed (a URL, a time), so it is searched as words.
    const value =
      column === undefined && field !== undefined ? `${field} ${phrase ?? bare ?? ''}` : (phrase ?? bare ?? '');
    const terms = words(value);
    if (terms.length === 0) continue;
    const expression =
      phrase !== undefined ? quoted(terms.join(' ')) : terms.map((term) => `${quoted(term)}*`).join(' AND ');
    parts.push(column === undefined ? `(${expression})` : `${column} : (${expression})`);
  }
  return parts.length === 0 ? null : parts.join(' AND ');
}
