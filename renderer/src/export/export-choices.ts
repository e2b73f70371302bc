import type { ArticleId } from '../../../shared/model/article';
import type { ExportFormatInfo, ExportOptions, ExportScope } from '../../../shared/model/interchange';

/** The Export dialog's "Articles" choice. */
export type ScopeChoice = 'article' | 'project' | 'chosen';

export type ScopeResult = { ok: true; scope: ExportScope; articles: number } | { ok: false; message: string };

/**
 * What to export, from the dialog's choice: the open article, the whole project, or the ticked
 * articles. `articles` is how many that is, for the progress card until main reports its count.
 */
export function exportScopeOf(
  choice: ScopeChoice,
  openArticle: ArticleId | null,
  chosen: readonly ArticleId[],
  projectArticles: number,
): ScopeResult {
  switch (choice) {
    case 'article':
      return openArticle === null
        ? { ok: false, message: 'Open an article first, or export all articles.' }
        : { ok: true, scope: { kind: 'articles', ids: [openArticle] }, articles: 1 };
    case 'project':
      return projectArticles === 0
        ? { ok: false, message: 'The project has no articles to export.' }
        : { ok: true, scope: { kind: 'project' }, articles: projectArticles };
    case 'chosen': {
      const ids = [...new Set(chosen)];
      return ids.length === 0
        ? { ok: false, message: 'Tick at least one article to export.' }
        : { ok: true, scope: { kind: 'articles', ids }, articles: ids.length };
    }
  }
}

const OFFSET_HINTS: Record<ExportFormatInfo['offsetUnit'], string> = {
  'utf16-code-units': 'offsets in UTF-16 code units',
  'code-points': 'offsets in code points',
  tokens: 'tokens instead of offsets',
  none: 'no offsets',
};

/** The hint under a format's name: what its numbers count, and whether it writes a file or a folder. */
export function formatHint(format: ExportFormatInfo): string {
  const output = format.extension === null ? 'a new folder' : `one .${format.extension} file`;
  return `${output} · ${OFFSET_HINTS[format.offsetUnit]}`;
}

/** Only CSV has an option today: the byte order mark spreadsheet programs need to read UTF-8. */
export function hasByteOrderMarkOption(formatId: string): boolean {
  return formatId === 'csv';
}

export function exportOptionsFor(formatId: string, byteOrderMark: boolean): ExportOptions | undefined {
  return hasByteOrderMarkOption(formatId) ? { byteOrderMark } : undefined;
}
