import { describe, expect, it } from 'vitest';
import { colleagueFromFile } from '../../../main/interchange/layers/colleague-from-file';
import { creatorOf } from '../../../main/interchange/formats/w3c/w3c-file-creator';

describe('the colleague a file names', () => {
  it('reads a W3C creator as an agent, a bare IRI or the first of a list', () => {
    expect(
      creatorOf({ id: 'urn:uuid:0d5b8f7e-2f1c-4b8e-8f6a-3c2d1e0f9a87', name: 'Ana', email: 'mailto:ana@example.org' }),
    ).toEqual({ id: 'urn:uuid:0d5b8f7e-2f1c-4b8e-8f6a-3c2d1e0f9a87', name: 'Ana', email: 'ana@example.org' });
    expect(creatorOf(['https://orcid.org/0000-0002-1825-0097', { name: 'Bo' }])).toEqual({
      id: 'https://orcid.org/0000-0002-1825-0097',
    });
    expect(creatorOf({ type: 'Person', nickname: 'bo' })).toEqual({ name: 'bo' });
    expect(creatorOf(undefined)).toBeUndefined();
  });

  it('takes the name, else the e-mail, else the id, else the file name, keeping only what the project can', () => {
    expect(colleagueFromFile(undefined, 'ana')).toEqual({ name: 'ana' });
    expect(
      colleagueFromFile(
        { id: 'urn:uuid:0d5b8f7e-2f1c-4b8e-8f6a-3c2d1e0f9a87', name: 'Ana', email: 'ana@example.org' },
        'export',
      ),
    ).toEqual({ uid: '0d5b8f7e-2f1c-4b8e-8f6a-3c2d1e0f9a87', name: 'Ana', email: 'ana@example.org' });
    expect(colleagueFromFile({ email: 'bo@example.org' }, 'export')).toEqual({
      name: 'bo@example.org',
      email: 'bo@example.org',
    });
    expect(colleagueFromFile({ id: 'https://orcid.org/0000-0002-1825-0097' }, 'export')).toEqual({
      name: 'https://orcid.org/0000-0002-1825-0097',
    });
    // A broken e-mail and a name with a line break are not kept: the file name stands in.
    expect(colleagueFromFile({ name: 'Ana\nLima', email: 'not an address' }, 'export')).toEqual({ name: 'export' });
  });
});
