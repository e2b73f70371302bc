import { runCli } from './run-cli';

// Entry of the command-line program (bundled to out/cli/awb.mjs).
const status = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = status;
