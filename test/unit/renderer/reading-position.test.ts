import { describe, expect, it } from 'vitest';
import { ReadingPositions } from '../../../renderer/src/workbench/reading-position';

function memoryStorage(entries: Record<string, string> = {}) {
  const stored = new Map(Object.entries(entries));
  return {
    read: (key: string) => stored.get(key) ?? null,
    write: (key: string, value: string) => stored.set(key, value),
  };
}

describe('reading positions', () => {
  it('are kept per project file, since article ids are only unique within one', () => {
    const positions = new ReadingPositions(memoryStorage());
    positions.remember('/home/ana/Desk.awb', { articleId: 7, scrollTop: 840 });
    positions.remember('/home/ana/Archive.awb', { articleId: 2, scrollTop: 0 });
    expect(positions.get('/home/ana/Desk.awb')).toEqual({ articleId: 7, scrollTop: 840 });
    expect(positions.get('/home/ana/Archive.awb')).toEqual({ articleId: 2, scrollTop: 0 });
    expect(positions.get('/home/ana/New.awb')).toBeNull();
  });

  it('are ignored when what is stored is not a position (damaged, or from another version)', () => {
    const key = 'workbench.reading-position:/p.awb';
    for (const stored of ['{', '"7"', '{"articleId":-1,"scrollTop":0}', '{"articleId":3}']) {
      expect(new ReadingPositions(memoryStorage({ [key]: stored })).get('/p.awb')).toBeNull();
    }
  });
});
