import type { SuggestionSourceKind } from '../../shared/model/suggestion-source';

/**
 * Where the user picks files. The Electron shell shows native dialogs; the browser host uses the
 * browser's pickers and downloads (or, under test control, answers from a queue the tests fill).
 * Paths only ever flow from here into main, never from the renderer.
 * Every method resolves to null when the user cancels.
 */
export interface FileDialogs {
  chooseNewProjectPath(suggestedPath: string): Promise<string | null>;
  chooseProjectToOpen(defaultDir: string): Promise<string | null>;
  chooseSaveAsPath(suggestedPath: string): Promise<string | null>;
  chooseFilesToImport(): Promise<string[] | null>;
  chooseFolderToImport(): Promise<string | null>;
  /** Where a single-file export goes; the dialog proposes `suggestedPath` (with the format's extension). */
  chooseExportFile(suggestedPath: string, format: { name: string; extension: string }): Promise<string | null>;
  /** The new folder a multi-file export is written into (the user names it; it must not hold files yet). */
  chooseExportFolder(suggestedPath: string): Promise<string | null>;
  /** Annotation files (or folders, archives) to import into the project. */
  chooseAnnotationFilesToImport(): Promise<string[] | null>;
  /** A gazetteer (CSV or TSV) or a pattern file (JSON Lines) to add as a suggestion source. */
  chooseSuggestionSourceFile(kind: SuggestionSourceKind): Promise<string | null>;
}
