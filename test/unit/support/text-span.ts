import type { TextFragment } from '../../../shared/model/annotation';

/** Where `phrase` stands in `text` (its `occurrence`-th time), as the editor would send a selection. */
export function span(text: string, phrase: string, occurrence = 1): TextFragment {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`“${phrase}” is not in the text`);
  return { start, end: start + phrase.length };
}

/** The claim of the seed article that the annotation scenario tags, with Xi Jinping as claimant. */
export const SEED_CLAIM_TEXT = 'dass China und Russland freundliche Nachbarn und wahre Freunde seien';
