import { runCli } from '../../../../main/cli/run-cli';

/** Runs `awb` with these arguments in-process, collecting what it prints to stdout and stderr. */
export async function awb(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}
