import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Workspace } from '../workspace/workspace';
import { readBody, reply } from './http-replies';
import type { PageChannels } from './page-channels';
import type { ScriptedDialogs } from './scripted-dialogs';

export const TEST_CONTROL_PATH = '/__test/';

/**
 * What --test-control adds for the end-to-end tests: answers for the scripted file dialogs, the
 * native menu's commands, and storage faults. Never there in normal use.
 */
export async function routeTestControl(
  target: { dialogs: ScriptedDialogs; pages: PageChannels; workspace: Workspace },
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body: unknown = JSON.parse(await readBody(request));
  if (pathname === `${TEST_CONTROL_PATH}dialog-answers`) {
    target.dialogs.queue(body as (string | null)[]);
  } else if (pathname === `${TEST_CONTROL_PATH}menu-command`) {
    target.pages.broadcast('menu.command', body);
  } else if (pathname === `${TEST_CONTROL_PATH}storage-fault`) {
    const { fault } = body as { fault: unknown };
    if (fault !== 'disk-full' && fault !== 'read-only' && fault !== null) {
      reply(response, 400, 'text/plain', 'fault must be "disk-full", "read-only" or null');
      return;
    }
    await target.workspace.injectStorageFaultForTests(fault);
  } else {
    reply(response, 404, 'text/plain', 'Not found');
    return;
  }
  reply(response, 204, 'text/plain', '');
}
