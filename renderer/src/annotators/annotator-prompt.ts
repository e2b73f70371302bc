import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { AnnotatorDialog } from './annotator-dialog';

/**
 * Asks who is annotating and saves it in the app's data folder (main stamps the open project's
 * writes with them from then on). `onlyIfUnknown`: at start, ask only on a machine where nobody said yet.
 */
export async function askForAnnotator(
  api: WorkbenchApi,
  dialog: AnnotatorDialog,
  onlyIfUnknown: boolean,
): Promise<void> {
  const current = await api.invoke('annotator.identity');
  if (onlyIfUnknown && current !== null) return;
  const answer = await dialog.ask(current);
  if (answer !== null) await api.invoke('annotator.setIdentity', answer);
}
