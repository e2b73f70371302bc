import { expect } from 'vitest';
import { applyParsedAnnotations } from '../../../../main/interchange/import/apply-parsed-annotations';
import type { ParsedAnnotationFile } from '../../../../main/interchange/import/parsed-annotations';
import type { ProjectStore } from '../../../../main/store/project-store';
import { describeArticles } from './annotated-fixture';

/**
 * Imports what a format's export of `articleIds` parsed back to (`parsed`, from `files`) into
 * `target`, checks that it brought no problems and the same annotations and relations as the
 * articles in `source`, and closes both projects.
 */
export function expectRoundTrip(
  source: ProjectStore,
  articleIds: readonly number[],
  target: ProjectStore,
  parsed: ParsedAnnotationFile,
  files: readonly string[],
): void {
  const report = applyParsedAnnotations(target, parsed, files);
  expect(report.problems).toEqual([]);
  const imported = report.articles.map((article) => article.articleId);
  expect(describeArticles(target, imported)).toEqual(describeArticles(source, articleIds));
  source.close();
  target.close();
}
