import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { mimeTypeOf, resolveRendererFile } from '../security/renderer-files';
import { reply } from './http-replies';

const BRIDGE_PATH = '/__host/bridge.js';

/** The built renderer, with the bridge (the host's stand-in for the preload) loaded before it. */
export class AppFiles {
  private readonly rendererRoot: string;
  private readonly bridgeFile: string;

  /** `outRoot`: the build output (out/), holding renderer/ and browser-host/bridge.js. */
  constructor(outRoot: string) {
    this.rendererRoot = join(outRoot, 'renderer');
    this.bridgeFile = join(outRoot, 'browser-host', 'bridge.js');
  }

  async serve(pathname: string, response: ServerResponse): Promise<void> {
    const file = pathname === BRIDGE_PATH ? this.bridgeFile : resolveRendererFile(this.rendererRoot, pathname);
    if (file === null) {
      reply(response, 404, 'text/plain', 'Not found');
      return;
    }
    try {
      if (file.endsWith('index.html')) {
        await this.serveIndex(response, file);
        return;
      }
      reply(response, 200, mimeTypeOf(file), await readFile(file));
    } catch {
      reply(response, 404, 'text/plain', 'Not found');
    }
  }

  /**
   * The bridge must define the transport before the renderer's module script runs. Deferred, it
   * still does (deferred and module scripts run in document order), and it no longer holds up the
   * parser: blocked on it, Chromium requested the renderer's bundle only after the bridge had
   * loaded and run, ~80 ms into a cold start.
   */
  private async serveIndex(response: ServerResponse, file: string): Promise<void> {
    const html = await readFile(file, 'utf8');
    reply(
      response,
      200,
      mimeTypeOf(file),
      html.replace('<head>', `<head>\n<script defer src="${BRIDGE_PATH}"></script>`),
    );
  }
}
