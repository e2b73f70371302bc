import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import {
  dialog,
  type BrowserWindow,
  type FileFilter,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { PROJECT_FILE_EXTENSION } from '../../shared/model/project';
import type { FileDialogs } from '../workspace/file-dialogs';
import { withProjectExtension } from '../workspace/project-file-path';
import type { SuggestionSourceKind } from '../../shared/model/suggestion-source';

const PROJECT_FILES: FileFilter = { name: 'Annotation Workbench project', extensions: [PROJECT_FILE_EXTENSION] };
const IMPORTABLE_FILES: FileFilter = {
  name: 'Articles',
  extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'pdf'],
};

const ANNOTATION_FILES: FileFilter = {
  name: 'Annotations (bundle, brat, W3C, doccano, Label Studio)',
  extensions: ['json', 'jsonld', 'jsonl', 'ann', 'txt', 'conf', 'zip'],
};

const SUGGESTION_SOURCE_FILES: Record<SuggestionSourceKind, FileFilter> = {
  gazetteer: { name: 'Gazetteers (CSV, TSV)', extensions: ['csv', 'tsv', 'txt'] },
  patterns: { name: 'Pattern files (JSON Lines)', extensions: ['jsonl', 'json', 'txt'] },
};

// Dialogs are attached to the window when there is one, so they stay modal and on top of it.
function showSave(parent: BrowserWindow | null, options: SaveDialogOptions) {
  return parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options);
}

function showOpen(parent: BrowserWindow | null, options: OpenDialogOptions) {
  return parent === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(parent, options);
}

function showMessage(parent: BrowserWindow | null, options: MessageBoxOptions) {
  return parent === null ? dialog.showMessageBox(options) : dialog.showMessageBox(parent, options);
}

/**
 * The system dialog only asked about replacing the name the user typed. When we appended ".awb",
 * the file that would be replaced is a different one, so ask again.
 */
async function confirmReplace(parent: BrowserWindow | null, path: string): Promise<boolean> {
  const { response } = await showMessage(parent, {
    type: 'warning',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: `"${basename(path)}" already exists. Do you want to replace it?`,
    detail: 'The project in that file will be replaced by a copy of the open project.',
  });
  return response === 0;
}

async function chooseProjectSavePath(
  parent: BrowserWindow | null,
  options: { title: string; buttonLabel: string; defaultPath: string; mayReplace: boolean },
): Promise<string | null> {
  const result = await showSave(parent, {
    title: options.title,
    buttonLabel: options.buttonLabel,
    defaultPath: options.defaultPath,
    filters: [PROJECT_FILES],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || result.filePath === '') return null;
  const path = withProjectExtension(result.filePath);
  // Creating never replaces (the store refuses existing files); only "save as" needs the extra question.
  if (options.mayReplace && path !== result.filePath && existsSync(path) && !(await confirmReplace(parent, path))) {
    return null;
  }
  return path;
}

/** The native file dialogs behind the workspace's project commands. */
export function createFileDialogs(parentWindow: () => BrowserWindow | null): FileDialogs {
  return {
    chooseNewProjectPath: (defaultPath) =>
      chooseProjectSavePath(parentWindow(), {
        title: 'New project',
        buttonLabel: 'Create',
        defaultPath,
        mayReplace: false,
      }),
    chooseSaveAsPath: (defaultPath) =>
      chooseProjectSavePath(parentWindow(), {
        title: 'Save project as',
        buttonLabel: 'Save',
        defaultPath,
        mayReplace: true,
      }),
    chooseProjectToOpen: async (defaultDir) => {
      const result = await showOpen(parentWindow(), {
        title: 'Open project',
        defaultPath: defaultDir,
        filters: [PROJECT_FILES],
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseFilesToImport: async () => {
      const result = await showOpen(parentWindow(), {
        title: 'Import articles',
        buttonLabel: 'Import',
        filters: [IMPORTABLE_FILES, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile', 'multiSelections'],
      });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    chooseFolderToImport: async () => {
      const result = await showOpen(parentWindow(), {
        title: 'Import every article in a folder',
        buttonLabel: 'Import folder',
        properties: ['openDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseExportFile: async (defaultPath, format) => {
      const result = await showSave(parentWindow(), {
        title: `Export as ${format.name}`,
        buttonLabel: 'Export',
        defaultPath,
        // Filters match the last extension only ("awb.json" is offered as "json").
        filters: [{ name: format.name, extensions: [format.extension.split('.').pop() ?? format.extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
    // A save dialog, because the user names a new folder; the export creates it.
    chooseExportFolder: async (defaultPath) => {
      const result = await showSave(parentWindow(), {
        title: 'Export into a new folder',
        buttonLabel: 'Export',
        defaultPath,
        nameFieldLabel: 'Folder name:',
        properties: ['createDirectory'],
      });
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
    chooseSuggestionSourceFile: async (kind) => {
      const result = await showOpen(parentWindow(), {
        title: kind === 'gazetteer' ? 'Import a gazetteer' : 'Import a pattern file',
        buttonLabel: 'Import',
        filters: [SUGGESTION_SOURCE_FILES[kind], { name: 'All files', extensions: ['*'] }],
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseAnnotationFilesToImport: async () => {
      const result = await showOpen(parentWindow(), {
        title: 'Import annotations',
        buttonLabel: 'Import',
        filters: [ANNOTATION_FILES, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile', 'multiSelections'],
      });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
  };
}
