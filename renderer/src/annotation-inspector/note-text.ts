import { ANNOTATION_LIMITS } from '../../../shared/model/annotation';

export type NoteCheck =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'save'; readonly note: string | null }
  | { readonly kind: 'invalid'; readonly message: string };

/** What saving a typed note means: nothing, the new text, null (an emptied note is removed), or an error. */
export function checkNote(typed: string, stored: string | undefined): NoteCheck {
  const text = typed.trim();
  if (text === (stored ?? '')) return { kind: 'unchanged' };
  if (text.length > ANNOTATION_LIMITS.noteMaxChars) {
    return {
      kind: 'invalid',
      message: `A note can be at most ${ANNOTATION_LIMITS.noteMaxChars.toLocaleString('en')} characters long.`,
    };
  }
  return { kind: 'save', note: text === '' ? null : text };
}
