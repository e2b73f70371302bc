import { WorkbenchError } from '../../../shared/ipc/errors';
import { InvalidArticleLayoutError } from '../article-view/article-to-doc';

export const UNEXPECTED_ERROR_MESSAGE =
  'Something went wrong in the workbench window. Nothing was changed; try again, and restart the app if it keeps happening.';

/**
 * The sentence to show the user for a failure. WorkbenchError messages are written for users by
 * main and shown as they are; anything else is our bug or a broken connection, whose raw message
 * (a stack, "Failed to fetch") would not help the user, so it goes to the console instead.
 */
export function userMessageOf(error: unknown): string {
  if (error instanceof WorkbenchError) return error.message;
  if (error instanceof InvalidArticleLayoutError) return `This article cannot be shown: ${error.message}`;
  return UNEXPECTED_ERROR_MESSAGE;
}
