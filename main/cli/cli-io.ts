import type { TerminalText } from './terminal-text';

/**
 * Where a command writes; tests capture it, the program passes process streams. Lines are
 * TerminalText, so nothing from a file, a project or an argument reaches the terminal unescaped.
 */
export interface CliIo {
  out(line: TerminalText): void;
  err(line: TerminalText): void;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}
