import type { ProjectStore } from '../../../store/project-store';
import type { FindSourceText } from './w3c-parse';
import { textSourceIri } from './w3c-vocabulary';

/**
 * Finds the article a W3C target names, for annotation files that do not carry their texts: by the
 * address of its text (as the workbench writes targets) or by its web address. The index is built
 * on the first look-up, so files that carry their texts never read the whole project.
 */
export function projectSourceLookup(store: ProjectStore): FindSourceText {
  let index: Map<string, { articleId: number; title: string; text: string }> | undefined;
  return (source) => {
    if (index === undefined) {
      index = new Map();
      for (const summary of store.listArticles()) {
        const { id, title, text, metadata } = store.getArticle(summary.id);
        const entry = { articleId: id, title, text };
        index.set(textSourceIri(text), entry);
        if (metadata.url !== null && !index.has(metadata.url)) index.set(metadata.url, entry);
      }
    }
    return index.get(source);
  };
}
