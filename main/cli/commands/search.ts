import type { ProjectStore } from '../../store/project-store';
import type { CliIo } from '../cli-io';
import { terminal, terminalJson } from '../terminal-text';

const CLI_SEARCH_LIMIT = 100;

export function searchCommand(store: ProjectStore, query: string, json: boolean, io: CliIo): number {
  const hits = store.search(query, CLI_SEARCH_LIMIT);
  if (json) io.out(terminalJson(hits));
  else for (const hit of hits) io.out(terminal`#${hit.articleId}\t${hit.title}\t${hit.snippet.replaceAll('\n', ' ')}`);
  return 0;
}
