import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, bytesToBase64Chunked } from '../../../renderer/src/import/base64';

describe('bytesToBase64', () => {
  it('matches Node’s encoder across chunk boundaries and for every length remainder', () => {
    for (const length of [0, 1, 2, 3, 24_575, 24_576, 24_577, 24_578, 100_001]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 7919) % 256);
      const expected = Buffer.from(bytes).toString('base64');
      expect(bytesToBase64Chunked(bytes)).toBe(expected);
      expect(bytesToBase64(bytes)).toBe(expected);
    }
  });

  it('encodes a large file without overflowing the call stack', () => {
    const bytes = new Uint8Array(8 * 1024 * 1024 + 1).fill(0xff);
    expect(bytesToBase64Chunked(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('agrees with Node for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(bytesToBase64Chunked(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 30 },
    );
  });
});
