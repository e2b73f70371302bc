import { ArticleId } from '../../../shared/model/article';
import type { ProjectStore } from '../../store/project-store';
import { UsageError, type CliIo } from '../cli-io';
import { terminalArticleText } from '../terminal-text';

export function showCommand(store: ProjectStore, idArgument: string, io: CliIo): number {
  const id = ArticleId.safeParse(Number(idArgument.replace(/^#/, '')));
  if (!id.success) throw new UsageError(`"${idArgument}" is not an article number (see awb list).`);
  io.out(terminalArticleText(store.getArticle(id.data).text));
  return 0;
}
