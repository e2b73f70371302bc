import type { TextFragment } from '../../../shared/model/annotation';
import { LayerClaim } from '../../../shared/model/layer';

/*
 * The JSON columns of layer_annotation (see its migration), written by the layer import and read by
 * the layer marks, agreement and curation: one reading, so every reader checks them alike.
 */

/** `[[start, end], …]`. */
export function fragmentsJson(fragments: readonly TextFragment[]): string {
  return JSON.stringify(fragments.map(({ start, end }) => [start, end]));
}

export function storedFragments(json: string): TextFragment[] {
  const pairs: unknown = JSON.parse(json);
  if (!Array.isArray(pairs)) throw new Error('A layer annotation holds no fragments.');
  return pairs.map((pair: unknown) => {
    if (!Array.isArray(pair) || typeof pair[0] !== 'number' || typeof pair[1] !== 'number') {
      throw new Error('A layer annotation holds a malformed fragment.');
    }
    return { start: pair[0], end: pair[1] };
  });
}

export const claimJson = (claim: LayerClaim): string => JSON.stringify(claim);

export const storedClaim = (json: string): LayerClaim => LayerClaim.parse(JSON.parse(json));
