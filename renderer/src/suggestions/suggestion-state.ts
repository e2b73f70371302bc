import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { ArticleAnnotation, EntityId, EntitySummary } from '../../../shared/model/annotation';
import type { ArticleId } from '../../../shared/model/article';
import type { Suggestion, SuggestionRejection } from '../../../shared/model/suggestion';
import type { Disposable } from '../lifecycle/disposable';
import { Emitter } from '../lifecycle/emitter';
import type { ModelChange } from '../model/model-change';
import type { WorkbenchModel } from '../model/workbench-model';
import { coveredBy, sameSuggestion, suggestionKey } from './suggestion-identity';

/** What the state reads of the model: the shown article, its annotations and the entity registry. */
export type SuggestionModel = Pick<WorkbenchModel, 'article' | 'annotation' | 'entities' | 'entity' | 'subscribe'>;

/** Waits, then runs; the returned function cancels. Tests pass one they control. */
export type Delay = (milliseconds: number, run: () => void) => () => void;

const realDelay: Delay = (milliseconds, run) => {
  const timer = setTimeout(run, milliseconds);
  return () => clearTimeout(timer);
};

/** Registry edits and undo steps often come in bursts (a rename, then its alias): one question after them. */
export const REFRESH_DELAY_MS = 200;

export type SuggestionChange =
  /** The list changed: asked anew, or suggestions dropped. */
  | { readonly kind: 'list' }
  /** Another suggestion is focused, or none. */
  | { readonly kind: 'focus' };

export interface SuggestionStateDeps {
  readonly api: Pick<WorkbenchApi, 'invoke'>;
  readonly model: SuggestionModel;
  reportError(error: unknown): void;
  readonly delay?: Delay;
}

/**
 * The suggestions for the shown article, derived from the one WorkbenchModel and the store's
 * `suggestion.forArticle` answer. Asked when an article opens, and again (after a pause) when a
 * change set could change what is proposed: the registry's names, the labels, the rejections, the
 * matching options, annotations taken away, or the text. An annotation that arrives, or a rejection,
 * drops the suggestions it covers at once and without asking again, so the analyst's own accept or
 * reject costs no round trip. Suggestions are kept in text order; one may be focused.
 */
export class SuggestionState implements Disposable {
  private readonly deps: SuggestionStateDeps;
  private readonly delay: Delay;
  private readonly changes = new Emitter<SuggestionChange>();
  private readonly unsubscribe: () => void;
  private list: readonly Suggestion[] = [];
  private focusedKey: string | null = null;
  /** The focused suggestion as last looked up: a long article has thousands to look through. */
  private focusedMemo: { list: readonly Suggestion[]; key: string | null; found: Suggestion | null } = {
    list: [],
    key: null,
    found: null,
  };
  /** Which article the list is for; null while none is shown. */
  private listedFor: ArticleId | null = null;
  /** Bumped by every question, so only the newest answer is applied. */
  private generation = 0;
  /** Annotations and rejections heard while a question is out: its answer may predate them. */
  private heardWhileAsking: { annotations: ArticleAnnotation[]; rejections: SuggestionRejection[] } | null = null;
  private cancelRefresh: (() => void) | null = null;
  /** What of each entity the registry matches by: a change to these (not to its counts) asks again. */
  private entityNames = new Map<EntityId, string>();

  readonly onDidChange = this.changes.event;

  constructor(deps: SuggestionStateDeps) {
    this.deps = deps;
    this.delay = deps.delay ?? realDelay;
    this.rememberEntityNames(deps.model.entities);
    this.unsubscribe = deps.model.subscribe((change) => this.follow(change));
  }

  dispose(): void {
    this.unsubscribe();
    this.cancelRefresh?.();
    this.changes.dispose();
    this.generation += 1;
  }

  /** The shown article's suggestions, in text order. */
  get suggestions(): readonly Suggestion[] {
    return this.list;
  }

  get focused(): Suggestion | null {
    const memo = this.focusedMemo;
    if (memo.list === this.list && memo.key === this.focusedKey) return memo.found;
    const key = this.focusedKey;
    const found = key === null ? null : (this.list.find((suggestion) => suggestionKey(suggestion) === key) ?? null);
    this.focusedMemo = { list: this.list, key, found };
    return found;
  }

  focus(suggestion: Suggestion | null): void {
    const key = suggestion === null ? null : suggestionKey(suggestion);
    if (key === this.focusedKey) return;
    this.focusedKey = key;
    this.changes.fire({ kind: 'focus' });
  }

  /** The suggestion after (1) or before (-1) an offset, wrapping around the article. */
  neighbour(offset: number, direction: 1 | -1): Suggestion | null {
    const list = this.list;
    if (list.length === 0) return null;
    if (direction === 1) return list.find((suggestion) => suggestion.start > offset) ?? list[0] ?? null;
    return list.findLast((suggestion) => suggestion.start < offset) ?? list.at(-1) ?? null;
  }

  /** Asks the store now for the shown article's suggestions. */
  async refresh(): Promise<void> {
    this.cancelRefresh?.();
    this.cancelRefresh = null;
    const generation = ++this.generation;
    const article = this.deps.model.article;
    if (article === null) {
      this.heardWhileAsking = null;
      this.replace(null, []);
      return;
    }
    this.heardWhileAsking = { annotations: [], rejections: [] };
    try {
      const answer = await this.deps.api.invoke('suggestion.forArticle', { articleId: article.id });
      if (generation !== this.generation) return;
      const heard = this.heardWhileAsking;
      this.heardWhileAsking = null;
      const annotated = coveredBy(heard.annotations);
      const rejected = new Set(heard.rejections.map(suggestionKey));
      this.replace(
        article.id,
        answer.filter((suggestion) => !annotated(suggestion) && !rejected.has(suggestionKey(suggestion))),
      );
    } catch (error) {
      if (generation !== this.generation) return;
      this.heardWhileAsking = null;
      this.replace(article.id, []);
      this.deps.reportError(error);
    }
  }

  private follow(change: ModelChange): void {
    switch (change.kind) {
      case 'article':
        void this.refresh();
        return;
      case 'text':
      case 'labels':
      case 'suggestion-options':
      case 'suggestion-sources':
        this.scheduleRefresh();
        return;
      case 'entities':
        if (this.entityNamesChanged(change.touched)) this.scheduleRefresh();
        return;
      case 'annotations':
        if (change.full !== true) this.followAnnotations(change.touched);
        return;
      case 'suggestion-rejections': {
        const rejected = new Set(change.rejected.map(suggestionKey));
        this.drop((suggestion) => rejected.has(suggestionKey(suggestion)));
        this.heardWhileAsking?.rejections.push(...change.rejected);
        if (change.restored.length > 0) this.scheduleRefresh();
        return;
      }
      default:
        return;
    }
  }

  /** New annotations cover their suggestions at once; annotations taken away may free some again. */
  private followAnnotations(touched: readonly number[]): void {
    const arrived: ArticleAnnotation[] = [];
    let removed = false;
    for (const id of touched) {
      const annotation = this.deps.model.annotation(id);
      if (annotation === undefined) removed = true;
      else if (!annotation.orphaned) arrived.push(annotation);
    }
    if (arrived.length > 0) {
      this.drop(coveredBy(arrived));
      this.heardWhileAsking?.annotations.push(...arrived);
    }
    if (removed) this.scheduleRefresh();
  }

  private scheduleRefresh(): void {
    this.cancelRefresh?.();
    this.cancelRefresh = this.delay(REFRESH_DELAY_MS, () => {
      this.cancelRefresh = null;
      void this.refresh();
    });
  }

  /** Drops suggestions; a dropped focused one hands the focus to the next one in the text. */
  private drop(gone: (suggestion: Suggestion) => boolean): void {
    const kept = this.list.filter((suggestion) => !gone(suggestion));
    if (kept.length === this.list.length) return;
    const focused = this.focused;
    if (focused !== null && !kept.some((suggestion) => sameSuggestion(suggestion, focused))) {
      const next = kept.find((suggestion) => suggestion.start >= focused.start) ?? null;
      this.focusedKey = next === null ? null : suggestionKey(next);
    }
    this.list = kept;
    this.changes.fire({ kind: 'list' });
  }

  private replace(articleId: ArticleId | null, suggestions: readonly Suggestion[]): void {
    if (articleId !== this.listedFor) this.focusedKey = null;
    this.listedFor = articleId;
    this.list = [...suggestions].sort((a, b) => a.start - b.start || b.end - a.end);
    if (this.focused === null) this.focusedKey = null;
    this.changes.fire({ kind: 'list' });
  }

  private rememberEntityNames(entities: readonly EntitySummary[]): void {
    this.entityNames = new Map(entities.map((entity) => [entity.id, matchedNames(entity)]));
  }

  /** Whether a touched entity was added, removed, renamed, retyped or got other aliases. */
  private entityNamesChanged(touched: readonly EntityId[]): boolean {
    let changed = false;
    for (const id of touched) {
      const entity = this.deps.model.entity(id);
      const names = entity === undefined ? undefined : matchedNames(entity);
      if (names === this.entityNames.get(id)) continue;
      changed = true;
      if (names === undefined) this.entityNames.delete(id);
      else this.entityNames.set(id, names);
    }
    return changed;
  }
}

function matchedNames(entity: Pick<EntitySummary, 'typeLabelId' | 'name' | 'aliases'>): string {
  return [entity.typeLabelId, entity.name, ...entity.aliases].join('\n');
}
