import type { DatabaseSync } from 'node:sqlite';
import { notFound } from './store-input';

/** The texts of the articles one write touches, each read once however many annotations point into it. */
export class ArticleTexts {
  private readonly texts = new Map<number, string>();

  constructor(private readonly db: DatabaseSync) {}

  text(articleId: number): string {
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
