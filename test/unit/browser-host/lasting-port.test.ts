import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EarlyServer } from '../../../main/browser-host/early-server';
import { lastPort, listenOnLastingPort } from '../../../main/browser-host/lasting-port';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((each) => each.close()));
});

/** Starts an early server as the host does, on the port `listenOnLastingPort` picks. */
async function start(dataDir: string, port: number | null = null): Promise<{ server: EarlyServer; port: number }> {
  const server = new EarlyServer();
  const origin = await listenOnLastingPort((asked) => server.listen(asked), port, dataDir);
  open.push(server);
  return { server, port: Number(new URL(origin).port) };
}

/** Another program listening on loopback `port`. */
async function occupy(port: number): Promise<void> {
  const other: Server = createServer();
  await new Promise<void>((resolve) => other.listen(port, '127.0.0.1', resolve));
  open.push({ close: () => new Promise((resolve) => other.close(() => resolve())) });
}

describe('the browser host’s lasting port', () => {
  it('is the one a data folder’s host had last, so the page keeps its origin and the window its storage', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    expect(lastPort(dataDir)).toBe(first.port);
    await first.server.close();
    open.splice(0);
    expect((await start(dataDir)).port).toBe(first.port);
  });

  it('gives way to any free port while another program holds it, and that port is kept from then on', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    await first.server.close();
    open.splice(0);
    await occupy(first.port);
    const second = await start(dataDir);
    expect(second.port).not.toBe(first.port);
    expect(lastPort(dataDir)).toBe(second.port);
  });

  it('is not used, nor replaced, when the command line names a port', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'browser-host-port'), '1\n');
    const started = await start(dataDir, 0);
    expect(started.port).not.toBe(1);
    expect(lastPort(dataDir)).toBe(1);
  });

  it('is forgotten when its note is unreadable: any free port, noted anew', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'browser-host-port'), 'http\n');
    expect(lastPort(dataDir)).toBeNull();
    const started = await start(dataDir);
    expect(lastPort(dataDir)).toBe(started.port);
  });
});
