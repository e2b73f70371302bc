import { describe, expect, it, vi } from 'vitest';
import { AnnotationSession } from '../../../renderer/src/annotation/annotation-session';
import { SchemaSettingsDialog } from '../../../renderer/src/schema-settings/schema-settings-dialog';
import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { Label } from '../../../shared/model/annotation';
import type { ChangeSet } from '../../../shared/model/change-set';
import { useLinkedomPage } from '../support/linkedom-dialogs';

useLinkedomPage();

const ROLE: Label = {
  id: 7,
  kind: 'entity',
  name: 'Role',
  parentId: null,
  color: '#0072b2',
  hotkey: null,
  position: 7,
};

/** Main answering `schema.addLabel` as the browser host's socket does: the change set first, then the answer. */
function mainHeardBeforeAnswered() {
  const listeners = new Set<(changes: ChangeSet) => void>();
  const api = {
    invoke: (call: string) => {
      if (call !== 'schema.addLabel') return Promise.reject(new Error(`unexpected ${call}`));
      for (const listener of listeners) listener({ labels: { upserted: [ROLE], deleted: [] } });
      return Promise.resolve(ROLE);
    },
    on: (_event: string, listener: (changes: ChangeSet) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as WorkbenchApi;
  return new AnnotationSession(api, { trackWrite: (write) => write(), reportError: () => undefined });
}

describe('the annotation schema dialog', () => {
  it('empties the name field once a label is added, though its change set drew the dialog anew first', async () => {
    const dialog = new SchemaSettingsDialog(mainHeardBeforeAnswered());
    dialog.open();
    const field = (): HTMLInputElement =>
      dialog.element.querySelector('input[aria-label="New entity type"]') as HTMLInputElement;
    field().value = 'Role';
    const before = field();
    (before.nextElementSibling as HTMLButtonElement).click();
    await vi.waitFor(() => expect(dialog.element.textContent).toContain('Added “Role”.'));
    expect(field()).not.toBe(before);
    expect(field().value).toBe('');
    dialog.dispose();
  });
});
