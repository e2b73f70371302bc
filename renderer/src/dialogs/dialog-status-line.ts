import { h } from '../dom/element-builder';
import { userMessageOf } from '../errors/user-message';

/** Runs a write through the window's save state, answering null when it failed. */
export interface DialogWriter {
  write<T>(action: () => Promise<T>): Promise<T | null>;
}

/**
 * The status line of a settings dialog: what the last action did, or why it was refused, said where
 * the user looks (a live region, so screen readers read it too).
 */
export class DialogStatusLine {
  readonly element: HTMLElement;

  constructor(private readonly writer: DialogWriter) {
    this.element = h('p', { className: 'schema-status', attrs: { role: 'status', dir: 'auto' } });
  }

  say(message: string, error = false): void {
    this.element.textContent = message;
    this.element.classList.toggle('schema-status-error', error);
  }

  /** A write through the save state; a refusal is also said here. */
  run<T>(action: () => Promise<T>): Promise<T | null> {
    this.say('');
    return this.writer.write(async () => {
      try {
        return await action();
      } catch (error) {
        this.say(userMessageOf(error), true);
        throw error;
      }
    });
  }
}
