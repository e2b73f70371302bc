import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Sandboxed preloads can require only 'electron' (and a few polyfills), so the bundle must be
// self-contained and small: no zod, nothing from node_modules, no other require().
describe('preload bundle', () => {
  it('contains only the preload, the schema-free shared IPC names and the envelope decoding', async () => {
    const result = await build({
      entryPoints: ['main/shell/preload.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs).sort()).toEqual([
      'main/ipc/encoded-json.ts',
      'main/shell/preload.ts',
      'shared/ipc/binary-envelope.ts',
      'shared/ipc/call-names.ts',
      'shared/ipc/transport.ts',
    ]);
    const code = result.outputFiles[0]?.text ?? '';
    expect([...code.matchAll(/require\(([^)]*)\)/g)].map((match) => match[1])).toEqual(['"electron"']);
  });
});
