import type { BuiltInRuleId } from '../model/suggestion-source';

export interface BuiltInRule {
  readonly title: string;
  /** Examples of what it finds, for the dialog. */
  readonly examples: string;
  readonly regex: RegExp;
}

const GERMAN_MONTHS = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const ENGLISH_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const YEAR = '\\d{4}';

/**
 * The rules the workbench brings. Each is one linear-time expression (no nested repetition) and
 * stops at word edges, so "2025-02-28" inside a longer number or "@" inside an e-mail address is
 * not proposed.
 */
export const BUILT_IN_RULES: Record<BuiltInRuleId, BuiltInRule> = {
  date: {
    title: 'Dates',
    examples: '2025-02-28, 28. Februar 2025, February 28, 2025, 28 February 2025',
    regex: new RegExp(
      [
        `(?<![\\p{L}\\p{N}])${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\p{L}\\p{N}])`,
        `(?<![\\p{L}\\p{N}])${DAY}\\.\\s?(?:${GERMAN_MONTHS})\\s${YEAR}(?![\\p{L}\\p{N}])`,
        `(?<![\\p{L}\\p{N}])(?:${ENGLISH_MONTHS})\\s${DAY},?\\s${YEAR}(?![\\p{L}\\p{N}])`,
        `(?<![\\p{L}\\p{N}])${DAY}\\s(?:${ENGLISH_MONTHS})\\s${YEAR}(?![\\p{L}\\p{N}])`,
      ].join('|'),
      'gu',
    ),
  },
  handle: {
    title: '@handles',
    examples: '@dpa_news, @UN',
    regex: /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_]{1,30}(?![A-Za-z0-9_@])/gu,
  },
  hashtag: {
    title: '#hashtags',
    examples: '#Ukraine, #COP29, #日本',
    regex: /(?<![\p{L}\p{N}_&#])#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/gu,
  },
  url: {
    title: 'Web addresses',
    examples: 'https://example.org/news, www.example.org, pic.twitter.com/5TSGau8d0L',
    // A closing bracket or sentence mark at the end is the text's, not the address's. Without a
    // scheme or www, a common top-level domain followed by a path marks an address.
    regex:
      /(?<![\p{L}\p{N}@./-])(?:https?:\/\/|www\.|(?:[a-z0-9-]+\.)+(?:com|org|net|info|gov|edu|eu|de|at|ch|uk|fr|ru|ua|cn|io|co)\/)[^\s<>"'«»]*[^\s<>"'«».,;:!?)\]}]/giu,
  },
};
