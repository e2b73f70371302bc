import { join } from 'node:path';
import type { ProjectDialogs } from '../../main/workspace/project-dialogs';

/**
 * Stands in for native file dialogs: tests queue the answers (paths or null for "cancelled");
 * with nothing queued, "new" and "save as" pick a fresh name next to the suggestion and "open" cancels.
 */
export class ScriptedDialogs implements ProjectDialogs {
  private readonly answers: (string | null)[] = [];
  private counter = 0;

  queue(answers: (string | null)[]): void {
    this.answers.push(...answers);
  }

  async chooseNewProjectPath(suggestedPath: string): Promise<string | null> {
    return this.next(() => this.freshName(suggestedPath));
  }

  async chooseProjectToOpen(): Promise<string | null> {
    return this.next(() => null);
  }

  async chooseSaveAsPath(suggestedPath: string): Promise<string | null> {
    return this.next(() => this.freshName(suggestedPath));
  }

  private next(fallback: () => string | null): string | null {
    return this.answers.length > 0 ? (this.answers.shift() as string | null) : fallback();
  }

  private freshName(suggestedPath: string): string {
    this.counter++;
    return join(suggestedPath.replace(/\.awb$/, ''), '..', `${Date.now()}-${this.counter}.awb`);
  }
}
