import { parseArgs } from 'node:util';
import { prepareDataFolder } from './data-folder';

export interface HostOptions {
  /** Ready to write to, readable by the user alone. */
  readonly dataDir: string;
  /** 0 lets the system choose; null: the port this data folder's host had last (lasting-port.ts). */
  readonly port: number | null;
  /** Prints the start address for a person rather than a line of JSON for a test. */
  readonly dev: boolean;
  /** Scripted file dialogs and fault injection for the end-to-end tests; never in normal use. */
  readonly testControl: boolean;
}

/** The host's command line; prepares the data folder it names (or the app's own). */
export function readHostOptions(args: readonly string[], env: NodeJS.ProcessEnv): HostOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      dev: { type: 'boolean', default: false },
      'test-control': { type: 'boolean', default: false },
    },
  });
  return {
    dataDir: prepareDataFolder(values['data-dir'], env),
    port: values.port === undefined ? null : portNumber(values.port),
    dev: values.dev,
    testControl: values['test-control'],
  };
}

function portNumber(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port <= 65535)) throw new Error(`--port ${text} is not a port number.`);
  return port;
}
