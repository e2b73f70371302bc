import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The port the browser host of a data folder listened on last. Started again without --port, the
 * host asks for it first: the page's origin, and with it the window's own storage (the library it
 * shows while the project opens, where the analyst was reading, which panels were open), is the
 * port's. On a port the system picks anew each start, every start was a first one.
 */
const PORT_FILE = 'browser-host-port';

/** The port last used with this data folder; null when none is known (or the note is unreadable). */
export function lastPort(dataDir: string): number | null {
  let text: string;
  try {
    text = readFileSync(join(dataDir, PORT_FILE), 'utf8');
  } catch {
    return null;
  }
  const port = Number(text.trim());
  return Number.isInteger(port) && port > 0 && port <= 65_535 ? port : null;
}

/** Notes the port for the next start. */
function rememberPort(dataDir: string, port: number): void {
  try {
    writeFileSync(join(dataDir, PORT_FILE), `${port}\n`, { mode: 0o600 });
  } catch {
    // A note that cannot be written only costs the next start the window's storage.
  }
}

/**
 * Listens on `port` if given (0: any free port); else on the port this data folder had last, or,
 * when that is taken or unknown, on any free one, which is then noted for the next start.
 */
export async function listenOnLastingPort(
  listen: (port: number) => Promise<string>,
  port: number | null,
  dataDir: string,
): Promise<string> {
  if (port !== null) return listen(port);
  const last = lastPort(dataDir);
  let origin: string | null = null;
  if (last !== null) origin = await listen(last).catch(() => null);
  origin ??= await listen(0);
  const listening = Number(new URL(origin).port);
  if (listening !== last) rememberPort(dataDir, listening);
  return origin;
}
