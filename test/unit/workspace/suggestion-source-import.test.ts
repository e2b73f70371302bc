import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedDialogs } from '../../../main/browser-host/scripted-dialogs';
import { useTempDir } from '../support/temp-dir';
import { startTestWorkspace } from '../support/test-workspace';

describe('importing suggestion sources from the workspace', () => {
  const tempDir = useTempDir();

  async function workspaceWith(files: Record<string, string | Buffer>) {
    const dir = tempDir();
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const dialogs = new ScriptedDialogs({ whenEmpty: 'cancel' });
    const workspace = await startTestWorkspace(join(dir, 'data'), { dialogs });
    return { dir, dialogs, workspace };
  }

  it('adds the gazetteer and pattern file picked in the dialog, and nothing when cancelled', async () => {
    const { dir, dialogs, workspace } = await workspaceWith({
      'people.csv': 'name,type,aliases\nXi Jinping,Person,Xi\n',
      // What a spreadsheet saves as "Unicode text": UTF-16 with a byte order mark, tab-separated.
      'places.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Peking\tLocation\r\n', 'utf16le')]),
      'rules.jsonl': '{"label": "ORG", "pattern": "TASS"}\n',
    });
    dialogs.queue([join(dir, 'people.csv'), join(dir, 'places.txt'), join(dir, 'rules.jsonl')]);
    const people = await workspace.handlers['suggestionSources.import']({ kind: 'gazetteer' });
    const places = await workspace.handlers['suggestionSources.import']({ kind: 'gazetteer' });
    const rules = await workspace.handlers['suggestionSources.import']({ kind: 'patterns' });
    expect([people, places, rules]).toMatchObject([
      { kind: 'gazetteer', gazetteer: { name: 'people', entryCount: 1 } },
      { kind: 'gazetteer', gazetteer: { name: 'places', entryCount: 1 } },
      { kind: 'pattern', patternSet: { name: 'rules', fileName: 'rules.jsonl', ruleCount: 1 } },
    ]);
    expect(await workspace.handlers['suggestionSources.import']({ kind: 'gazetteer' })).toBeNull();
    const listed = await workspace.handlers['suggestionSources.list'](undefined);
    expect(listed.gazetteers.map((gazetteer) => gazetteer.name)).toEqual(['people', 'places']);
    await workspace.close();
  });

  it('refuses a file that is not UTF-8 text, saying what to do', async () => {
    const { dir, dialogs, workspace } = await workspaceWith({
      'latin1.csv': Buffer.from('M\xfcller,Person\n', 'latin1'),
    });
    dialogs.queue([join(dir, 'latin1.csv')]);
    await expect(
      Promise.resolve().then(() => workspace.handlers['suggestionSources.import']({ kind: 'gazetteer' })),
    ).rejects.toThrow('"latin1.csv" is not UTF-8 text; save it as UTF-8 (or CSV UTF-8) and import it again.');
    await workspace.close();
  });
});
