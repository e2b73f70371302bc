import type { SuggestionOrigin } from '../../../shared/model/suggestion';

/** How a suggestion's origin is stored: its kind, and the gazetteer's or pattern file's id (none for the registry). */
export interface OriginColumns {
  readonly origin_kind: SuggestionOrigin['kind'];
  readonly origin_id: number | null;
}

export function originColumns(origin: SuggestionOrigin): OriginColumns {
  switch (origin.kind) {
    case 'registry':
      return { origin_kind: 'registry', origin_id: null };
    case 'gazetteer':
      return { origin_kind: 'gazetteer', origin_id: origin.gazetteerId };
    case 'pattern':
      return { origin_kind: 'pattern', origin_id: origin.patternSetId };
  }
}

export function originOf({ origin_kind, origin_id }: OriginColumns): SuggestionOrigin {
  if (origin_kind === 'registry' || origin_id === null) return { kind: 'registry' };
  return origin_kind === 'gazetteer'
    ? { kind: 'gazetteer', gazetteerId: origin_id }
    : { kind: 'pattern', patternSetId: origin_id };
}
