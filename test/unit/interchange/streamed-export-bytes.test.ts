import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '../../../main/interchange/export-formats';
import { useTempDir } from '../support/temp-dir';
import { FIXTURE_TIME } from './support/annotated-fixture';
import { exportAnnotatedProject } from './support/export-annotated-project';

/*
 * Exports read the snapshot article by article and write as they go. What they write must not
 * change with that: these are the SHA-256 digests of every file each format wrote for the
 * annotated project (CRLF, emoji, flags, combining marks, Persian, CJK) before exports streamed,
 * when each format got the whole selection in memory (commit ff3671f).
 */
const WRITTEN_BEFORE_STREAMING: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  bundle: {
    // Since the bundle carries when each row was made and changed (issue 13): those keys are the
    // only difference from the bytes written before.
    '.': '46fb4e09bc84e5bcf75997d41490644f067e41a0a2027e9945af0002bc3aca90',
  },
  csv: {
    // Since the authorship columns were added at the end of each row (issue 13); the rest is unchanged.
    'annotations.csv': 'cd65ca5ea077268ac2a055a60ef03464fdb57b78f58ace8b0250d54f1efe2930',
    'claims.csv': '60f6d49acb25e7265eff02a763d45aca3f2c88b80039c591a2f3382f6486f276',
  },
  w3c: {
    '.': 'b5cd8c9f553a216254367eb35a405ec034a49bfb267a6a3c57c393fdafc13e7d',
  },
  brat: {
    '001-tehran-beijing-multilingual.ann': '2452bb57207cc071a6fbcb5c7b9f9d5579080099c90b4a9fdab88ab270d93d43',
    '001-tehran-beijing-multilingual.txt': 'd590886f25d0cc3417ffa7197a65fdaeb087371777dac712df2cb0f75b7da27d',
    '002-xi-trifft-schoigu.ann': '7b0752c9a07590c3fcf7b1863aabf9e5d06bf8b80aba7dc1dac96defb07eccc4',
    '002-xi-trifft-schoigu.txt': '7aec9a9d1490509464bfe12031d4e327963d69839185d2f873355d24bc9c5ce5',
    'annotation.conf': '9025e4c386d2fde6f2c8187627873acd162d8ec87695b39686dbd2c9e1e179c1',
  },
  'conll-2003': {
    '.': '925f5f75ad6f380a4b8b36149f37ea3b4fa6eb08841657fae3db80d8c40d7b83',
  },
  doccano: {
    '.': '06e4025f6038faa50ee7da2ba547d91d33425346a23971562bda846207312bf5',
  },
  'label-studio': {
    '.': 'fccb0b99a7c659ca277ab7fb658ec9b896d4da2ee6b0ee23926cffece92ba8e9',
  },
  'spacy-prodigy': {
    '.': '84aeb3804b4d9a9ab6e4caecb70c85cc4118d33c6e758f957c1c761480bfe5ed',
  },
  'webanno-tsv': {
    'Tehran 🇮🇷 – Beijing 🇨🇳 (multilingual).tsv': '101d6545cfdae63ca3db0d703a8e4f1b48b5d7494d68432ec5f699bad6e1136b',
    'Xi trifft Schoigu.tsv': 'aae435d7f8b643f31095898be11256780177a1343b0590d53786b1bec972834c',
  },
  'refi-qda': {
    '.': '4b6025f0d3fbf0ae3c8b3d47ec17d87739eae2e6be479efc805d750a7411a020',
  },
  claimreview: {
    '.': 'cf365e9d285cefb15607ee8a565379fb4a4c2af090cb70918c1f2afde3985113',
  },
  // Written by the whole-selection report once it gave each label a code and a shade per theme
  // (accessibility work that landed beside the streaming), then with the Charts section and its
  // rules in the style sheet (issue 11; nothing else in the file differs): the same bytes streamed.
  'html-report': {
    '.': '5c1f0ca77c9915cadb0bfd13c995d686645d7846d02644ffd7711576ff12e6be',
  },
};

/** Every file under `path` (or the file itself) with the digest of its bytes, by relative path. */
function digests(path: string): Record<string, string> {
  const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  if (!statSync(path).isDirectory()) return { '.': digest(path) };
  const files = readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((name) =>
    statSync(join(path, name)).isFile(),
  );
  return Object.fromEntries(files.sort().map((name) => [name, digest(join(path, name))]));
}

describe('streamed exports', () => {
  const tempDir = useTempDir();
  // The HTML report states when it was exported.
  beforeAll(() => void vi.useFakeTimers({ toFake: ['Date'], now: FIXTURE_TIME }));
  afterAll(() => void vi.useRealTimers());

  it.each(EXPORT_FORMATS.map((format) => [format.id, format] as const))(
    '%s writes the same bytes as before it streamed',
    (id, format) => {
      const { destination, report } = exportAnnotatedProject(tempDir(), format);
      expect(report.outcome).toBe('written');
      expect(digests(destination)).toEqual(WRITTEN_BEFORE_STREAMING[id]);
    },
  );
});
