export interface Rating {
  readonly '@type': 'Rating';
  readonly alternateName: string;
  readonly ratingValue?: number;
  readonly bestRating?: number;
  readonly worstRating?: number;
}

/**
 * Verdicts on the 1 (false) to 5 (true) scale of Google's fact-check example, by the value's name.
 * Verdicts that rate nothing ("unverified", "unrated") or that the scale does not know keep their
 * name as the textual rating only, which Google's guidelines require and allow on its own.
 */
const SCALE: Readonly<Record<string, number>> = {
  true: 5,
  'mostly true': 4,
  'half true': 3,
  mixed: 3,
  misleading: 2,
  'mostly false': 2,
  false: 1,
};

export function ratingOf(verdict: string): Rating {
  const value = SCALE[verdict.toLocaleLowerCase()];
  if (value === undefined) return { '@type': 'Rating', alternateName: verdict };
  return { '@type': 'Rating', ratingValue: value, bestRating: 5, worstRating: 1, alternateName: verdict };
}
