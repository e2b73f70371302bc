import type { DatabaseSync } from 'node:sqlite';
import type { TextQuote } from '../../../shared/model/annotation';
import type { Suggestion } from '../../../shared/model/suggestion';
import { buildTextQuote } from '../../../shared/annotation/text-quote';
import { invalid, notFound } from '../store-input';

/**
 * The texts of the articles suggestions point into, read once each, so that accepting or
 * rejecting them can check each still names what it named when it was proposed.
 */
export class ArticleTexts {
  private readonly texts = new Map<number, string>();

  constructor(private readonly db: DatabaseSync) {}

  /** The suggestion's quote in the text as it is now; refused when that text has changed since. */
  currentQuote(suggestion: Suggestion): TextQuote {
    const text = this.text(suggestion.articleId);
    if (suggestion.end > text.length || text.slice(suggestion.start, suggestion.end) !== suggestion.quote.exact) {
      throw invalid(
        `The text where “${suggestion.quote.exact}” was suggested has changed since; ask for suggestions again. Nothing was changed.`,
      );
    }
    return buildTextQuote(text, [{ start: suggestion.start, end: suggestion.end }]);
  }

  private text(articleId: number): string {
    let text = this.texts.get(articleId);
    if (text === undefined) {
      const row = this.db.prepare('SELECT text FROM article WHERE id = ?').get(articleId) as
        { text: string } | undefined;
      if (row === undefined) throw notFound('That article does not exist (it may have been deleted).');
      text = row.text;
      this.texts.set(articleId, text);
    }
    return text;
  }
}
