import { z } from 'zod';
import { Article, ArticleEdit, ArticleId, ArticleSummary, NewArticle } from '../model/article';
import {
  DroppedFile,
  ImportJobId,
  ImportProgress,
  ImportReport,
  SearchHit,
  SearchQuery,
  TextEncoding,
} from '../model/library';
import { ProjectInfo, RecentProject } from '../model/project';
import type { CallName, EventName } from './call-names';

const NoArgument = z.undefined();
const ArticleIds = z.strictObject({ ids: z.array(ArticleId).min(1).max(100_000) });
const Count = z.strictObject({ count: z.number().int().nonnegative() });
const ImportStarted = z.strictObject({ jobId: ImportJobId, total: z.number().int().nonnegative() });

function call<A extends z.ZodType, R extends z.ZodType>(arg: A, result: R, summary: string) {
  return { arg, result, summary };
}

/** Every call between renderer and main: its argument schema, its result schema, and what it does. */
export const contract = {
  'app.info': call(
    NoArgument,
    z.strictObject({ version: z.string(), shell: z.enum(['electron', 'browser-host']) }),
    'Application version and which host runs it.',
  ),
  'project.current': call(NoArgument, ProjectInfo, 'The project that is open now.'),
  'project.recent': call(NoArgument, z.array(RecentProject), 'Recently opened projects, newest first.'),
  'project.new': call(
    NoArgument,
    ProjectInfo.nullable(),
    'Ask where to create a new project and open it; null if cancelled.',
  ),
  'project.open': call(
    NoArgument,
    ProjectInfo.nullable(),
    'Ask which project file to open and open it; null if cancelled.',
  ),
  'project.openRecent': call(
    z.strictObject({ id: z.string().min(1).max(200) }),
    ProjectInfo,
    'Reopen a project from the recent list.',
  ),
  'project.saveAs': call(NoArgument, ProjectInfo.nullable(), 'Copy the project to a new file and continue there.'),
  'article.list': call(NoArgument, z.array(ArticleSummary), 'All articles, newest first.'),
  'article.get': call(z.strictObject({ id: ArticleId }), Article, 'One article with its text and blocks.'),
  'article.create': call(NewArticle, ArticleSummary, 'Create an article from pasted text.'),
  'article.update': call(
    z.strictObject({ id: ArticleId, edit: ArticleEdit }),
    ArticleSummary,
    'Rename an article or edit its metadata and tags.',
  ),
  'article.trash': call(ArticleIds, Count, 'Move articles to the trash (they can be restored).'),
  'article.restore': call(ArticleIds, Count, 'Bring articles back from the trash.'),
  'article.redecode': call(
    z.strictObject({ id: ArticleId, encoding: TextEncoding }),
    Article,
    'Decode the original bytes again with another character encoding.',
  ),
  'trash.list': call(NoArgument, z.array(ArticleSummary), 'Articles in the trash, most recently deleted first.'),
  'trash.empty': call(NoArgument, Count, 'Delete every article in the trash for good.'),
  'library.importFiles': call(
    NoArgument,
    ImportStarted.nullable(),
    'Ask for files and import them; null if cancelled.',
  ),
  'library.importFolder': call(NoArgument, ImportStarted.nullable(), 'Ask for a folder and import every file in it.'),
  'library.importDropped': call(
    z.strictObject({ files: z.array(DroppedFile).min(1).max(1000) }),
    ImportStarted,
    'Import files dropped on the window.',
  ),
  'library.cancelImport': call(
    z.strictObject({ jobId: ImportJobId }),
    z.null(),
    'Stop an import after the current file.',
  ),
  'search.query': call(SearchQuery, z.array(SearchHit), 'Full-text and metadata search across the project.'),
} as const satisfies Record<CallName, { arg: z.ZodType; result: z.ZodType; summary: string }>;

export type Contract = typeof contract;
export type ArgOf<C extends CallName> = z.input<Contract[C]['arg']>;
export type ParsedArgOf<C extends CallName> = z.output<Contract[C]['arg']>;
export type ResultOf<C extends CallName> = z.output<Contract[C]['result']>;

export const MenuCommand = z.enum([
  'new-project',
  'open-project',
  'save-project-as',
  'new-article',
  'import',
  'import-folder',
  'search',
  'export',
  'undo',
  'redo',
  'show-shortcuts',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const events = {
  'project.changed': ProjectInfo,
  'menu.command': MenuCommand,
  'import.progress': ImportProgress,
  'import.finished': ImportReport,
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
