import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import { articleInput } from '../support/article-input';
import { useTempDir } from '../support/temp-dir';

const RLO = '\u202E';
const PDF = '\u202C';

describe('direction controls in article names', () => {
  const tempDir = useTempDir();

  it('are dropped from imported titles, sources and authors, so a name cannot read reversed', () => {
    const store = ProjectStore.create(join(tempDir(), 'p.awb'));
    const summary = store.createArticle(
      articleInput(`Rechnung${RLO}fdp.exe${PDF}`, 'Text.', { source: `TA${RLO}SS`, author: `Iri${RLO}na` }),
    );
    expect(summary.title).toBe('Rechnungfdp.exe');
    expect(summary.metadata.source).toBe('TASS');
    expect(summary.metadata.author).toBe('Irina');
    store.close();
  });

  it('are dropped from titles typed in the details panel, while right-to-left marks stay', () => {
    const store = ProjectStore.create(join(tempDir(), 'p.awb'));
    const { id } = store.createArticle(articleInput('Titel', 'Text.'));
    const edited = store.updateArticle(id, { title: `خبر\u200F ${RLO}fdp.exe` });
    expect(edited.title).toBe('خبر\u200F fdp.exe');
    store.close();
  });
});
