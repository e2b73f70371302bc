import { WorkbenchError } from '../../../shared/ipc/errors';
import { ArticleEdit } from '../../../shared/model/article';
import { userMessageOf } from '../errors/user-message';

/**
 * Checks an edit with the contract's own schema before sending it, so a typo in a date is
 * answered at once, in the same words main would use, and never counts as a failed save.
 * Returns the sentence to show next to the field, or null if the edit is valid.
 */
export function validateEdit(edit: ArticleEdit): string | null {
  const result = ArticleEdit.safeParse(edit);
  return result.success ? null : (result.error.issues[0]?.message ?? 'This value is not valid.');
}

/**
 * The sentence to show next to a field whose save failed. Main's validation errors read
 * "Invalid request (edit.publishedAt: Use a date such as 2025-02-28)."; next to the field only the
 * reason is useful, so the wrapper is dropped. Every other failure is shown as the user message.
 */
export function fieldMessageOf(error: unknown): string {
  if (error instanceof WorkbenchError && error.code === 'invalid-argument') {
    const match = /^Invalid request \((?:edit\.)?[\w.]+: (.*?)(?:; .*)?\)\.?$/s.exec(error.message);
    if (match?.[1]) return ensureFullStop(match[1]);
  }
  return userMessageOf(error);
}

function ensureFullStop(sentence: string): string {
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}
