import { CALL_NAMES, type CallName } from '../../shared/ipc/call-names';

/**
 * Calls main serves itself, because they show a dialog, switch or list projects, or run import and
 * export jobs; they ask the store host for whatever store work they need. Every other call is a
 * data call: main relays it unchecked to a store worker, which validates and serves it.
 */
export const WORKSPACE_CALLS = [
  'app.info',
  'project.recent',
  'project.new',
  'project.open',
  'project.openRecent',
  'project.saveAs',
  'project.checkIntegrity',
  'library.importFiles',
  'library.importFolder',
  'library.importDropped',
  'library.cancelImport',
  'export.formats',
  'export.start',
  'export.cancel',
  'export.reveal',
  'annotations.import',
  'suggestionSources.import',
  'layers.import',
  'annotator.identity',
  'annotator.setIdentity',
] as const satisfies readonly CallName[];
export type WorkspaceCallName = (typeof WORKSPACE_CALLS)[number];
export type StoreCallName = Exclude<CallName, WorkspaceCallName>;

/**
 * Data calls that read much of the corpus (0.05–3 s at a million annotations), served by the
 * reader's connection so they never hold up a write or a short read on the writer's.
 */
export const READER_CALLS = [
  'annotation.columns',
  'article.list',
  'trash.list',
  'search.query',
  'entity.list',
  'entity.mentions',
  'entity.candidates',
  'schema.labelUsage',
  'suggestion.forArticle',
  'suggestion.occurrences',
  'suggestionSources.statistics',
  'analysis.claims',
  'analysis.claimsCsv',
  'analysis.entities',
  'analysis.articleIds',
  'analysis.claimsPerClaimant',
  'analysis.verdictsPerSource',
  'analysis.codeMatrix',
  'analysis.timeline',
  'analysis.network',
  'agreement.compute',
  'curation.disagreements',
] as const satisfies readonly StoreCallName[];

export function isStoreCall(call: CallName): call is StoreCallName {
  return !(WORKSPACE_CALLS as readonly CallName[]).includes(call);
}

export function isReaderCall(call: StoreCallName): boolean {
  return (READER_CALLS as readonly StoreCallName[]).includes(call);
}

export const STORE_CALLS: readonly StoreCallName[] = CALL_NAMES.filter(isStoreCall);

/** True for a call main serves itself; a name that is no call at all is not one. */
export function isWorkspaceCall(call: unknown): boolean {
  return (WORKSPACE_CALLS as readonly unknown[]).includes(call);
}
