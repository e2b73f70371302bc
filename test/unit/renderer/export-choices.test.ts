import { describe, expect, it } from 'vitest';
import {
  exportOptionsFor,
  exportScopeOf,
  formatHint,
  hasByteOrderMarkOption,
} from '../../../renderer/src/export/export-choices';

describe('export scope', () => {
  it('exports the open article, or explains that none is open', () => {
    expect(exportScopeOf('article', 7, [], 3)).toEqual({
      ok: true,
      scope: { kind: 'articles', ids: [7] },
      articles: 1,
    });
    expect(exportScopeOf('article', null, [], 3)).toMatchObject({ ok: false });
  });

  it('exports the whole project unless it is empty', () => {
    expect(exportScopeOf('project', null, [], 3)).toEqual({ ok: true, scope: { kind: 'project' }, articles: 3 });
    expect(exportScopeOf('project', null, [], 0)).toEqual({
      ok: false,
      message: 'The project has no articles to export.',
    });
  });

  it('exports the ticked articles once each, and needs at least one', () => {
    expect(exportScopeOf('chosen', 1, [4, 2, 4], 9)).toEqual({
      ok: true,
      scope: { kind: 'articles', ids: [4, 2] },
      articles: 2,
    });
    expect(exportScopeOf('chosen', 1, [], 9)).toEqual({ ok: false, message: 'Tick at least one article to export.' });
  });
});

describe('export format hints and options', () => {
  it('says what the offsets count and whether a file or a folder is written', () => {
    expect(formatHint({ id: 'csv', name: 'CSV', offsetUnit: 'code-points', extension: null })).toBe(
      'a new folder · offsets in code points',
    );
    expect(formatHint({ id: 'bundle', name: 'Bundle', offsetUnit: 'utf16-code-units', extension: 'awb.json' })).toBe(
      'one .awb.json file · offsets in UTF-16 code units',
    );
  });

  it('offers the byte order mark for CSV only', () => {
    expect(hasByteOrderMarkOption('csv')).toBe(true);
    expect(exportOptionsFor('csv', false)).toEqual({ byteOrderMark: false });
    expect(exportOptionsFor('brat', true)).toBeUndefined();
  });
});
