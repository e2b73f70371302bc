import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundle, readBundle } from '../../../main/interchange/formats/bundle/bundle-import';
import { FileToImport } from '../../../main/import-formats/file-to-import';
import { redecodeArticle } from '../../../main/library/redecode-article';
import { ProjectStore } from '../../../main/store/project-store';
import { articleToDoc } from '../../../renderer/src/article-view/article-to-doc';
import type { Block } from '../../../shared/model/article';
import { present } from '../support/present';
import { useTempDir } from '../support/temp-dir';
import { exportBundleText } from './support/bundle-text';
import { createAnnotatedProject, SEED_TITLE } from './support/annotated-fixture';

const tempDir = useTempDir();

interface BundleJson {
  articles: {
    title: string;
    text: string;
    blocks: Block[];
    original: { fileName: string | null; encoding: string | null; base64: string };
  }[];
}

function fixtureBundle(): BundleJson {
  const { store } = createAnnotatedProject(tempDir());
  const text = exportBundleText(store);
  store.close();
  return JSON.parse(text) as BundleJson;
}

function seedArticle(bundle: BundleJson): BundleJson['articles'][number] {
  return present(bundle.articles.find((article) => article.title === SEED_TITLE));
}

function importInto(dir: string, bundle: BundleJson) {
  const target = ProjectStore.create(join(dir, `target-${Math.random().toString(36).slice(2)}.awb`));
  return {
    target,
    report: importBundle(target, readBundle(new FileToImport('b.awb.json', Buffer.from(JSON.stringify(bundle))))),
  };
}

describe('bundle import: paragraph structure', () => {
  const layouts: Record<string, (blocks: Block[]) => Block[]> = {
    'as exported': (blocks) => blocks,
    'two paragraphs overlapping': ([first, second, ...rest]) => [
      present(first),
      { ...present(second), start: present(first).end - 3 },
      ...rest,
    ],
    'paragraphs out of order': ([first, second, ...rest]) => [present(second), present(first), ...rest],
    'a paragraph past the end of the text': (blocks) => [...blocks, { kind: 'paragraph', start: 0, end: 10_000_000 }],
    'an empty paragraph between two others': ([first, ...rest]) => [
      present(first),
      { kind: 'paragraph', start: present(first).end, end: present(first).end },
      ...rest,
    ],
  };

  for (const [name, change] of Object.entries(layouts)) {
    it(`imports ${name} exactly when the article view can show it`, async () => {
      const dir = tempDir();
      const bundle = fixtureBundle();
      const article = seedArticle(bundle);
      article.blocks = change(article.blocks);
      let shown = true;
      try {
        articleToDoc({ text: article.text, blocks: article.blocks });
      } catch {
        shown = false;
      }
      const { target, report } = importInto(dir, bundle);
      const result = await report;
      expect(result.imported).toBe(shown);
      if (!shown) {
        expect(result.problems).toEqual([
          {
            place: expect.stringContaining(`b.awb.json › article-`) as unknown,
            message: expect.stringMatching(/^Its paragraphs do not fit its text, so it could not be shown: Block \d+ /),
          },
        ]);
        expect(target.listArticles()).toEqual([]);
      }
      target.close();
    });
  }

  it('names the overlap in the words the article view uses', async () => {
    const bundle = fixtureBundle();
    const article = seedArticle(bundle);
    const [first, second] = article.blocks;
    article.blocks[1] = { ...present(second), start: present(first).end - 3 };
    const { target, report } = importInto(tempDir(), bundle);
    expect((await report).problems[0]?.message).toBe(
      `Its paragraphs do not fit its text, so it could not be shown: Block 1 starts at ${present(first).end - 3}, inside the block before it.`,
    );
    target.close();
  });
});

describe('bundle import: originals', () => {
  it('keeps an original that reads as the article’s text', async () => {
    const { target, report } = importInto(tempDir(), fixtureBundle());
    const result = await report;
    expect(result.warnings).toEqual([]);
    const seed = present(target.listArticles().find((article) => article.title === SEED_TITLE));
    expect(target.getOriginal(seed.id).bytes.length).toBeGreaterThan(0);
    target.close();
  });

  it('leaves out an original that reads as another text, says so, and keeps the text', async () => {
    const bundle = fixtureBundle();
    const article = seedArticle(bundle);
    article.original = {
      ...article.original,
      fileName: 'meldung.txt',
      encoding: 'utf-8',
      base64: Buffer.from('Eine ganz andere Meldung über etwas anderes.').toString('base64'),
    };
    const { target, report } = importInto(tempDir(), bundle);
    const result = await report;
    expect(result.imported).toBe(true);
    expect(result.warnings).toEqual([
      `“${SEED_TITLE}”: its text is not what its original file “meldung.txt” reads as (it may have been edited after import), so the original was left out and the text itself is kept in its place.`,
    ]);
    const id = present(target.listArticles().find((a) => a.title === SEED_TITLE)).id;
    const imported = target.getArticle(id);
    expect(imported.text).toBe(article.text);
    expect(imported.origin).toMatchObject({ fileName: null, mediaType: 'text/plain', encoding: null });
    expect(Buffer.from(target.getOriginal(id).bytes).toString('utf8')).toBe(article.text);
    // Re-decoding can no longer swap in the other text.
    await expect(redecodeArticle(target, id, 'windows-1252')).rejects.toThrow(/no encoding to change/);
    target.close();
  });
});
