import { describe, expect, it } from 'vitest';
import { bestNameSimilarity, foldName, nameSimilarity } from '../../../shared/text/name-similarity';

describe('nameSimilarity', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldName('  Sergej  SCHOJGU, Jr. ')).toBe('sergej schojgu jr');
    expect(nameSimilarity('Gerhard Schröder', 'gerhard schroder')).toBe(1);
    expect(nameSimilarity('Xi Jinping', 'Xi-Jinping')).toBe(1);
  });

  it('scores a short form fully on shared words and a spelling variant on edit distance', () => {
    // Token overlap 1 (Schoigu is all of the shorter name), edit similarity 1 − 7/14.
    expect(nameSimilarity('Schoigu', 'Sergej Schoigu')).toBeCloseTo(0.6 + 0.4 * 0.5);
    // No shared word; one letter apart in seven.
    expect(nameSimilarity('Schoigu', 'Shoigu')).toBeCloseTo(0.4 * (1 - 1 / 7));
    expect(nameSimilarity('Schoigu', 'Sergej Schoigu')).toBeGreaterThan(nameSimilarity('Schoigu', 'Shoigu'));
    expect(nameSimilarity('Schoigu', 'Shoigu')).toBeGreaterThan(nameSimilarity('Schoigu', 'Peking'));
  });

  it('counts code points, not UTF-16 units, and is symmetric', () => {
    expect(nameSimilarity('王毅', '王𠀀')).toBeCloseTo(0.4 * 0.5);
    expect(nameSimilarity('Lin Jian', 'Jian Lin')).toBe(nameSimilarity('Jian Lin', 'Lin Jian'));
  });

  it('gives 0 for an empty or punctuation-only name, and the best pair across aliases', () => {
    expect(nameSimilarity('', 'Peking')).toBe(0);
    expect(nameSimilarity('…', 'Peking')).toBe(0);
    expect(bestNameSimilarity(['Beijing', 'Peking'], ['Pekin', 'Běijīng'])).toBe(1);
  });
});
