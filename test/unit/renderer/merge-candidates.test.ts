import { describe, expect, it } from 'vitest';
import type { EntitySummary } from '../../../shared/model/annotation';
import { byMergeLikelihood } from '../../../renderer/src/entity-panel/merge-candidates';

const PERSON = 1;
const PLACE = 3;
let nextId = 1;
function entity(name: string, typeLabelId: number, aliases: string[] = []): EntitySummary {
  return { id: nextId++, typeLabelId, name, aliases, externalIds: [], mentionCount: 1, articleCount: 1 };
}

describe('byMergeLikelihood', () => {
  it('lists entities of the same type first, each group by similarity of name, ties alphabetically', () => {
    // Anna and Berta share no letter with Schoigu: both 0, so alphabetical.
    const merged = entity('Schoigu', PERSON);
    const others = [
      entity('Anna Schoigu', PLACE),
      entity('Berta', PERSON),
      entity('Shoigu', PERSON),
      entity('Anna', PERSON),
      entity('Sergej Schoigu', PERSON),
      entity('Peking', PLACE),
    ];
    expect(others.sort(byMergeLikelihood(merged)).map((candidate) => candidate.name)).toEqual([
      'Sergej Schoigu',
      'Shoigu',
      'Anna',
      'Berta',
      'Anna Schoigu',
      'Peking',
    ]);
  });

  it('matches aliases on either side', () => {
    const merged = entity('Beijing', PLACE, ['Peking']);
    const others = [entity('Berlin', PLACE), entity('北京市', PLACE, ['Pekin'])];
    expect(others.sort(byMergeLikelihood(merged)).map((candidate) => candidate.name)).toEqual(['北京市', 'Berlin']);
  });
});
