import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { EarlyServer } from '../../../main/browser-host/early-server';

const servers: EarlyServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((early) => early.close()));
});

function started(): EarlyServer {
  const early = new EarlyServer();
  servers.push(early);
  return early;
}

/** The answer's status and body; resolves only once the server answers. */
function get(origin: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(`${origin}${path}`, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the browser host’s early server', () => {
  it('listens on loopback before the host has loaded and answers what came meanwhile once it has', async () => {
    const early = started();
    const origin = await early.listen(0);
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answered: string[] = [];
    const first = get(origin, '/first').then((answer) => answered.push(answer.body));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toEqual([]);
    early.serve({
      request: (incoming, response) => response.end(`answered ${incoming.url ?? ''}`),
      upgrade: (_request, socket) => socket.destroy(),
    });
    await first;
    expect(answered).toEqual(['answered /first']);
    expect(await get(origin, '/later')).toEqual({ status: 200, body: 'answered /later' });
  });

  it('hands a socket that asked to upgrade meanwhile to the host', async () => {
    const early = started();
    const origin = await early.listen(0);
    const upgraded = new Promise<string>((resolve, reject) => {
      const asking = request(`${origin}/socket`, { headers: { Connection: 'Upgrade', Upgrade: 'test' } });
      asking.on('upgrade', (response) => resolve(String(response.statusCode)));
      asking.on('error', reject);
      asking.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const handed: string[] = [];
    early.serve({
      request: (_request, response) => response.end(),
      upgrade: (incoming, socket) => {
        handed.push(incoming.url ?? '');
        socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: test\r\n\r\n');
      },
    });
    expect(await upgraded).toBe('101');
    expect(handed).toEqual(['/socket']);
  });

  it('says a port is taken in words, not as an error code', async () => {
    const origin = await started().listen(0);
    const port = Number(new URL(origin).port);
    await expect(started().listen(port)).rejects.toThrow(`port ${port} is in use; choose another with --port.`);
  });
});
