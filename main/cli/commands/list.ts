import type { ProjectStore } from '../../store/project-store';
import type { CliIo } from '../cli-io';

export function listCommand(store: ProjectStore, trash: boolean, json: boolean, io: CliIo): number {
  const articles = trash ? store.listTrash() : store.listArticles();
  if (json) {
    io.out(JSON.stringify(articles, null, 2));
    return 0;
  }
  for (const article of articles) {
    const { source, publishedAt, language, tags } = article.metadata;
    const details = [source, publishedAt, language, tags.length > 0 ? `#${tags.join(' #')}` : null]
      .filter((part) => part !== null && part !== '')
      .join(' · ');
    io.out(`#${article.id}\t${article.title}${details === '' ? '' : `\t${details}`}`);
  }
  return 0;
}
