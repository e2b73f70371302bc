import { describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../shared/ipc/call-names';
import type { EventPayload } from '../../../shared/ipc/contract';
import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { IntegrityReport } from '../../../shared/model/project';
import { ProjectIntegrity } from '../../../renderer/src/project-integrity/project-integrity';

const DAMAGED: IntegrityReport = {
  intact: false,
  problems: ['Tree 12 page 40: btreeInitPage() returns error code 11'],
};

function integrityWith(report: IntegrityReport) {
  const listeners = new Map<EventName, (payload: never) => void>();
  const api = {
    invoke: vi.fn(async () => report),
    on: vi.fn(<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    }),
  } as unknown as WorkbenchApi;
  const shown: { kind: string; message: string; action?: string }[] = [];
  const exportProject = vi.fn();
  const integrity = new ProjectIntegrity({
    api,
    toasts: {
      show: (kind, message, options) => {
        shown.push({ kind, message, action: options?.action?.label });
        if (options?.action !== undefined) options.action.run();
        return () => undefined;
      },
      info: (message) => {
        shown.push({ kind: 'info', message });
        return () => undefined;
      },
    },
    reportError: vi.fn(),
    projectName: () => 'Ukraine 2024',
    exportProject,
  });
  const emit = (payload: IntegrityReport) =>
    (listeners.get('project.damaged') as ((report: IntegrityReport) => void) | undefined)?.(payload);
  return { integrity, shown, exportProject, emit, listeners };
}

describe('what the analyst is told about the project file’s integrity', () => {
  it('damage found by the background check is an error that stays, naming the project and offering an export', () => {
    const { shown, exportProject, emit } = integrityWith(DAMAGED);
    emit(DAMAGED);
    expect(shown).toEqual([
      {
        kind: 'error',
        message: expect.stringMatching(
          /“Ukraine 2024” is damaged \(SQLite found: Tree 12 page 40.*Export it now as an Annotation Workbench bundle/,
        ),
        action: 'Export…',
      },
    ]);
    expect(exportProject).toHaveBeenCalledOnce();
  });

  it('a check asked for says it started and what it found', async () => {
    const intact = integrityWith({ intact: true, problems: [] });
    await intact.integrity.check();
    expect(intact.shown.map(({ message }) => message)).toEqual([
      'Checking “Ukraine 2024” for damage…',
      '“Ukraine 2024” is intact: SQLite found no damage.',
    ]);
    const damaged = integrityWith(DAMAGED);
    await damaged.integrity.check();
    expect(damaged.shown.at(-1)?.kind).toBe('error');
  });

  it('stops listening when the window lets go of it', () => {
    const { integrity, listeners } = integrityWith(DAMAGED);
    integrity.dispose();
    expect(listeners.has('project.damaged')).toBe(false);
  });
});
