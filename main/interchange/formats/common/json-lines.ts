import type { ExportProgress } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';

/**
 * JSON Lines with one object per article (`recordOf` makes it), each line ending in a newline, made
 * one line per article as the file is written; progress is reported after each article, and
 * `afterLast` runs once every line is made (to sum up what was left out).
 */
export function* jsonLinesPerArticle(
  set: ExportSet,
  progress: ExportProgress,
  recordOf: (exported: ExportedArticle) => unknown,
  afterLast: () => void,
): Generator<string> {
  let done = 0;
  for (const exported of set.articles) {
    yield `${JSON.stringify(recordOf(exported))}\n`;
    progress.articleDone(++done, set.articles.length);
  }
  afterLast();
}
