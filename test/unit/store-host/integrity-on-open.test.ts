import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, vi } from 'vitest';
import { StoreHost } from '../../../main/store-host/store-host';
import { CURRENT_SCHEMA_VERSION } from '../../../main/store/migrations';
import { useTempDir } from '../support/temp-dir';
import { openHost, testHostEnvironment } from './support/test-host';

const tempDir = useTempDir();

/** A project of 50 articles (a few hundred KB), closed cleanly through a store host and remembered as such. */
async function cleanlyClosedProject() {
  const dir = tempDir();
  const harness = await testHostEnvironment(dir);
  const path = join(dir, 'Checked.awb');
  const host = await openHost(path, true, harness.environment);
  for (let i = 0; i < 50; i++) {
    await host.call('article.create', { title: `A${i}`, text: `Text ${i} `.repeat(400) });
  }
  // A check still reading at close keeps the WAL, which would make the close look unclean.
  await host.checkIntegrity();
  await host.close();
  return { path, harness };
}

/**
 * Overwrites a page of the full-text index with garbage, as a bad disk or a broken copy would: a
 * page opening the project does not read, so only a check finds it.
 */
function damageSearchIndexPage(path: string): void {
  // Not read-only: the last connection to close removes the WAL files, which would otherwise look like a crash.
  const db = new DatabaseSync(path);
  const { pageno, pgsize } = db
    .prepare("SELECT max(pageno) AS pageno, pgsize FROM dbstat WHERE name = 'article_fts_data'")
    .get() as { pageno: number; pgsize: number };
  db.close();
  const bytes = readFileSync(path);
  bytes.fill(0x5a, (pageno - 1) * pgsize, pageno * pgsize);
  writeFileSync(path, bytes);
}

/** Puts the file's times back, so it looks exactly as the app left it. */
function keepingTimes(path: string, change: () => void): void {
  const { atime, mtime } = statSync(path);
  change();
  utimesSync(path, atime, mtime);
}

describe('integrity checks of a project served by a store host', () => {
  it('refuses a cleanly closed project that changed since, checking it on open', async () => {
    const { path, harness } = await cleanlyClosedProject();
    damageSearchIndexPage(path);
    const damaged = readFileSync(path);
    await expect(StoreHost.open(path, false, harness.environment)).rejects.toMatchObject({
      code: 'project-corrupt',
      message: expect.stringMatching(/damaged/),
    });
    expect(readFileSync(path).equals(damaged)).toBe(true);
  });

  it('checks a project with a WAL left over from a crash on open', async () => {
    const { path, harness } = await cleanlyClosedProject();
    keepingTimes(path, () => damageSearchIndexPage(path));
    writeFileSync(`${path}-wal`, '');
    await expect(StoreHost.open(path, false, harness.environment)).rejects.toMatchObject({ code: 'project-corrupt' });
  });

  it('opens a cleanly closed, unchanged project without a quick check, and finds damage in the background', async () => {
    const { path, harness } = await cleanlyClosedProject();
    // Damage the quick check would have refused, with size and times as the app left them.
    keepingTimes(path, () => damageSearchIndexPage(path));
    const host = await openHost(path, false, harness.environment);
    const report = await host.checkIntegrity();
    expect(report.intact).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(harness.logged.map((entry) => entry.message)).toContain('"Checked" failed its integrity check');
    // The windows hear of it, once per check, with what SQLite found.
    expect(harness.events.filter(({ event }) => event === 'project.damaged')).toEqual([
      { event: 'project.damaged', payload: report },
    ]);
    await host.close();
    // Found damaged, so the next open checks it again and refuses it.
    await expect(StoreHost.open(path, false, harness.environment)).rejects.toMatchObject({ code: 'project-corrupt' });
  });

  it('waits with the background check while the window starts, and runs it then, or sooner when asked', async () => {
    const { path, harness } = await cleanlyClosedProject();
    keepingTimes(path, () => damageSearchIndexPage(path));
    const damagedEvents = () => harness.events.filter(({ event }) => event === 'project.damaged');
    // Not yet: started at open, the check of this small project would have found the damage by now.
    const later = await openHost(path, false, { ...harness.environment, backgroundCheckDelayMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(damagedEvents()).toEqual([]);
    // Asked for, the background check runs now: its damage is logged and announced once.
    expect((await later.checkIntegrity()).intact).toBe(false);
    expect(harness.logged.map((entry) => entry.message)).toContain('"Checked" failed its integrity check');
    expect(damagedEvents()).toHaveLength(1);
    await later.close();
  });

  it('starts the background check by itself after its delay, and not after a close', async () => {
    const { path, harness } = await cleanlyClosedProject();
    keepingTimes(path, () => damageSearchIndexPage(path));
    const soon = { ...harness.environment, backgroundCheckDelayMs: 50 };
    const closedFirst = await openHost(path, false, soon);
    await closedFirst.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.events.map(({ event }) => event)).not.toContain('project.damaged');
    const host = await openHost(path, false, soon);
    // The damage is announced as soon as it is found, and logged once the checker's worker has closed.
    await vi.waitFor(
      () => {
        expect(harness.events.map(({ event }) => event)).toContain('project.damaged');
        expect(harness.logged.map((entry) => entry.message)).toContain('"Checked" failed its integrity check');
      },
      { timeout: 10_000 },
    );
    await host.close();
  });

  it('reports an intact project as intact, on demand', async () => {
    const { path, harness } = await cleanlyClosedProject();
    const host = await openHost(path, false, harness.environment);
    expect(await host.checkIntegrity()).toEqual({ intact: true, problems: [] });
    await host.close();
    expect(harness.logged).toEqual([]);
    expect(harness.events.map(({ event }) => event)).not.toContain('project.damaged');
  });

  it('refuses a project from a newer version even when it needs no quick check', async () => {
    const { path, harness } = await cleanlyClosedProject();
    keepingTimes(path, () => {
      const db = new DatabaseSync(path);
      db.exec(`PRAGMA user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
      db.close();
    });
    await expect(StoreHost.open(path, false, harness.environment)).rejects.toMatchObject({
      code: 'project-too-new',
    });
  });

  it('refuses a file that is not a project', async () => {
    const dir = tempDir();
    const { environment } = await testHostEnvironment(dir);
    const path = join(dir, 'notes.awb');
    writeFileSync(path, 'Dies ist keine Datenbank.\n');
    await expect(StoreHost.open(path, false, environment)).rejects.toMatchObject({ code: 'project-not-ours' });
    expect(readFileSync(path, 'utf8')).toBe('Dies ist keine Datenbank.\n');
  });
});
