import type {
  Annotation,
  ArticleAnnotation,
  AnnotationId,
  ClaimDetails,
  EntityCandidate,
  EntityId,
  Label,
  LabelId,
  TextFragment,
} from '../../../shared/model/annotation';
import { findOccurrences } from '../../../shared/annotation/find-occurrences';
import { relationTypeAllows } from '../../../shared/model/relation-ends';
import type { TextRange } from '../../../shared/text/offsets';
import { snapToGraphemes, snapToWords } from '../../../shared/text/segment-snapping';
import type { ArticleView } from '../article-view/article-view';
import type { PickerDialog, PickerItem } from '../dialogs/picker-dialog';
import type { ToastRegion } from '../notifications/toast-region';
import { labelColourClass } from './label-colours';
import type { AnnotateAllDialog } from './annotate-all-dialog';
import type { Disposable } from '../lifecycle/disposable';
import type { AnnotationSession } from './annotation-session';
import { mergeFragments } from './fragments';
import { quoteText } from './quote-text';
import { counted } from '../text/plural';
import { suggestedLabelIndex } from './suggested-label';

export interface AnnotationActionViews {
  readonly article: ArticleView;
  readonly picker: PickerDialog;
  readonly toasts: ToastRegion;
  readonly annotateAllDialog: AnnotateAllDialog;
  /** Tints text the analyst is about to annotate: collected pieces, or an "annotate all" preview. */
  showTextFocus(kind: 'pending' | 'preview', ranges: readonly TextRange[]): void;
}

/** An entity choice in the linking picker: an existing entity, a new one, or none. */
type EntityChoice = { kind: 'existing'; id: EntityId } | { kind: 'create'; name: string } | { kind: 'none' };

/**
 * Everything the analyst does to annotations, by name, so that keys, the command palette, menus and
 * panels all run the same code. Each method checks what it needs (a selection, an annotation) and
 * says so in a notice instead of failing silently.
 */
export class AnnotationActions implements Disposable {
  private readonly session: AnnotationSession;
  private readonly views: AnnotationActionViews;
  private pending: TextFragment[] = [];
  /** The span label this window applied last, which "annotate all" offers first. */
  private lastUsedLabelId: LabelId | null = null;
  private readonly unsubscribe: () => void;

  constructor(session: AnnotationSession, views: AnnotationActionViews) {
    this.session = session;
    this.views = views;
    this.unsubscribe = session.model.subscribe((change) => {
      if (change.kind === 'article') this.clearPending();
    });
  }

  dispose(): void {
    this.unsubscribe();
  }

  // --- Creating ------------------------------------------------------------------------

  /**
   * Labels the selected text (plus any collected pieces) with `label`. The selection snaps to whole
   * words unless `exact` (Alt held), and never splits a character either way.
   */
  async labelSelection(label: Label, exact = false): Promise<Annotation | null> {
    const selected = this.views.article.selectedTextRange();
    const fragments = this.selectedFragments(exact);
    if (fragments === null) return null;
    this.clearPending();
    this.lastUsedLabelId = label.id;
    if (label.kind === 'entity') return this.createEntityMention(label, fragments, selected);
    const created = await this.session.create({
      labelId: label.id,
      fragments,
      ...(label.kind === 'claim' ? { claim: emptyClaim() } : {}),
    });
    if (created !== null) this.moveCaretAfter(created, selected);
    return created;
  }

  /** Enter: choose any span label (more than the nine keys reach) for the selection. */
  async pickLabelForSelection(exact = false): Promise<Annotation | null> {
    if (this.selectedFragments(exact) === null) return null;
    const label = await this.pickSpanLabel('Label the selection');
    if (label === null) return null;
    return this.labelSelection(label, exact);
  }

  /** Adds the selection as one more piece of a discontinuous annotation; the next label applies to all pieces. */
  addSelectionAsPiece(exact = false): void {
    const range = this.snappedSelection(exact);
    if (range === null) return;
    this.pending = mergeFragments([...this.pending, range]);
    this.views.showTextFocus('pending', this.pending);
    this.views.toasts.info(
      `${counted(this.pending.length, 'piece', 'pieces')} collected: select the next piece and press + again, or a label key to annotate them as one.`,
    );
  }

  /**
   * Shift+Enter: annotates every other occurrence of the selected text in the article with one
   * label, after a preview in which each can be unticked. One undo step takes them all back.
   */
  async annotateAllOccurrences(exact = false): Promise<Annotation[]> {
    const article = this.session.model.article;
    const range = this.snappedSelection(exact);
    if (article === null || range === null) return [];
    const query = article.text.slice(range.start, range.end);
    const label = await this.pickSpanLabel(
      `Annotate every “${query}” as…`,
      suggestedLabelIndex(
        this.session.model.spanLabels,
        this.session.model.selectedAnnotation?.labelId ?? null,
        this.lastUsedLabelId,
      ),
    );
    if (label === null) return [];
    this.lastUsedLabelId = label.id;
    const excludedRanges = this.session.model.annotations
      .filter((annotation) => annotation.labelId === label.id && !annotation.orphaned)
      .flatMap((annotation) => annotation.fragments);
    const occurrences = findOccurrences(article.text, query, {
      wholeWord: !exact,
      ...(article.language === undefined ? {} : { language: article.language }),
      excludedRanges,
    });
    if (occurrences.length === 0) {
      this.views.toasts.info(`Every “${query}” is already annotated as ${label.name}.`);
      return [];
    }
    this.views.showTextFocus(
      'preview',
      occurrences.map((occurrence) => occurrence.range),
    );
    let chosen;
    try {
      chosen = await this.views.annotateAllDialog.confirm(`Annotate “${query}” as ${label.name}`, occurrences);
    } finally {
      this.views.showTextFocus('preview', []);
    }
    if (chosen === null || chosen.length === 0) return [];
    let entityId: EntityId | undefined;
    if (label.kind === 'entity') {
      const choice = await this.pickEntity(label, query, undefined);
      if (choice === null) return [];
      entityId = await this.entityIdFor(choice, label);
      if (choice.kind !== 'none' && entityId === undefined) return [];
    }
    const created = await this.session.createMany(
      chosen.map((occurrence) => ({
        labelId: label.id,
        fragments: [occurrence.range],
        ...(entityId === undefined ? {} : { entityId }),
        ...(label.kind === 'claim' ? { claim: emptyClaim() } : {}),
      })),
    );
    if (created.length > 0) {
      this.views.toasts.info(
        `Annotated ${counted(created.length, 'occurrence', 'occurrences')} as ${label.name}. Ctrl+Z takes them all back.`,
      );
    }
    return created;
  }

  clearPending(): void {
    if (this.pending.length === 0) return;
    this.pending = [];
    this.views.showTextFocus('pending', []);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  // --- The selected annotation ------------------------------------------------------------

  async relabelSelected(label: Label): Promise<void> {
    const selected = this.requireSelected();
    if (selected === null || selected.labelId === label.id) return;
    const current = this.session.model.label(selected.labelId);
    if (current?.kind !== label.kind) {
      this.views.toasts.info(
        `An ${current?.kind ?? 'annotation'} cannot become a ${label.kind}; delete it and label the text again.`,
      );
      return;
    }
    this.lastUsedLabelId = label.id;
    await this.session.update(selected.id, { labelId: label.id });
  }

  async deleteSelected(): Promise<void> {
    const selected = this.requireSelected();
    if (selected === null) return;
    const deleted = await this.session.delete([selected.id]);
    if (deleted > 0) this.views.toasts.info(`Deleted “${quoteText(selected)}”. Press Ctrl+Z to undo.`);
  }

  /** Links the selected entity mention to another entity, or a new one. */
  async linkSelectedEntity(): Promise<void> {
    const selected = this.requireSelected();
    if (selected === null) return;
    const label = this.session.model.label(selected.labelId);
    if (label?.kind !== 'entity') {
      this.views.toasts.info('Select an entity mention to link it to an entity.');
      return;
    }
    const choice = await this.pickEntity(label, quoteText(selected), selected.entityId);
    if (choice === null) return;
    const entityId = await this.entityIdFor(choice, label);
    if (entityId === undefined) return;
    await this.session.update(selected.id, { entityId });
  }

  /** C: who makes the selected claim — a mention in this article or any entity of the registry. */
  async linkClaimant(): Promise<void> {
    const selected = this.requireSelected();
    if (selected === null) return;
    if (this.session.model.label(selected.labelId)?.kind !== 'claim') {
      this.views.toasts.info('Select a claim to say who makes it.');
      return;
    }
    type Claimant = { entityId?: EntityId; annotationId?: AnnotationId } | { create: string };
    const items: PickerItem<Claimant>[] = [];
    const seen = new Set<EntityId>();
    for (const mention of this.session.model.annotations) {
      if (mention.entityId === undefined || mention.orphaned) continue;
      const entity = this.session.model.entity(mention.entityId);
      if (entity === undefined || seen.has(entity.id)) continue;
      seen.add(entity.id);
      items.push({
        value: { entityId: entity.id, annotationId: mention.id },
        label: entity.name,
        detail: `in this article · ${this.session.model.label(entity.typeLabelId)?.name ?? ''}`,
        keywords: entity.aliases.join(' '),
        swatchClass: labelColourClass({ id: entity.typeLabelId }),
      });
    }
    for (const entity of this.session.model.entities) {
      if (seen.has(entity.id)) continue;
      items.push({
        value: { entityId: entity.id },
        label: entity.name,
        detail: `${this.session.model.label(entity.typeLabelId)?.name ?? ''} · ${counted(entity.mentionCount, 'mention', 'mentions')}`,
        keywords: entity.aliases.join(' '),
        swatchClass: labelColourClass({ id: entity.typeLabelId }),
      });
    }
    const choice = await this.views.picker.pick<Claimant>({
      title: 'Who makes this claim?',
      placeholder: 'Type a name',
      items,
      create: { label: (query) => `New person “${query}”`, value: (query) => ({ create: query }) },
      emptyText: 'No entities yet: type a name to create one.',
    });
    if (choice === null) return;
    let claimant: { entityId?: EntityId; annotationId?: AnnotationId };
    if ('create' in choice) {
      const person = this.session.model.labelsOfKind('entity')[0];
      if (person === undefined) return;
      const entity = await this.session.write(() =>
        this.api.invoke('entity.create', { name: choice.create, typeLabelId: person.id }),
      );
      if (entity === null) return;
      claimant = { entityId: entity.id };
    } else {
      claimant = choice;
    }
    const claim: ClaimDetails = { ...(selected.claim ?? emptyClaim()) };
    delete claim.claimantEntityId;
    delete claim.claimantAnnotationId;
    await this.session.update(selected.id, {
      claim: {
        ...claim,
        ...(claimant.entityId === undefined ? {} : { claimantEntityId: claimant.entityId }),
        ...(claimant.annotationId === undefined ? {} : { claimantAnnotationId: claimant.annotationId }),
      },
    });
  }

  /** R: link the selected annotation to another one with a typed, directed relation. */
  async startRelation(): Promise<void> {
    const selected = this.requireSelected();
    if (selected === null) return;
    const types = this.session.model.labelsOfKind('relation');
    const targets: PickerItem<AnnotationId>[] = this.session.model.annotations
      .filter((annotation) => annotation.id !== selected.id && !annotation.orphaned)
      // Only spans some relation type may link the selected one to.
      .filter((annotation) => types.some((type) => relationTypeAllows(type, selected.labelId, annotation.labelId)))
      .map((annotation) => ({
        value: annotation.id,
        label: quoteText(annotation),
        detail: this.session.model.label(annotation.labelId)?.name ?? '',
        swatchClass: labelColourClass({ id: annotation.labelId }),
      }));
    const targetId = await this.views.picker.pick({
      title: `Relate “${quoteText(selected)}” to…`,
      placeholder: 'Type to find an annotation in this article',
      items: targets,
      emptyText: 'This article has no other annotation to relate to.',
    });
    if (targetId === null) return;
    await this.createRelation(selected.id, targetId);
  }

  /** Asks for the relation type, then links source → target (also the end of a drag). */
  async createRelation(sourceId: AnnotationId, targetId: AnnotationId): Promise<void> {
    const model = this.session.model;
    const source = model.annotation(sourceId);
    const target = model.annotation(targetId);
    if (sourceId === targetId || source === undefined || target === undefined) return;
    const allTypes = model.labelsOfKind('relation');
    // The schema may restrict a type's ends to some labels; only types these ends may have are offered.
    const types = allTypes.filter((type) => relationTypeAllows(type, source.labelId, target.labelId));
    const labelName = (id: number) => model.label(id)?.name ?? 'this label';
    const type = await this.views.picker.pick<Label>({
      title: 'Relation type',
      placeholder: 'Type to filter relation types',
      items: types.map((label) => ({
        value: label,
        label: label.name,
        swatchClass: labelColourClass(label),
      })),
      emptyText:
        allTypes.length === 0
          ? 'The schema has no relation types; add one in Schema settings.'
          : `No relation type of the schema goes from ${labelName(source.labelId)} to ${labelName(target.labelId)}.`,
    });
    if (type === null) return;
    await this.session.createRelation({
      typeLabelId: type.id,
      sourceAnnotationId: sourceId,
      targetAnnotationId: targetId,
    });
  }

  // --- Moving between annotations -------------------------------------------------------

  /**
   * Tab / Shift+Tab: selects the next (previous) annotation from the selected one, or from the
   * caret. Returns false at either end, so focus can leave the article as Tab normally does.
   */
  cycle(direction: 1 | -1): boolean {
    const annotations = this.session.model.annotations.filter((annotation) => !annotation.orphaned);
    if (annotations.length === 0) return false;
    const selectedId = this.session.model.selectedId;
    let index: number;
    const current = selectedId === null ? -1 : annotations.findIndex((annotation) => annotation.id === selectedId);
    if (current !== -1) {
      index = current + direction;
    } else {
      const caret = this.views.article.caretTextOffset() ?? 0;
      const inner = this.session.model.annotationsAt(caret)[0];
      if (inner !== undefined) {
        index = annotations.findIndex((annotation) => annotation.id === inner.id);
      } else if (direction === 1) {
        index = annotations.findIndex((annotation) => (annotation.fragments[0]?.start ?? 0) >= caret);
      } else {
        index = findLastIndex(annotations, (annotation) => (annotation.fragments[0]?.start ?? 0) < caret);
      }
    }
    const next = annotations[index];
    if (next === undefined) return false;
    this.reveal(next.id);
    return true;
  }

  /** Selects an annotation and brings it into view with the caret at its start (list, panel, Tab). */
  reveal(id: AnnotationId): void {
    const annotation = this.session.model.annotation(id);
    if (annotation === undefined) return;
    this.session.select(id);
    if (annotation.orphaned) return;
    const first = annotation.fragments[0];
    if (first === undefined) return;
    this.views.article.selectTextRange({ start: first.start, end: first.start });
    this.views.article.scrollTextRangeIntoView(first);
  }

  // --- Helpers -------------------------------------------------------------------------------

  private get api() {
    return this.session.api;
  }

  /**
   * Puts the caret after a new annotation, so the next Shift+arrow starts there, unless the
   * analyst has already selected something else while it was being saved.
   */
  private moveCaretAfter(created: Annotation, selectedAtKey: TextRange | null): void {
    const now = this.views.article.selectedTextRange();
    if (now?.start !== selectedAtKey?.start || now?.end !== selectedAtKey?.end) return;
    this.views.article.selectTextRange(caretAfter(created));
  }

  private async createEntityMention(
    label: Label,
    fragments: TextFragment[],
    selected: TextRange | null,
  ): Promise<Annotation | null> {
    const text = this.session.model.article?.text ?? '';
    const quote = fragments.map((fragment) => text.slice(fragment.start, fragment.end)).join(' ');
    const candidates = await this.fetchCandidates(label, quote);
    if (candidates === null) return null;
    let entityId: EntityId | undefined;
    if (candidates.length === 0) {
      const entity = await this.session.write(() =>
        this.api.invoke('entity.create', { name: quote, typeLabelId: label.id }),
      );
      if (entity === null) return null;
      entityId = entity.id;
    } else {
      const choice = await this.pickEntity(label, quote, candidates[0]?.entity.id, candidates);
      if (choice === null) return null;
      entityId = await this.entityIdFor(choice, label);
      if (choice.kind !== 'none' && entityId === undefined) return null;
    }
    const created = await this.session.create({
      labelId: label.id,
      fragments,
      ...(entityId === undefined ? {} : { entityId }),
    });
    if (created !== null) this.moveCaretAfter(created, selected);
    return created;
  }

  /**
   * The linking picker: matching entities first, then the rest of the type, then "new" and "none".
   * `known` is a candidate list the caller already fetched for this quote, so it is not asked twice.
   */
  private async pickEntity(
    label: Label,
    quote: string,
    proposed: EntityId | undefined,
    known?: readonly EntityCandidate[],
  ): Promise<EntityChoice | null> {
    const candidates = known ?? (await this.fetchCandidates(label, quote));
    const proposedIds = new Set((candidates ?? []).map((candidate) => candidate.entity.id));
    const items: PickerItem<EntityChoice>[] = [];
    const addEntity = (id: EntityId, name: string, detail: string, aliases: readonly string[]) =>
      items.push({
        value: { kind: 'existing', id },
        label: name,
        detail,
        keywords: aliases.join(' '),
        swatchClass: labelColourClass(label),
      });
    const sortedCandidates = [...(candidates ?? [])].sort(
      (a, b) => Number(b.entity.id === proposed) - Number(a.entity.id === proposed),
    );
    for (const { entity, matched } of sortedCandidates) {
      addEntity(
        entity.id,
        entity.name,
        matched === entity.name ? 'matches the name' : `matches “${matched}”`,
        entity.aliases,
      );
    }
    for (const entity of this.session.model.entities) {
      if (entity.typeLabelId !== label.id || proposedIds.has(entity.id)) continue;
      addEntity(entity.id, entity.name, counted(entity.mentionCount, 'mention', 'mentions'), entity.aliases);
    }
    items.push({ value: { kind: 'create', name: quote }, label: `New ${label.name.toLocaleLowerCase()} “${quote}”` });
    items.push({ value: { kind: 'none' }, label: 'Leave unlinked' });
    return this.views.picker.pick<EntityChoice>({
      title: `Which ${label.name.toLocaleLowerCase()} is “${quote}”?`,
      placeholder: 'Type to find another entity',
      items,
      create: {
        label: (query) => `New ${label.name.toLocaleLowerCase()} “${query}”`,
        value: (query) => ({ kind: 'create', name: query }),
      },
    });
  }

  private fetchCandidates(label: Label, quote: string): Promise<EntityCandidate[] | null> {
    return this.session.write(() =>
      this.api.invoke('entity.candidates', { query: quote, typeLabelId: label.id, limit: 10 }),
    );
  }

  private async entityIdFor(choice: EntityChoice, label: Label): Promise<EntityId | undefined> {
    if (choice.kind === 'existing') return choice.id;
    if (choice.kind === 'none') return undefined;
    const entity = await this.session.write(() =>
      this.api.invoke('entity.create', { name: choice.name, typeLabelId: label.id }),
    );
    return entity?.id;
  }

  /** `initialActive`: the index of the label Enter chooses at once (the first without it). */
  async pickSpanLabel(title: string, initialActive?: number): Promise<Label | null> {
    return this.views.picker.pick<Label>({
      title,
      ...(initialActive === undefined ? {} : { initialActive }),
      placeholder: 'Type to filter labels',
      items: this.session.model.spanLabels.map((label) => ({
        value: label,
        label: label.name,
        detail: label.hotkey === null ? label.kind : `${label.kind} · key ${label.hotkey}`,
        swatchClass: labelColourClass(label),
      })),
      emptyText: 'The schema has no entity types or claim label.',
    });
  }

  /** The selection (with collected pieces) as fragments, or null after telling the user why not. */
  private selectedFragments(exact: boolean): TextFragment[] | null {
    const range = this.snappedSelection(exact);
    if (range === null && this.pending.length === 0) return null;
    return mergeFragments(range === null ? this.pending : [...this.pending, range]);
  }

  private snappedSelection(exact: boolean): TextRange | null {
    const article = this.session.model.article;
    const selection = this.views.article.selectedTextRange();
    if (article === null || selection === null) {
      if (this.pending.length === 0) this.views.toasts.info('Select some text first (Shift+arrow keys or the mouse).');
      return null;
    }
    const range = exact
      ? snapToGraphemes(article.text, selection)
      : snapToWords(article.text, selection, article.language);
    if (range.start >= range.end) {
      this.views.toasts.info('The selection holds no words to annotate.');
      return null;
    }
    return range;
  }

  private requireSelected(): ArticleAnnotation | null {
    const selected = this.session.model.selectedAnnotation;
    if (selected === null) this.views.toasts.info('Select an annotation first: Tab moves to the next one.');
    return selected;
  }
}

function emptyClaim(): ClaimDetails {
  return { aboutEntityIds: [], attributes: {} };
}

/** A collapsed selection just after an annotation, so the next Shift+arrow starts from there. */
function caretAfter(annotation: ArticleAnnotation): TextRange {
  const end = annotation.fragments[annotation.fragments.length - 1]?.end ?? 0;
  return { start: end, end };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item !== undefined && test(item)) return i;
  }
  return -1;
}
