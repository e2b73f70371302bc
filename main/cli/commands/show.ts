import { ArticleId } from '../../../shared/model/article';
import type { ProjectStore } from '../../store/project-store';
import { UsageError, type CliIo } from '../cli-io';

export function showCommand(store: ProjectStore, idArgument: string, io: CliIo): number {
  const id = ArticleId.safeParse(Number(idArgument.replace(/^#/, '')));
  if (!id.success) throw new UsageError(`"${idArgument}" is not an article number (see awb list).`);
  io.out(store.getArticle(id.data).text);
  return 0;
}
