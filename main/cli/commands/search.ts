import type { ProjectStore } from '../../store/project-store';
import type { CliIo } from '../cli-io';

const CLI_SEARCH_LIMIT = 100;

export function searchCommand(store: ProjectStore, query: string, json: boolean, io: CliIo): number {
  const hits = store.search(query, CLI_SEARCH_LIMIT);
  if (json) io.out(JSON.stringify(hits, null, 2));
  else for (const hit of hits) io.out(`#${hit.articleId}\t${hit.title}\t${hit.snippet.replaceAll('\n', ' ')}`);
  return 0;
}
