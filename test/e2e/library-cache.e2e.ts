import type { Page, WebSocketRoute } from '@playwright/test';
import { CALL_PATH, SOCKET_PATH } from '../../main/browser-host/page/host-protocol';
import { createArticle } from './support/annotation-page';
import { expect, startHost, test, type RunningHost } from './support/browser-host';

// At start the window shows the library as it last showed it, while the project opens; the
// project's own list replaces it, and a cached list is never used for another project.

/** Holds every request for a call until `release` is called: the project is "still opening". */
async function holdCall(page: Page, call: string): Promise<{ release(): void }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.routeWebSocket(`**${SOCKET_PATH}`, (socket: WebSocketRoute) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      if (typeof message === 'string' && message.includes(`"call":"${call}"`)) {
        void released.then(() => server.send(message));
      } else {
        server.send(message);
      }
    });
  });
  return { release };
}

/** Quits the host and starts it again on the same port, so the page keeps its origin and storage. */
async function restart(host: RunningHost): Promise<RunningHost> {
  await host.stop();
  return startHost(host.dataDir, { port: Number(new URL(host.origin).port) });
}

test('the next start shows the last library at once, then the project’s own list', async ({ app, host }) => {
  await createArticle(app, 'Erste Meldung', 'Xi empfängt Schoigu in Peking.');
  await createArticle(app, 'Zweite Meldung', 'Lawrow besucht Teheran.');

  const restarted = await restart(host);
  const list = await holdCall(app, 'article.list');
  await app.goto(restarted.startUrl);
  // The project's list has not come yet: these rows are the cached first screen.
  await expect(app.getByRole('option', { name: /Zweite Meldung/ })).toBeVisible();
  await expect(app.getByRole('option', { name: /Erste Meldung/ })).toBeVisible();
  await expect(app.getByTestId('status-project')).toHaveText(/My Project/);
  // Pressing a cached row opens the article once the project proves to be the cached one.
  await app.getByRole('option', { name: /Erste Meldung/ }).click();
  list.release();
  await expect(app.locator('h1')).toHaveText('Erste Meldung');
  await expect(app.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(2);
  await restarted.stop();
});

test('the article open at the last start is read while the project still opens', async ({ app, host }) => {
  await createArticle(app, 'Erste Meldung', 'Xi empfängt Schoigu in Peking.');
  await createArticle(app, 'Zweite Meldung', 'Lawrow besucht Teheran.');
  await app.getByRole('option', { name: /Erste Meldung/ }).click();
  await expect(app.locator('h1')).toHaveText('Erste Meldung');

  const restarted = await restart(host);
  const list = await holdCall(app, 'article.list');
  const text = app.waitForRequest((request) => request.url().endsWith(`${CALL_PATH}article.get`));
  await app.goto(restarted.startUrl);
  // The project's list is held back, and the text of the article last open is already asked for.
  await text;
  await expect(app.locator('h1')).not.toHaveText('Erste Meldung');
  list.release();
  await expect(app.locator('h1')).toHaveText('Erste Meldung');
  await expect(app.locator('.ProseMirror')).toHaveText('Xi empfängt Schoigu in Peking.');
  await restarted.stop();
});

test('a cached list is dropped as soon as another project turns out to open', async ({ app, host }) => {
  await createArticle(app, 'Meldung aus dem alten Projekt', 'Xi empfängt Schoigu in Peking.');
  await app.reload();
  await expect(app.getByRole('option', { name: /aus dem alten Projekt/ })).toBeVisible();
  const cachedOld = await app.evaluate(() => localStorage.getItem('workbench.library-first-screen'));
  expect(cachedOld).toContain('Meldung aus dem alten Projekt');

  // Another project opens (and is the one the app reopens next), but this window last showed the
  // old one: as if the old project could not be reopened.
  await app.getByRole('button', { name: 'Project' }).click();
  await app.getByRole('menuitem', { name: 'New project…' }).click();
  await expect(app.getByTestId('status-project')).not.toHaveText(/^My Project$/);
  const newName = (await app.getByTestId('status-project').textContent()) ?? '';
  await expect(app.getByRole('option')).toHaveCount(0);

  const restarted = await restart(host);
  await app.addInitScript(
    (cached) => localStorage.setItem('workbench.library-first-screen', cached),
    cachedOld as string,
  );
  const list = await holdCall(app, 'article.list');
  await app.goto(restarted.startUrl);
  // The project is named before its list comes: the old project's rows go then, and stay gone.
  await expect(app.getByTestId('status-project')).toHaveText(newName);
  await expect(app.getByRole('option', { name: /aus dem alten Projekt/ })).toHaveCount(0);
  list.release();
  await expect(app.getByRole('option')).toHaveCount(0);
  await expect(app.getByRole('option', { name: /aus dem alten Projekt/ })).toHaveCount(0);
  await restarted.stop();
});
