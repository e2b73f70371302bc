import { join } from 'node:path';
import type { FileDialogs } from '../workspace/file-dialogs';

type Answer = string | string[] | null;

/**
 * Stands in for native file dialogs under --test-control and in unit tests: tests queue the answers
 * (paths, or null for "cancelled"). With nothing queued it either cancels or invents a fresh
 * project name next to the suggestion, so New project and Save as work without an answer.
 */
export class ScriptedDialogs implements FileDialogs {
  private readonly answers: Answer[];
  private readonly whenEmpty: 'cancel' | 'invent-name';
  private counter = 0;

  constructor(options: { whenEmpty: 'cancel' | 'invent-name' }, ...answers: Answer[]) {
    this.whenEmpty = options.whenEmpty;
    this.answers = answers;
  }

  queue(answers: Answer[]): void {
    this.answers.push(...answers);
  }

  chooseNewProjectPath(suggestedPath: string): Promise<string | null> {
    return Promise.resolve(this.nextPath(() => this.freshName(suggestedPath)));
  }

  chooseProjectToOpen(): Promise<string | null> {
    return Promise.resolve(this.nextPath(() => null));
  }

  chooseSaveAsPath(suggestedPath: string): Promise<string | null> {
    return Promise.resolve(this.nextPath(() => this.freshName(suggestedPath)));
  }

  chooseFilesToImport(): Promise<string[] | null> {
    const answer = this.answers.shift() ?? null;
    return Promise.resolve(typeof answer === 'string' ? [answer] : answer);
  }

  chooseFolderToImport(): Promise<string | null> {
    return Promise.resolve(this.nextPath(() => null));
  }

  chooseExportFile(suggestedPath: string): Promise<string | null> {
    return Promise.resolve(this.nextPath(() => suggestedPath));
  }

  chooseExportFolder(suggestedPath: string): Promise<string | null> {
    return Promise.resolve(this.nextPath(() => suggestedPath));
  }

  async chooseAnnotationFilesToImport(): Promise<string[] | null> {
    return this.chooseFilesToImport();
  }

  chooseSuggestionSourceFile(): Promise<string | null> {
    return Promise.resolve(this.nextPath(() => null));
  }

  private nextPath(invent: () => string | null): string | null {
    if (this.answers.length === 0) return this.whenEmpty === 'invent-name' ? invent() : null;
    const answer = this.answers.shift() ?? null;
    return Array.isArray(answer) ? (answer[0] ?? null) : answer;
  }

  private freshName(suggestedPath: string): string {
    this.counter++;
    return join(suggestedPath, '..', `Project ${Date.now()}-${this.counter}.awb`);
  }
}
