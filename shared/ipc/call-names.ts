/**
 * The names of every call the renderer may make. Kept free of schemas so the sandboxed preload
 * can allow-list channels without bundling a validation library; `contract.ts` is checked against it.
 */
export const CALL_NAMES = [
  'app.info',
  'project.current',
  'project.recent',
  'project.new',
  'project.open',
  'project.openRecent',
  'project.saveAs',
  'project.checkIntegrity',
  'article.list',
  'article.get',
  'article.create',
  'article.update',
  'article.trash',
  'article.restore',
  'article.redecode',
  'trash.list',
  'trash.empty',
  'library.importFiles',
  'library.importFolder',
  'library.importDropped',
  'library.cancelImport',
  'search.query',
  'analysis.network',
  'export.formats',
  'export.start',
  'export.cancel',
  'export.reveal',
  'annotations.import',
  'schema.labels',
  'schema.addLabel',
  'schema.updateLabel',
  'schema.labelUsage',
  'schema.removeLabel',
  'schema.export',
  'schema.import',
  'entity.list',
  'entity.get',
  'entity.candidates',
  'entity.create',
  'entity.update',
  'entity.mentions',
  'entity.merge',
  'entity.splitMention',
  'annotation.list',
  'annotation.columns',
  'annotation.create',
  'annotation.createMany',
  'annotation.update',
  'annotation.delete',
  'annotation.reattach',
  'relation.list',
  'relation.create',
  'relation.delete',
  'note.list',
  'note.add',
  'note.update',
  'note.delete',
  'article.documentLabels',
  'article.setDocumentLabels',
  'article.editText',
  'analysis.claimsPerClaimant',
  'analysis.verdictsPerSource',
  'analysis.codeMatrix',
  'analysis.timeline',
  'article.setReviewStatus',
  'annotator.identity',
  'annotator.setIdentity',
  'annotator.use',
  'annotator.list',
  'suggestion.forArticle',
  'suggestion.occurrences',
  'suggestion.accept',
  'suggestion.reject',
  'suggestion.rejections',
  'suggestion.rejectionsPage',
  'suggestion.unreject',
  'suggestion.options',
  'suggestion.setOptions',
  'suggestionSources.import',
  'suggestionSources.add',
  'suggestionSources.list',
  'suggestionSources.statistics',
  'suggestionSources.setEnabled',
  'suggestionSources.remove',
  'suggestionSources.setBuiltIn',
  'layers.import',
  'layers.list',
  'layers.rename',
  'layers.remove',
  'layers.annotations',
  'agreement.compute',
  'curation.disagreements',
  'curation.decide',
  'analysis.claims',
  'analysis.claimsCsv',
  'analysis.entities',
  'analysis.articleIds',
  'analysis.savedViews',
  'analysis.saveView',
  'analysis.deleteView',
  'history.undo',
  'history.redo',
  'history.state',
] as const;
export type CallName = (typeof CALL_NAMES)[number];

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && (CALL_NAMES as readonly string[]).includes(value);
}

/** Events main pushes to the renderer. */
export const EVENT_NAMES = [
  'project.changed',
  'project.damaged',
  'menu.command',
  'import.progress',
  'import.finished',
  'export.progress',
  'export.finished',
  'store.changed',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

/**
 * Events main relays as their JSON in UTF-8 bytes, as the store worker encoded them, because one
 * can carry a whole import; the host's bridge decodes them before the renderer sees them.
 */
export const ENCODED_EVENT_NAMES = ['store.changed'] as const satisfies readonly EventName[];
export type EncodedEventName = (typeof ENCODED_EVENT_NAMES)[number];

export function isEncodedEventName(value: EventName): value is EncodedEventName {
  return (ENCODED_EVENT_NAMES as readonly EventName[]).includes(value);
}

/** IPC channel names are namespaced so nothing else on ipcMain can be reached from the renderer. */
export const IPC_CALL_PREFIX = 'workbench:call:';
export const IPC_EVENT_PREFIX = 'workbench:event:';
