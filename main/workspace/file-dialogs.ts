/**
 * Where the user picks files. The Electron shell shows native dialogs; the browser host answers
 * from a queue the tests fill. Paths only ever flow from here into main, never from the renderer.
 * Every method resolves to null when the user cancels.
 */
export interface FileDialogs {
  chooseNewProjectPath(suggestedPath: string): Promise<string | null>;
  chooseProjectToOpen(defaultDir: string): Promise<string | null>;
  chooseSaveAsPath(suggestedPath: string): Promise<string | null>;
  chooseFilesToImport(): Promise<string[] | null>;
  chooseFolderToImport(): Promise<string | null>;
}
