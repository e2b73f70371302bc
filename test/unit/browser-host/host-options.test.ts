import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readHostOptions } from '../../../main/browser-host/host-options';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let root = '';
// Preparing the data folder sets the process's mask to 077, as the host wants for all it writes;
// the tests set it first, so that they can put back what they found.
let umask = 0;
beforeEach(() => {
  root = tempDir();
  umask = process.umask(0o077);
});
afterEach(() => {
  process.umask(umask);
});

describe('the browser host command line', () => {
  it('starts on the folder’s lasting port, for a person, with real dialogs, when given nothing but a folder', () => {
    const dataDir = join(root, 'data');
    expect(readHostOptions(['--data-dir', dataDir], {})).toEqual({
      dataDir,
      port: null,
      dev: false,
      testControl: false,
    });
  });

  it('makes the data folder it is given, readable by the user alone', () => {
    const { dataDir } = readHostOptions(['--data-dir', join(root, 'nested', 'data'), '--dev'], {});
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it('takes a port, --dev and --test-control', () => {
    const options = readHostOptions(['--data-dir', root, '--port', '8123', '--dev', '--test-control'], {});
    expect(options).toMatchObject({ port: 8123, dev: true, testControl: true });
  });

  it.each(['http', '65536', '80.5', '1e3', ''])('refuses --port %j with a message that names it', (port) => {
    expect(() => readHostOptions(['--data-dir', root, '--port', port], {})).toThrow(
      `--port ${port} is not a port number.`,
    );
  });

  it('refuses an option it does not know', () => {
    expect(() => readHostOptions(['--data-dir', root, '--verbose'], {})).toThrow(/--verbose/);
  });
});
