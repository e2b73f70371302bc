import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { awb } from './support/run-awb';

const tempDir = useTempDir();

/**
 * What a terminal would act on instead of showing: controls (C0, DEL, C1) other than the tab that
 * separates columns and the line break between the lines the helper joins, line separators, and
 * bidi controls and marks.
 */
const TERMINAL_CONTROL = /[^\P{Cc}\t\n]|[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

// A title that would turn the terminal red, forge a second line and start a CSI sequence (C1).
const HOSTILE_TITLE = 'Red \u001b[31mAlert\u001b[0m\r\nFAKE LINE \u009b2J\u200f';
const ESCAPED_TITLE = 'Red \\u001b[31mAlert\\u001b[0m\\r\\nFAKE LINE \\u009b2J\\u200f';
// A file name whose right-to-left override makes "…exe.txt" read as an innocent text file.
const HOSTILE_FILE = 'invoice\u202etxt.exe\u001b]0;pwned\u0007.txt';
const ESCAPED_FILE = 'invoice\\u202etxt.exe\\u001b]0;pwned\\u0007.txt';

function projectWithHostileTitle(dir: string): string {
  const path = join(dir, 'hostile.awb');
  const store = ProjectStore.create(path);
  store.createArticle(
    articleFromPaste({ title: HOSTILE_TITLE, text: 'Erste Zeile \u001b[2J mit Alarm.\n\tZweite Zeile \u200fمرحبا.' }),
  );
  store.close();
  return path;
}

function expectTerminalSafe(result: { out: string; err: string }): void {
  expect(result.out).not.toMatch(TERMINAL_CONTROL);
  expect(result.err).not.toMatch(TERMINAL_CONTROL);
}

describe('awb prints untrusted names escaped', () => {
  it('escapes control and bidi characters in titles, file names, paths and messages', async () => {
    const dir = tempDir();
    const project = projectWithHostileTitle(dir);

    const list = await awb('list', project);
    expectTerminalSafe(list);
    // The pasted text's detected language closes the line.
    expect(list.out.split('\n')).toEqual([`#1\t${ESCAPED_TITLE}\tde`]);

    const search = await awb('search', project, 'alarm');
    expectTerminalSafe(search);
    expect(search.out.startsWith(`#1\t${ESCAPED_TITLE}\t`)).toBe(true);
    expect(search.out).toContain('\\u001b[2J mit Alarm');

    writeFileSync(join(dir, HOSTILE_FILE), 'Eine harmlose Meldung.');
    const imported = await awb('import', project, join(dir, HOSTILE_FILE), join(dir, `missing${HOSTILE_FILE}`));
    expectTerminalSafe(imported);
    expect(imported.out).toContain(`imported   ${ESCAPED_FILE}  →  #2 Eine harmlose Meldung.`);
    expect(imported.out).toContain(`FAILED     ${join(dir, `missing${ESCAPED_FILE}`)}:`);
    expect(imported.err).toContain(`[1/1] ${ESCAPED_FILE}`);

    const missingProject = await awb('list', join(dir, HOSTILE_FILE.replace('.txt', '.awb')));
    expectTerminalSafe(missingProject);
    expect(missingProject.err).toMatch(/^awb: .*invoice\\u202etxt\.exe\\u001b\]0;pwned\\u0007\.awb.* does not exist/);
  });

  it('keeps an article’s line breaks, tabs and directional marks but escapes its other controls', async () => {
    const project = projectWithHostileTitle(tempDir());
    const shown = await awb('show', project, '1');
    expect(shown.out).toBe('Erste Zeile \\u001b[2J mit Alarm.\n\tZweite Zeile \u200fمرحبا.');
  });

  it('prints JSON that parses to the exact values but holds no control character', async () => {
    const project = projectWithHostileTitle(tempDir());
    const list = await awb('list', project, '--json');
    expect(list.out).not.toMatch(TERMINAL_CONTROL);
    expect((JSON.parse(list.out) as { title: string }[])[0]?.title).toBe(HOSTILE_TITLE);
  });
});
