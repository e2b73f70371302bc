import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** How the host answers what reaches the server. */
export interface HostRoutes {
  request(request: IncomingMessage, response: ServerResponse): void;
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/**
 * The host's loopback server, listening before the host itself has loaded: the browser can open its
 * tab and connect meanwhile, as Electron opens its window while the project opens. What arrives
 * before the host is ready waits for it, unread, and is then answered like anything else.
 */
export class EarlyServer {
  private readonly server: Server;
  private readonly routes: Promise<HostRoutes>;
  private resolveRoutes: (routes: HostRoutes) => void = () => undefined;

  constructor() {
    this.routes = new Promise((resolve) => (this.resolveRoutes = resolve));
    // Not an `import`: an ES import of node:http builds its namespace by reading every export, and
    // Node 24's lazy fetch and WebSocket getters then load undici, ~40 ms of the host's start.
    const { createServer } = process.getBuiltinModule('node:http');
    this.server = createServer((request, response) => {
      void this.routes.then((routes) => routes.request(request, response));
    });
    // An upgraded socket is not read until someone does: it waits as it is, even for a client
    // that went away, which the host's socket layer then finds out as it would at any time.
    this.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.routes.then((routes) => routes.upgrade(request, socket, head));
    });
  }

  /** Listens on loopback only; resolves to the origin pages reach it at, or says why it cannot. */
  listen(port: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const refuse = (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is in use; choose another with --port.`) : error);
      this.server.once('error', refuse);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', refuse);
        const address = this.server.address();
        if (typeof address !== 'object' || address === null) reject(new Error('The browser host has no address.'));
        else resolve(`http://127.0.0.1:${address.port}`);
      });
    });
  }

  /** Stops accepting connections; resolves once those still open have ended. */
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** From now on the host answers, the waiting requests first. */
  serve(routes: HostRoutes): void {
    this.resolveRoutes(routes);
  }
}
