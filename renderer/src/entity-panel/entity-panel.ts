import {
  ANNOTATION_LIMITS,
  type AnnotationId,
  type EntityEdit,
  type EntityId,
  type EntityMention,
  type EntitySummary,
} from '../../../shared/model/annotation';
import { foldName } from '../../../shared/text/name-similarity';
import type { ArticleId } from '../../../shared/model/article';
import type { AnnotationSession } from '../annotation/annotation-session';
import type { ModelChange } from '../model/model-change';
import { labelColourClass } from '../annotation/label-colours';
import type { ConfirmDialog } from '../dialogs/confirm-dialog';
import { h } from '../dom/element-builder';
import type { PickerDialog } from '../dialogs/picker-dialog';
import type { Disposable } from '../lifecycle/disposable';
import type { TabHandle } from '../side-panel/side-panel';
import { EntityDetailView } from './entity-detail-view';
import { EntityListView } from './entity-list-view';
import { counted } from '../text/plural';
import { byMergeLikelihood } from './merge-candidates';

export interface EntityPanelDeps {
  readonly session: AnnotationSession;
  readonly picker: PickerDialog;
  readonly confirm: ConfirmDialog;
  /** Opens an article and selects the mention in it. */
  openMention(articleId: ArticleId, annotationId: AnnotationId): Promise<void>;
  /** Reviews an entity's unannotated occurrences across the corpus, to annotate them all at once. */
  annotateAcrossCorpus(id: EntityId): Promise<unknown>;
  /** The Entities tab in the side panel. */
  readonly tab: TabHandle;
}

/** The panel's place in the side panel. */
export const ENTITIES_TAB = { id: 'entities', title: 'Entities' } as const;

/**
 * The Entities tab: the registry (EntityListView) and one entity's details (EntityDetailView), with
 * the registry's writes: edit, merge into another entity, split a mention off into a new one.
 */
export class EntityPanel implements Disposable {
  readonly element: HTMLElement;
  private readonly deps: EntityPanelDeps;
  private readonly list: EntityListView;
  private readonly detail: EntityDetailView;
  /** Labels or entities changed while the tab was hidden; it redraws when shown. */
  private stale = false;
  /** Counts mention loads, so a slow one for an entity no longer shown is dropped. */
  private mentionLoad = 0;
  private readonly unsubscribe: () => void;

  constructor(deps: EntityPanelDeps) {
    this.deps = deps;
    this.list = new EntityListView(deps.session, (id) => this.showEntity(id, false));
    this.detail = new EntityDetailView(deps.session, {
      save: (edit) => this.save(edit),
      mergeInto: () => void this.mergeInto(),
      annotateAll: () => {
        const id = this.detail.entityId;
        if (id !== null) void deps.annotateAcrossCorpus(id);
      },
      back: () => this.showList(),
      open: (mention) => void deps.openMention(mention.articleId, mention.annotationId),
      split: (mention) => void this.split(mention),
    });
    this.detail.element.hidden = true;
    this.element = h('section', { className: 'details-tab entity-panel', attrs: { 'aria-label': 'Entities' } }, [
      this.list.element,
      this.detail.element,
    ]);
    this.unsubscribe = deps.session.model.subscribe((change) => this.onChange(change));
    this.list.renderTypes();
  }

  dispose(): void {
    this.unsubscribe();
  }

  /** The tab came into view: what changed while it was hidden is drawn now. */
  onShow(): void {
    if (!this.stale) return;
    this.stale = false;
    this.onChange({ kind: 'labels', touched: [] });
    this.onChange({ kind: 'entities', touched: [] });
  }

  /** Shows an entity's details (from another tab: switches to this one first). */
  showEntity(id: EntityId, fromElsewhere = true): void {
    const entity = this.deps.session.model.entity(id);
    if (entity === undefined) return;
    if (fromElsewhere) this.deps.tab.show(false);
    const changed = this.detail.entityId !== id;
    const stale = changed || this.detail.element.hidden;
    this.detail.show(entity);
    if (changed) this.detail.showMentions(null);
    this.list.element.hidden = true;
    this.detail.element.hidden = false;
    if (stale) void this.loadMentions(id);
    this.detail.focus();
  }

  private showList(): void {
    const shown = this.detail.entityId;
    this.detail.element.hidden = true;
    this.list.element.hidden = false;
    this.list.render();
    if (shown === null || !this.list.focusEntity(shown)) this.list.focus();
  }

  private get session(): AnnotationSession {
    return this.deps.session;
  }

  private onChange(change: ModelChange): void {
    // A hidden tab (another tab, or the panel closed) catches up when it comes into view, so
    // labelling people in a big project does not redraw thousands of entities nobody sees.
    if ((change.kind === 'labels' || change.kind === 'entities') && !this.deps.tab.visible) {
      this.stale = true;
      return;
    }
    if (change.kind === 'labels') {
      this.list.renderTypes();
      const shown = this.shownEntity();
      if (shown !== undefined) this.detail.show(shown);
    } else if (change.kind === 'entities') {
      if (!this.list.element.hidden) this.list.render();
      const id = this.detail.entityId;
      if (id === null || this.detail.element.hidden) return;
      const entity = this.session.model.entity(id);
      if (entity === undefined) {
        this.showList();
        return;
      }
      this.detail.show(entity);
      void this.loadMentions(id);
    }
  }

  private shownEntity(): EntitySummary | undefined {
    const id = this.detail.entityId;
    return id === null ? undefined : this.session.model.entity(id);
  }

  private async loadMentions(id: EntityId): Promise<void> {
    const load = ++this.mentionLoad;
    const mentions = await this.session.write(() => this.session.api.invoke('entity.mentions', { id }));
    if (load !== this.mentionLoad || this.detail.entityId !== id) return;
    this.detail.showMentions(mentions ?? []);
  }

  private async save(edit: EntityEdit): Promise<boolean> {
    const entity = this.shownEntity();
    if (entity === undefined) return false;
    const change = edit.name === undefined ? edit : { ...edit, ...(await this.renaming(entity, edit.name)) };
    const saved = await this.session.write(() =>
      this.session.api.invoke('entity.update', { id: entity.id, edit: change }),
    );
    return saved !== null;
  }

  /**
   * A rename, after asking whether the old name stays on as an alias (yes by default): mentions and
   * searches that use the old name should still find the entity. Not asked when only case or
   * accents change, the old name is an alias already, or the aliases are full.
   */
  private async renaming(entity: EntitySummary, name: string): Promise<EntityEdit> {
    const old = entity.name;
    if (
      foldName(old) === foldName(name) ||
      entity.aliases.includes(old) ||
      entity.aliases.length >= ANNOTATION_LIMITS.aliasesMax
    ) {
      return { name };
    }
    const keep = await this.deps.confirm.ask({
      title: 'Keep the old name?',
      message: `Keep “${old}” as an alias of “${name}”, so that it is still found by its old name?`,
      confirmLabel: 'Keep as alias',
      cancelLabel: 'Rename only',
      confirmByDefault: true,
    });
    return keep ? { name, aliases: [...entity.aliases.filter((alias) => alias !== name), old] } : { name };
  }

  /**
   * Merges the shown entity into one the user picks: its mentions move there and it is removed. The
   * picker lists the likeliest first (same type, then similar names).
   */
  private async mergeInto(): Promise<void> {
    const merged = this.shownEntity();
    if (merged === undefined) return;
    const keptId = await this.deps.picker.pick<EntityId>({
      title: `Merge “${merged.name}” into…`,
      placeholder: 'Type to find the entity to keep',
      items: this.session.model.entities
        .filter((entity) => entity.id !== merged.id)
        .sort(byMergeLikelihood(merged))
        .map((entity) => ({
          value: entity.id,
          label: entity.name,
          detail: `${this.session.model.label(entity.typeLabelId)?.name ?? ''} · ${counted(entity.mentionCount, 'mention', 'mentions')}`,
          keywords: entity.aliases.join(' '),
          swatchClass: labelColourClass({ id: entity.typeLabelId }),
        })),
      emptyText: 'There is no other entity to merge into.',
    });
    const kept = keptId === null ? undefined : this.session.model.entity(keptId);
    if (kept === undefined) return;
    const mentions = counted(merged.mentionCount, 'mention', 'mentions');
    const confirmed = await this.deps.confirm.ask({
      title: 'Merge entities',
      message: `“${merged.name}” will be merged into “${kept.name}”: its ${mentions}, claims, aliases and ids move there, and “${merged.name}” is removed.`,
      confirmLabel: 'Merge',
    });
    if (!confirmed) return;
    const done = await this.session.write(() =>
      this.session.api.invoke('entity.merge', { keptId: kept.id, mergedId: merged.id }),
    );
    if (done === null) return;
    this.showEntity(kept.id, false);
  }

  /** Links one mention to a new entity of the same type, named by the user. */
  private async split(mention: EntityMention): Promise<void> {
    const entity = this.shownEntity();
    if (entity === undefined) return;
    const name = await this.deps.picker.pick<string>({
      title: `Split “${mention.quote.exact}” off “${entity.name}”`,
      placeholder: 'Name of the new entity',
      initialQuery: mention.quote.exact,
      items: [],
      create: { label: (query) => `New entity “${query}”`, value: (query) => query },
      emptyText: 'Type the name of the new entity.',
    });
    if (name === null) return;
    const created = await this.session.write(() =>
      this.session.api.invoke('entity.splitMention', {
        annotationId: mention.annotationId,
        entity: { name, typeLabelId: entity.typeLabelId },
      }),
    );
    if (created === null) return;
    void this.loadMentions(entity.id);
  }
}
