import { UNDEFINED_REASON_TEXT } from '../../../../shared/agreement/agreement-score';
import type { Score } from '../../../../shared/model/agreement';

/** What the table shows for an undefined coefficient; the reason goes with it as its text alternative. */
export const UNDEFINED_SCORE_TEXT = '—';

const DIGITS = 3;

/** A score as the table shows it: three decimals, or "—" with the sentence that says why it has no value. */
export interface ScoreText {
  readonly text: string;
  /** Why there is no value; absent for a value. */
  readonly reason?: string;
}

export function scoreText(score: Score): ScoreText {
  if ('value' in score) return { text: formatScore(score.value) };
  return { text: UNDEFINED_SCORE_TEXT, reason: UNDEFINED_REASON_TEXT[score.reason] };
}

/**
 * Fixed decimals so a column lines up; a minus sign (U+2212) rather than a hyphen, as κ and α can
 * fall below zero and a hyphen reads as a dash. A value that rounds to zero is shown unsigned.
 */
export function formatScore(value: number): string {
  const fixed = value.toFixed(DIGITS);
  if (Number(fixed) === 0) return (0).toFixed(DIGITS);
  return fixed.startsWith('-') ? `−${fixed.slice(1)}` : fixed;
}
