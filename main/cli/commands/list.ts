import type { ProjectStore } from '../../store/project-store';
import type { CliIo } from '../cli-io';
import { terminal, terminalJson } from '../terminal-text';

export function listCommand(store: ProjectStore, trash: boolean, json: boolean, io: CliIo): number {
  const articles = trash ? store.listTrash() : store.listArticles();
  if (json) {
    io.out(terminalJson(articles));
    return 0;
  }
  for (const article of articles) {
    const { source, publishedAt, language, tags } = article.metadata;
    const details = [source, publishedAt, language, tags.length > 0 ? `#${tags.join(' #')}` : null]
      .filter((part) => part !== null && part !== '')
      .join(' · ');
    io.out(
      details === ''
        ? terminal`#${article.id}\t${article.title}`
        : terminal`#${article.id}\t${article.title}\t${details}`,
    );
  }
  return 0;
}
