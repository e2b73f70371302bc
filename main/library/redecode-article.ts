import { WorkbenchError } from '../../shared/ipc/errors';
import type { Article } from '../../shared/model/article';
import type { TextEncoding } from '../../shared/model/library';
import type { ProjectStore } from '../store/project-store';

/**
 * Decodes an article's original bytes again with the encoding the analyst chose, for the files
 * detection got wrong (short legacy-encoded texts look alike). Only text formats have an encoding.
 */
export async function redecodeArticle(store: ProjectStore, id: number, encoding: TextEncoding): Promise<Article> {
  const current = store.getArticle(id);
  if (current.origin.encoding === null) {
    throw new WorkbenchError(
      'invalid-argument',
      'This article did not come from a text file (it was pasted, or is a Word or PDF document), so it has no encoding to change.',
    );
  }
  const original = store.getOriginal(id);
  // Loaded on first use: the parsers (pdf.js, mammoth, Readability) are most of main's bundle,
  // and imports run them in a worker, so main need not evaluate them at start-up.
  const { importFile } = await import('./import/import-file');
  const imported = await importFile(original.bytes, original.name ?? 'article.txt', { encoding });
  return store.replaceArticleText(id, {
    text: imported.text,
    blocks: imported.blocks,
    links: imported.links,
    encoding,
  });
}
