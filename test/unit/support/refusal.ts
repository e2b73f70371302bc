import { WorkbenchError } from '../../../shared/ipc/errors';

/** The WorkbenchError `action` throws; any other error is rethrown, and returning normally fails the test. */
export function refusal(action: () => unknown): WorkbenchError {
  try {
    action();
  } catch (error) {
    if (error instanceof WorkbenchError) return error;
    throw error;
  }
  throw new Error('The action was expected to be refused.');
}
