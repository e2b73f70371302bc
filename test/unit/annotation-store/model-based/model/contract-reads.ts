import type { ProjectStore } from '../../../../../main/store/project-store';
import type { CallName } from '../../../../../shared/ipc/call-names';
import { contract } from '../../../../../shared/ipc/contract';

/**
 * Every read the app makes, checked against its result schema in the IPC contract, as the
 * dispatcher checks it: a row the store holds but the contract refuses is one the user can no
 * longer see (the whole list fails as an internal error).
 */
export function checkContractReads(store: ProjectStore): void {
  const articles = [...store.listArticles(), ...store.listTrash()];
  const entities = store.listEntities();
  const reads: [CallName, unknown][] = [
    ['article.list', store.listArticles()],
    ['trash.list', store.listTrash()],
    ['schema.labels', store.listLabels()],
    ['entity.list', entities],
    ['history.state', store.historyState()],
    ...articles.flatMap(({ id }): [CallName, unknown][] => [
      ['article.get', store.getArticle(id)],
      ['annotation.list', store.listAnnotations(id)],
      ['relation.list', store.listRelations(id)],
      ['note.list', store.listNotes({ kind: 'article', articleId: id })],
      ['article.documentLabels', store.documentLabels(id)],
    ]),
    ...entities.flatMap(({ id }): [CallName, unknown][] => [
      ['entity.get', store.getEntity(id)],
      ['entity.mentions', store.entityMentions(id)],
    ]),
  ];
  for (const [call, value] of reads) {
    const checked = contract[call].result.safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(
        `${call} gives what its contract refuses: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
      );
    }
  }
}
