/** Where a command writes; tests capture it, the program passes process streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}
