import { createServer, type Server } from 'node:http';
import type { Browser, Page } from '@playwright/test';
import { plainTextBlocks } from '../../shared/text/plain-text-blocks';
import type { BenchWindow } from './article-page';

/*
 * The physical floor of opening an article: a page with no app that, on a press of its button,
 * fetches the same text over loopback HTTP and shows it as plain <p> elements in the app's reading
 * font and measure (but laid out in full: no content-visibility, which the app uses). Measured like the app (press → paragraphs in the DOM → two frames),
 * in the same Chromium run, so every open time can be given as a multiple of it.
 */

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor</title>
<style>
main{max-width:68ch;padding:0 2rem;line-height:1.68;font-family:'Iowan Old Style',Charter,'Bitstream Charter',
'Sitka Text',Cambria,'Source Serif 4','Noto Serif',P052,'Palatino Linotype',Georgia,serif,'Apple Color Emoji',
'Segoe UI Emoji','Noto Color Emoji'}
p{margin:0 0 1.05em;hyphens:auto}
</style></head>
<body><button id="open">Open</button><main id="text"></main>
<script>
document.getElementById('open').addEventListener('click', async () => {
  const paragraphs = await (await fetch('/paragraphs' + location.search)).json();
  const main = document.getElementById('text');
  main.replaceChildren(...paragraphs.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  }));
});
</script></body></html>`;

export interface FloorServer {
  /** The floor page for one workload's text. */
  url(workload: string): string;
  close(): Promise<void>;
}

/** Serves the floor page and each workload's paragraphs on a free loopback port. */
export async function startFloorServer(texts: ReadonlyMap<string, string>): Promise<FloorServer> {
  const paragraphs = new Map(
    Array.from(texts, ([name, text]) => [
      name,
      JSON.stringify(plainTextBlocks(text).map((block) => text.slice(block.start, block.end))),
    ]),
  );
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = url.pathname === '/paragraphs' ? paragraphs.get(url.searchParams.get('w') ?? '') : PAGE;
    response.writeHead(body === undefined ? 404 : 200, {
      'Content-Type': url.pathname === '/paragraphs' ? 'application/json' : 'text/html; charset=utf-8',
    });
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the floor server has no address');
  return {
    url: (workload) => `http://127.0.0.1:${address.port}/?w=${encodeURIComponent(workload)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Milliseconds from pressing the floor page's button until its paragraphs are painted. */
export async function floorOpenToPainted(browser: Browser, url: string, paragraphs: number): Promise<number> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.evaluate((paragraphs) => {
      (window as BenchWindow).benchDone = new Promise((resolve) => {
        let started = 0;
        document.addEventListener('mousedown', () => (started = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (started === 0 || document.querySelectorAll('#text p').length < paragraphs) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    }, paragraphs);
    await page.locator('#open').click();
    return await page.evaluate(() => (window as BenchWindow).benchDone as Promise<number>);
  } finally {
    await page.close();
  }
}
