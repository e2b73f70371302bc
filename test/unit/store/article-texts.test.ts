import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

const BEFORE = 'Berlin hosted the summit on Monday.';
const AFTER = 'Warsaw hosted the summit on Monday.';

describe('the article text a new annotation is quoted from', () => {
  it('is the text as stored now: after an edit, its redo and its undo', () => {
    const store = ProjectStore.create(join(tempDir(), 'texts.awb'));
    const { id } = store.createArticle(articleFromPaste({ title: 'Summit', text: BEFORE }));
    const label = store.listLabels().find((candidate) => candidate.kind === 'entity');
    if (label === undefined) throw new Error('no entity label');
    const quoteOfFirstWord = (): string =>
      store.createAnnotation({ articleId: id, labelId: label.id, fragments: [{ start: 0, end: 6 }] }).quote.exact;

    expect(quoteOfFirstWord()).toBe('Berlin');
    store.editArticleText({
      id,
      changes: [{ from: 0, to: 6, insertedText: 'Warsaw' }],
      blocks: plainTextBlocks(AFTER),
    });
    expect(quoteOfFirstWord()).toBe('Warsaw');
    store.undo(); // the annotation just made
    store.undo(); // the edit
    store.redo(); // the edit again
    expect(quoteOfFirstWord()).toBe('Warsaw');
    store.undo();
    store.undo();
    expect(quoteOfFirstWord()).toBe('Berlin');
    store.close();
  });
});
