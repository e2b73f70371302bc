import type { RegistryEntry } from '../../../shared/suggestions/registry-matcher';

export const PERSON = 1;
export const PLACE = 2;
export const ORGANISATION = 3;

/** The eight people, places and organisations the seed article mentions, as an analyst registers them. */
export const SEED_REGISTRY: RegistryEntry[] = [
  { entityId: 1, labelId: PERSON, names: ['Xi Jinping', 'Xi', 'Präsident Xi'] },
  { entityId: 2, labelId: PERSON, names: ['Sergei Schoigu', 'Schoigu', 'Sergei Shoigu'] },
  { entityId: 3, labelId: PERSON, names: ['Wladimir Putin', 'Putin', 'Präsident Putin'] },
  { entityId: 4, labelId: PLACE, names: ['Peking', 'Beijing'] },
  { entityId: 5, labelId: PLACE, names: ['China'] },
  { entityId: 6, labelId: PLACE, names: ['Russland', 'Russia'] },
  { entityId: 7, labelId: ORGANISATION, names: ['TASS'] },
  { entityId: 8, labelId: ORGANISATION, names: ['Russische Föderation'] },
];

/** Every mention of those eight in the seed article, read off by hand, in order: [text, entity]. */
export const SEED_GOLD: [string, number][] = [
  ['Präsident Xi Jinping', 1],
  ['Peking', 4],
  ['Sergei Schoigu', 2],
  ['Russischen Föderation', 8],
  ['Xi', 1],
  ['China', 5],
  ['Russland', 6],
  ['Schoigu', 2],
  ['Schoigu', 2],
  ['Präsident Xi', 1],
  ['Präsident Putin', 3],
  ['Wladimir Putin', 3],
  ['Präsident Xi Jinping', 1],
  ['Sergei Schoigu', 2],
  ['Peking', 4],
  ['China', 5],
  ['Russland', 6],
  ['TASS', 7],
  ['Peking', 4],
  ['Sergei Shoigu', 2],
  ['Beijing', 4],
  ['China', 5],
  ['Russia', 6],
  ['TASS', 7],
  ['Schoigus', 2],
  ['China', 5],
  ['Schoigus', 2],
  ['China', 5],
  ['China', 5],
  ['Peking', 4],
  ['Russland', 6],
  ['China', 5],
  ['Peking', 4],
];
