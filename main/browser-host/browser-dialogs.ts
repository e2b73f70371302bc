import { AsyncLocalStorage } from 'node:async_hooks';
import { constants } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Envelope } from '../../shared/ipc/errors';
import { SUGGESTION_SOURCE_LIMITS } from '../../shared/model/suggestion-source';
import { BUNDLE_LIMITS } from '../interchange/formats/bundle/bundle-schema';
import { IMPORT_LIMITS } from '../library/import/import-limits';
import type { FileDialogs } from '../workspace/file-dialogs';
import { withProjectExtension } from '../workspace/project-file-path';
import type { DownloadHandover } from './download-handover';
import { freeProjectPath } from './free-project-path';
import type { PagePicker, PickedFiles } from './page-picker';
import type { PrivateTemp } from './private-temp';

/** What one call's dialogs did, for the host to finish once the call has answered. */
interface CallScope {
  /** The page that made the call: its pickers and downloads go there. */
  readonly pageId: string | null;
  /** Private temporary folders made for the call (uploads, an export's destination). */
  readonly folders: string[];
  exportTarget?: { readonly path: string; readonly isFolder: boolean };
  /** Save as: the new project, a copy of which the page downloads. */
  savedProject?: string;
  /** Open project: the copy of the chosen file, removed again if it does not open. */
  adoptedProject?: string;
}

/** A call's result that started a background job (imports, exports). */
function startedJobId(envelope: Envelope<unknown>): string | null {
  if (!envelope.ok || typeof envelope.value !== 'object' || envelope.value === null) return null;
  const { jobId } = envelope.value as { jobId?: unknown };
  return typeof jobId === 'string' ? jobId : null;
}

/**
 * The browser host's file dialogs, with the browser's own means: imports use its file and folder
 * pickers (the page uploads the chosen files), exports and Save as end in a download, and the page
 * has no way to name a path on this machine. A project's name is chosen for the user, never
 * replacing a file. Each call's dialogs are tracked in an async scope, so the temporary files they
 * make are removed once the call, or the import or export job it started, is done.
 */
export class BrowserDialogs implements FileDialogs {
  private readonly scope = new AsyncLocalStorage<CallScope>();
  private readonly importsInFlight = new Map<string, readonly string[]>();
  private readonly picker: PagePicker;
  private readonly temp: PrivateTemp;
  private readonly handover: DownloadHandover;

  constructor(picker: PagePicker, temp: PrivateTemp, handover: DownloadHandover) {
    this.picker = picker;
    this.temp = temp;
    this.handover = handover;
  }

  /** Runs one call on behalf of a page, then finishes what its dialogs started. */
  async run(pageId: string | null, dispatch: () => Promise<Envelope<unknown>>): Promise<Envelope<unknown>> {
    const scope: CallScope = { pageId, folders: [] };
    const envelope = await this.scope.run(scope, dispatch);
    return this.settle(envelope, scope);
  }

  /** An import job has read its files: their uploaded copies go. */
  importFinished(jobId: string): void {
    const folders = this.importsInFlight.get(jobId) ?? [];
    this.importsInFlight.delete(jobId);
    void this.removeAll(folders);
  }

  chooseNewProjectPath(suggestedPath: string): Promise<string | null> {
    return Promise.resolve(freeProjectPath(suggestedPath));
  }

  chooseSaveAsPath(suggestedPath: string): Promise<string | null> {
    const path = freeProjectPath(suggestedPath);
    this.current().savedProject = path;
    return Promise.resolve(path);
  }

  /** A page cannot hand over a path, so the chosen project is copied in beside the open one and the copy opened. */
  async chooseProjectToOpen(defaultDir: string): Promise<string | null> {
    const picked = await this.pick('project', null);
    const [file] = picked?.files ?? [];
    if (picked === null || file === undefined) return null;
    const path = freeProjectPath(withProjectExtension(join(defaultDir, basename(file))));
    await copyFile(join(picked.folder, file), path, constants.COPYFILE_EXCL);
    this.current().adoptedProject = path;
    return path;
  }

  async chooseFilesToImport(): Promise<string[] | null> {
    return this.pickFiles(IMPORT_LIMITS.maxFileBytes);
  }

  async chooseAnnotationFilesToImport(): Promise<string[] | null> {
    return this.pickFiles(BUNDLE_LIMITS.maxFileBytes);
  }

  async chooseSuggestionSourceFile(): Promise<string | null> {
    const [path] = (await this.pickFiles(SUGGESTION_SOURCE_LIMITS.maxFileBytes)) ?? [];
    return path ?? null;
  }

  async chooseFolderToImport(): Promise<string | null> {
    const picked = await this.pick('folder', IMPORT_LIMITS.maxFileBytes);
    if (picked === null) return null;
    // The browser names every file under the chosen folder; import what is inside it, as Electron does.
    const [top] = picked.files.map((file) => file.split('/')[0]);
    return top !== undefined && picked.files.every((file) => file.startsWith(`${top}/`))
      ? join(picked.folder, top)
      : picked.folder;
  }

  async chooseExportFile(suggestedPath: string): Promise<string | null> {
    return this.exportTarget(suggestedPath, false);
  }

  async chooseExportFolder(suggestedPath: string): Promise<string | null> {
    return this.exportTarget(suggestedPath, true);
  }

  private current(): CallScope {
    const scope = this.scope.getStore();
    if (scope === undefined) throw new Error('Browser dialogs are used only inside BrowserDialogs.run.');
    return scope;
  }

  private async pick(kind: 'files' | 'folder' | 'project', maxBytes: number | null): Promise<PickedFiles | null> {
    const scope = this.current();
    const picked = await this.picker.pick(scope.pageId, kind, maxBytes);
    if (picked !== null) scope.folders.push(picked.folder);
    return picked;
  }

  private async pickFiles(maxBytes: number): Promise<string[] | null> {
    const picked = await this.pick('files', maxBytes);
    return picked === null || picked.files.length === 0 ? null : picked.files.map((file) => join(picked.folder, file));
  }

  /** The export is written into a private folder, then handed to the page as a download. */
  private async exportTarget(suggestedPath: string, isFolder: boolean): Promise<string> {
    const scope = this.current();
    const folder = await this.temp.newFolder('export');
    scope.folders.push(folder);
    scope.exportTarget = { path: join(folder, basename(suggestedPath)), isFolder };
    return scope.exportTarget.path;
  }

  private async settle(envelope: Envelope<unknown>, scope: CallScope): Promise<Envelope<unknown>> {
    const jobId = startedJobId(envelope);
    if (jobId !== null && scope.exportTarget !== undefined) {
      this.handover.exportStarted(jobId, { ...scope.exportTarget, folders: scope.folders, pageId: scope.pageId });
      return envelope;
    }
    // An import job reads its files while it runs; anything else is done with them now.
    if (jobId !== null) this.importsInFlight.set(jobId, scope.folders);
    else await this.removeAll(scope.folders);
    const adopted = scope.adoptedProject;
    if (!envelope.ok && adopted !== undefined) {
      await Promise.all([adopted, `${adopted}-wal`, `${adopted}-shm`].map((file) => rm(file, { force: true })));
    }
    const saved = scope.savedProject;
    if (saved === undefined || !envelope.ok || envelope.value === null) return envelope;
    if (await this.handover.offerProjectCopy(scope.pageId, saved)) return envelope;
    const message = `The project was saved as “${basename(saved)}” in ${dirname(saved)}, but the browser could not be given a copy to download.`;
    return { ok: false, error: { code: 'io', message } };
  }

  private async removeAll(folders: readonly string[]): Promise<void> {
    await Promise.all(folders.map((folder) => this.temp.remove(folder)));
  }
}
