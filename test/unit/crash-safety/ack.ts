import { writeSync } from 'node:fs';

/**
 * Prints one acknowledgement line for the parent test. Synchronous and unbuffered: once this
 * returns the line is in the pipe, so a SIGKILL right after cannot lose it.
 */
export function ack(line: string): void {
  writeSync(1, `${line}\n`);
}
