import { describe, expect, it } from 'vitest';
import { readDelimited, sniffDelimiter } from '../../../shared/suggestions/delimited-text';
import { GAZETTEER_LIMITS, parseGazetteer, readExternalId } from '../../../shared/suggestions/gazetteer-parser';

function rowsOf(text: string) {
  const parsed = parseGazetteer(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.rows;
}

describe('gazetteer files', () => {
  it('reads a CSV with a header, aliases and Wikidata ids, in any column order', () => {
    const rows = rowsOf(
      '\uFEFFType,Name,Aliases,Wikidata\r\nPerson,Xi Jinping,Präsident Xi|习近平,Q15031\r\nLocation,Peking,Beijing,https://www.wikidata.org/wiki/Q956\r\n',
    );
    expect(rows).toEqual([
      {
        line: 2,
        name: 'Xi Jinping',
        typeName: 'Person',
        aliases: ['Präsident Xi', '习近平'],
        externalIds: [{ scheme: 'wikidata', value: 'Q15031' }],
      },
      {
        line: 3,
        name: 'Peking',
        typeName: 'Location',
        aliases: ['Beijing'],
        externalIds: [{ scheme: 'wikidata', value: 'Q956' }],
      },
    ]);
  });

  it('reads a TSV without a header as name, type, aliases, external id', () => {
    const rows = rowsOf('TASS\tOrganisation\t\thttps://tass.ru\nRussland\tLocation\tRussia|Russische Föderation\n');
    expect(rows.map((row) => [row.name, row.typeName, row.aliases, row.externalIds])).toEqual([
      ['TASS', 'Organisation', [], [{ scheme: 'url', value: 'https://tass.ru' }]],
      ['Russland', 'Location', ['Russia', 'Russische Föderation'], []],
    ]);
  });

  it('follows RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', () => {
    const rows = rowsOf('name;type\n"Müller; Söhne ""GmbH""";Organisation\n"Two\r\nLines";Other\nLast;Other');
    expect(rows.map((row) => [row.line, row.name])).toEqual([
      [2, 'Müller; Söhne "GmbH"'],
      [3, 'Two Lines'],
      [5, 'Last'],
    ]);
  });

  it('says which lines are bad and why, and stores nothing of such a file', () => {
    const parsed = parseGazetteer('name,type,aliases,id\nPutin,Person\n,Person\nSchoigu,\nLawrow,Person,,not-an-id\n');
    expect(parsed).toEqual({
      ok: false,
      errors: [
        'line 3: no name',
        'line 4: no type for "Schoigu"',
        'line 5: "not-an-id" is neither a Wikidata id (such as Q567) nor a web address',
      ],
    });
  });

  it('refuses an unclosed quote, an empty file and files beyond the limits', () => {
    expect(parseGazetteer('name,type\n"Putin,Person\n')).toEqual({
      ok: false,
      errors: ['line 2: a quoted field is never closed'],
    });
    expect(parseGazetteer('\n\n')).toEqual({ ok: false, errors: ['The file has no names.'] });
    const tooMany = 'a,Person\n'.repeat(GAZETTEER_LIMITS.maxEntries + 1);
    expect(parseGazetteer(tooMany).ok).toBe(false);
    expect(parseGazetteer(`${'x'.repeat(501)},Person`)).toEqual({
      ok: false,
      errors: ['line 1: the name is longer than 500 characters'],
    });
  });

  it('reads a hostile file of quotes and delimiters in one pass', () => {
    const hostile = `${'"",'.repeat(200_000)}\n`;
    expect(() => readDelimited(hostile, sniffDelimiter(hostile))).not.toThrow();
  });

  it('sniffs tabs, then semicolons, then commas', () => {
    expect(sniffDelimiter('a\tb,c')).toBe('\t');
    expect(sniffDelimiter('"a;b",c,d')).toBe(',');
    expect(sniffDelimiter('a;b;c,d')).toBe(';');
    expect(sniffDelimiter('one column')).toBe(',');
  });

  it('maps external ids to the model’s schemes', () => {
    expect(readExternalId('Q567')).toEqual({ scheme: 'wikidata', value: 'Q567' });
    expect(readExternalId('http://www.wikidata.org/entity/Q64')).toEqual({ scheme: 'wikidata', value: 'Q64' });
    expect(readExternalId('https://www.geonames.org/2950159/berlin.html')).toEqual({
      scheme: 'geonames',
      value: '2950159',
    });
    expect(readExternalId('q567')).toBeUndefined();
  });
});
