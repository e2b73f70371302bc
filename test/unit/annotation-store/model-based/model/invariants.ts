import type { ProjectModel } from './project-model';
import { expectSame } from './same';
import { hasLoneSurrogate, quoteOf, validFragments } from './text-rules';

/**
 * What holds for annotations after every step, whatever the step was: each that is not an orphan
 * quotes exactly the text at its fragments, with its context, and no quote holds half a character.
 */
export function checkInvariants(model: ProjectModel): void {
  for (const annotation of model.annotations.values()) {
    const what = `annotation ${annotation.id}`;
    const { exact, prefix, suffix } = annotation.quote;
    if ([exact, prefix, suffix].some(hasLoneSurrogate)) throw new Error(`${what} quotes half a character`);
    if (annotation.orphaned) continue;
    const text = model.articles.get(annotation.articleId)?.text ?? '';
    if (!validFragments(text, annotation.fragments)) {
      throw new Error(`${what} has fragments ${JSON.stringify(annotation.fragments)} that do not fit its text`);
    }
    expectSame(annotation.quote, quoteOf(text, annotation.fragments), `the quote of ${what}`);
  }
}
