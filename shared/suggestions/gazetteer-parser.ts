import { ANNOTATION_LIMITS, type ExternalId } from '../model/annotation';
import { readDelimited, sniffDelimiter, UnclosedQuoteError, type DelimitedRecord } from './delimited-text';

/** Bounds on an imported gazetteer, so a mistaken or hostile file is refused before it is stored. */
export const GAZETTEER_LIMITS = {
  maxChars: 20_000_000,
  maxEntries: 200_000,
  /** How many line errors a refusal lists; the rest are counted. */
  errorsListed: 10,
} as const;

/** Aliases in one field are separated by this: a vertical bar appears in no name. */
export const ALIAS_SEPARATOR = '|';

/** One name of a gazetteer, before its type is looked up among the project's labels. */
export interface GazetteerRow {
  readonly line: number;
  readonly name: string;
  readonly typeName: string;
  readonly aliases: readonly string[];
  readonly externalIds: readonly ExternalId[];
}

export type GazetteerParse =
  | { readonly ok: true; readonly rows: readonly GazetteerRow[] }
  | { readonly ok: false; readonly errors: readonly string[] };

type Column = 'name' | 'type' | 'aliases' | 'externalId';

const HEADER_NAMES: Record<Column, readonly string[]> = {
  name: ['name', 'entity', 'term', 'title'],
  type: ['type', 'label', 'category', 'class', 'entity type'],
  aliases: ['aliases', 'alias', 'synonyms', 'variants', 'also known as'],
  externalId: ['id', 'external id', 'qid', 'wikidata', 'wikidata id', 'url', 'uri'],
};
const POSITIONAL: readonly Column[] = ['name', 'type', 'aliases', 'externalId'];

/**
 * Reads a gazetteer: CSV or TSV (delimiter sniffed, RFC 4180 quoting, BOM, CRLF) with the columns
 * name, type, optional aliases (separated by "|") and an optional external id (a Wikidata item such
 * as Q567 or its page, or any web address). A first row naming these columns is a header and may
 * put them in any order; without one they are read in that order. Every bad line is reported.
 */
export function parseGazetteer(text: string): GazetteerParse {
  if (text.length > GAZETTEER_LIMITS.maxChars) {
    return {
      ok: false,
      errors: [`The file is larger than ${GAZETTEER_LIMITS.maxChars / 1_000_000} million characters.`],
    };
  }
  let records: DelimitedRecord[];
  try {
    records = readDelimited(text, sniffDelimiter(text.replace(/^\uFEFF/u, '')));
  } catch (error) {
    if (error instanceof UnclosedQuoteError) return { ok: false, errors: [error.message] };
    throw error;
  }
  const [first] = records;
  if (first === undefined) return { ok: false, errors: ['The file has no names.'] };
  const header = headerColumns(first.fields);
  const body = header === null ? records : records.slice(1);
  const columns = header ?? POSITIONAL;
  if (body.length > GAZETTEER_LIMITS.maxEntries) {
    return { ok: false, errors: [`The file has more than ${GAZETTEER_LIMITS.maxEntries.toLocaleString('en')} names.`] };
  }
  if (body.length === 0) return { ok: false, errors: ['The file has a header but no names.'] };
  const rows: GazetteerRow[] = [];
  const errors: string[] = [];
  for (const record of body) {
    const row = readRow(record, columns);
    if (typeof row === 'string') errors.push(`line ${record.line}: ${row}`);
    else rows.push(row);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** The columns a header row names, or null when the first row is data. */
function headerColumns(fields: readonly string[]): Column[] | null {
  const columns = fields.map((field) => {
    const key = field.trim().toLowerCase().replace(/[_-]/gu, ' ');
    return (Object.keys(HEADER_NAMES) as Column[]).find((column) => HEADER_NAMES[column].includes(key));
  });
  if (!columns.includes('name') || !columns.includes('type')) return null;
  return columns.map((column, i) => column ?? (`unknown:${i}` as Column));
}

function readRow(record: DelimitedRecord, columns: readonly Column[]): GazetteerRow | string {
  const value = (column: Column) => {
    const index = columns.indexOf(column);
    return index === -1 ? '' : oneLine(record.fields[index] ?? '');
  };
  const name = value('name');
  const typeName = value('type');
  if (name === '') return 'no name';
  if (name.length > ANNOTATION_LIMITS.entityNameMaxChars) {
    return `the name is longer than ${ANNOTATION_LIMITS.entityNameMaxChars} characters`;
  }
  if (typeName === '') return `no type for "${name}"`;
  const aliases = [...new Set(value('aliases').split(ALIAS_SEPARATOR).map(oneLine))].filter(
    (alias) => alias !== '' && alias !== name,
  );
  if (aliases.length > ANNOTATION_LIMITS.aliasesMax) return `more than ${ANNOTATION_LIMITS.aliasesMax} aliases`;
  if (aliases.some((alias) => alias.length > ANNOTATION_LIMITS.entityNameMaxChars)) {
    return `an alias is longer than ${ANNOTATION_LIMITS.entityNameMaxChars} characters`;
  }
  const rawId = value('externalId');
  const externalId = rawId === '' ? null : readExternalId(rawId);
  if (externalId === undefined) {
    return `"${rawId}" is neither a Wikidata id (such as Q567) nor a web address`;
  }
  return { line: record.line, name, typeName, aliases, externalIds: externalId === null ? [] : [externalId] };
}

/** White space, line breaks included, as one space: a name is one line. */
function oneLine(field: string): string {
  return field.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

const WIKIDATA_ITEM = /^Q[1-9]\d*$/u;
const WIKIDATA_PAGE = /^https?:\/\/(?:www\.|m\.)?wikidata\.org\/(?:wiki|entity)\/(Q[1-9]\d*)\/?$/iu;
const GEONAMES_PAGE = /^https?:\/\/(?:www\.|sws\.)?geonames\.org\/([1-9]\d*)(?:\/[^\s]*)?$/iu;
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+[^\s]*$/iu;

/** An external id in the model's schemes; undefined when it is none of them. */
export function readExternalId(raw: string): ExternalId | undefined {
  if (raw.length > ANNOTATION_LIMITS.externalIdValueMaxChars) return undefined;
  if (WIKIDATA_ITEM.test(raw)) return { scheme: 'wikidata', value: raw };
  const wikidata = WIKIDATA_PAGE.exec(raw)?.[1];
  if (wikidata !== undefined) return { scheme: 'wikidata', value: wikidata };
  const geonames = GEONAMES_PAGE.exec(raw)?.[1];
  if (geonames !== undefined) return { scheme: 'geonames', value: geonames };
  if (WEB_ADDRESS.test(raw)) return { scheme: 'url', value: raw };
  return undefined;
}
