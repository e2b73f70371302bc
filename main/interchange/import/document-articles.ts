import { WorkbenchError } from '../../../shared/ipc/errors';
import type { ArticleSummary } from '../../../shared/model/article';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import type { ProjectStore } from '../../store/project-store';
import type { ParsedDocument } from './parsed-annotations';

/** A document with its text as the project stores it. */
export interface DocumentWithText {
  readonly document: ParsedDocument;
  readonly storedText: string;
}

/**
 * The article each document of one import goes into. Every document gets an article of its own:
 * the one already holding exactly its text (annotations made elsewhere on an exported article come
 * back to it), else a new one. Two documents of one import with the same text (two sources of a
 * W3C file, two brat files) stay two articles, so neither gets the other's annotations.
 */
export class DocumentArticles {
  private readonly taken = new Set<number>();

  constructor(
    private readonly store: ProjectStore,
    private readonly conflicts: string[],
  ) {}

  articleFor({ document, storedText }: DocumentWithText): number {
    if (document.articleId !== undefined) {
      if (this.store.getArticle(document.articleId).text !== storedText) {
        throw new WorkbenchError(
          'invalid-argument',
          `The text of “${document.name}” changed while it was being imported.`,
        );
      }
      return document.articleId;
    }
    // The store keeps one article per original, so a second document with the same text is stored
    // with its source's record as its original: the same file imported again finds both articles.
    const originals = [Buffer.from(document.text, 'utf8'), sourceRecord(document)];
    let existing: ArticleSummary | undefined;
    for (const bytes of originals) {
      existing = this.store.findDuplicate(bytes);
      if (existing === undefined) return this.create(document, storedText, bytes);
      if (!this.taken.has(existing.id)) break;
    }
    return this.reuse(existing as ArticleSummary, document, storedText);
  }

  private reuse(existing: ArticleSummary, document: ParsedDocument, storedText: string): number {
    if (this.store.getArticle(existing.id).text !== storedText) {
      throw new WorkbenchError(
        'invalid-argument',
        `“${document.name}” is already in the project as “${existing.title}”, but with another text.`,
      );
    }
    this.conflicts.push(
      `“${document.name}” is already in the project as “${existing.title}”; its annotations were added to it.`,
    );
    this.taken.add(existing.id);
    return existing.id;
  }

  private create(document: ParsedDocument, storedText: string, bytes: Buffer): number {
    const title = (document.title ?? document.name).trim().slice(0, 500) || document.name;
    const plain = bytes.equals(Buffer.from(document.text, 'utf8'));
    const { id } = this.store.createArticle({
      title,
      text: storedText,
      blocks: plainTextBlocks(storedText),
      links: [],
      metadata: { source: null, url: null, author: null, publishedAt: null, language: null },
      original: { bytes, name: document.name, type: plain ? 'text/plain' : 'application/json', encoding: 'utf-8' },
    });
    this.taken.add(id);
    return id;
  }
}

/** The document as its file names it: its source (a W3C source's address, else its place) and text. */
function sourceRecord(document: ParsedDocument): Buffer {
  return Buffer.from(JSON.stringify({ source: document.sourceId ?? document.name, text: document.text }), 'utf8');
}
