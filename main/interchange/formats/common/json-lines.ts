import type { ExportProgress } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';

/**
 * JSON Lines with one object per article (`recordOf` makes it), each line ending in a newline, as
 * one chunk per line (a large project's lines together are longer than a string can be); progress
 * is reported after each article.
 */
export function jsonLinesPerArticle(
  set: ExportSet,
  progress: ExportProgress,
  recordOf: (exported: ExportedArticle) => unknown,
): string[] {
  return set.articles.map((exported, i) => {
    const line = `${JSON.stringify(recordOf(exported))}\n`;
    progress.articleDone(i + 1, set.articles.length);
    return line;
  });
}
