// Runs Electronegativity over main/ and fails on any high-severity finding.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');

console.log(
  `Electronegativity (high severity, main/, Electron ${electronVersion}); skipping AvailableSecurityFixesGlobalCheck and ElectronVersionJSONCheck, which judge the Electron release (kept current separately), not our code.`,
);

const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const csv = join(dir, 'findings.csv');
try {
  const run = spawnSync(
    process.execPath,
    [
      cli,
      '-i',
      'main',
      '-s',
      'high',
      '-e',
      electronVersion,
      '-r',
      '-v',
      'false',
      '-o',
      csv,
      '-x',
      'AvailableSecurityFixesGlobalCheck,ElectronVersionJSONCheck',
    ],
    { encoding: 'utf8' },
  );
  // The tool fetches translations over the network and, offline, may crash afterwards in `got`;
  // the findings file is written before that, so only its absence is a failure of the run.
  if (!existsSync(csv)) {
    console.error(run.stdout, run.stderr);
    process.exit(2);
  }
  const rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1);
  const high = rows.filter((row) => row.split(',')[1] === '"HIGH"');
  for (const row of high) console.error(row);
  console.log(`${high.length} high-severity finding(s), ${rows.length - high.length} lower ones ignored.`);
  process.exit(high.length === 0 ? 0 : 1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
