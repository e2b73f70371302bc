import { z } from 'zod';
import { Article, ArticleId, ArticleSummary, NewArticle } from '../model/article';
import { ProjectInfo, RecentProject } from '../model/project';
import type { CallName, EventName } from './call-names';

const NoArgument = z.undefined();

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
  'export',
  'undo',
  'redo',
  'show-shortcuts',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const events = {
  'project.changed': ProjectInfo,
  'menu.command': MenuCommand,
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
