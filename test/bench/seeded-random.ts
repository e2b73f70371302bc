export { seededRandom } from '../../shared/random/seeded-random';

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
