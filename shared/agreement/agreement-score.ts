/**
 * Why a coefficient has no value. Agreement measures divide by quantities that real studies can make
 * zero (no items, one category only); returning NaN or a silent 0 or 1 there would be read as a
 * result, so every measure says instead why it cannot be computed.
 */
export type UndefinedReason =
  | 'no-items'
  | 'single-category'
  | 'no-spans'
  | 'no-reference-spans'
  | 'no-candidate-spans'
  | 'no-units'
  | 'not-two-annotators'
  | 'fewer-than-two-annotators';

/** One sentence per reason, for the agreement table's tooltip. */
export const UNDEFINED_REASON_TEXT: Readonly<Record<UndefinedReason, string>> = {
  'no-items': 'No item was coded by enough annotators to compare them.',
  'single-category':
    'All annotators used one and the same category throughout, so chance agreement is total and the coefficient is 0/0.',
  'no-spans': 'No annotator marked a span of this label.',
  'no-reference-spans': 'The reference annotator marked no span of this label, so recall is 0/0.',
  'no-candidate-spans': 'The compared annotator marked no span of this label, so precision is 0/0.',
  'no-units': 'No annotator marked a unit of this label, so there is nothing to agree on.',
  'not-two-annotators': "Cohen's kappa compares exactly two annotators.",
  'fewer-than-two-annotators': 'Agreement needs at least two annotators.',
};

/** A coefficient's value, or no value and the reason why. */
export type AgreementScore =
  { readonly value: number } | { readonly value: undefined; readonly reason: UndefinedReason };

export const scoreOf = (value: number): AgreementScore => ({ value });

export const undefinedScore = (reason: UndefinedReason): AgreementScore => ({ value: undefined, reason });
