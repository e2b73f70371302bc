/**
 * Where the user picks files. The Electron shell shows native dialogs; the browser host answers
 * from a queue the tests fill. Paths only ever flow from here into main, never from the renderer.
 */
export interface ProjectDialogs {
  chooseNewProjectPath(suggestedPath: string): Promise<string | null>;
  chooseProjectToOpen(defaultDir: string): Promise<string | null>;
  chooseSaveAsPath(suggestedPath: string): Promise<string | null>;
}
