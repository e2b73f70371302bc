import type { ToastRegion } from '../notifications/toast-region';
import { userMessageOf } from './user-message';

/** Says a failure to the user in one sentence; the details go to the console. */
export type ReportError = (error: unknown) => void;

export function errorReporter(toasts: Pick<ToastRegion, 'error'>): ReportError {
  return (error) => {
    console.error(error);
    toasts.error(userMessageOf(error));
  };
}
