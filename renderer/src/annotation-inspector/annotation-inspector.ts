import type { ArticleAnnotation, AnnotationId } from '../../../shared/model/annotation';
import type { ModelChange } from '../model/model-change';
import { h } from '../dom/element-builder';
import type { Disposable } from '../lifecycle/disposable';
import { ArticleSection } from './article-section';
import { renderClaim } from './claim-view';
import { renderEntityLink } from './entity-link-view';
import type { InspectorContext } from './inspector-context';
import { replaceKeepingFocus } from './inspector-dom';
import { renderHeader } from './inspector-header';
import { NoteField } from './note-field';
import { renderOrphans } from './orphans-view';
import { relationLinesOf } from './relation-lines';
import { renderRelations } from './relations-view';

/** The inspector's place in the side panel. */
export const ANNOTATION_TAB = { id: 'annotation', title: 'Annotation' } as const;

/**
 * The side panel's "Annotation" tab: everything about the selected annotation, editable (label,
 * entity link or claim details, note, relations), the article's orphaned annotations, and the
 * article's own labels and notes. It never takes focus on its own: selecting an annotation in
 * the text leaves the analyst in the text.
 */
export class AnnotationInspector implements Disposable {
  readonly element: HTMLElement;
  private renderPending = false;
  private readonly unsubscribe: () => void;
  private readonly context: InspectorContext;
  private readonly empty: HTMLElement;
  private readonly selectedBox: HTMLElement;
  private readonly details: HTMLElement;
  private readonly relations: HTMLElement;
  private readonly note: NoteField;
  private readonly orphans: HTMLElement;
  private readonly article: ArticleSection;
  /** What the orphan list was drawn from, so only a change to it redraws it. */
  private orphanKey = '';

  constructor(context: InspectorContext) {
    this.context = context;
    this.empty = h('div', { className: 'details-empty inspector-empty' }, [
      h('p', { text: 'No annotation selected.' }),
      h('p', { text: 'Select text in the article and press 1–9 to annotate it; Tab moves between annotations.' }),
    ]);
    this.details = h('div', { className: 'inspector-details' });
    this.note = new NoteField(context);
    this.relations = h('div', { className: 'inspector-details' });
    this.selectedBox = h(
      'div',
      { className: 'inspector-selected', attrs: { 'aria-label': 'Selected annotation', role: 'group' } },
      [this.details, h('div', { className: 'inspector-section' }, [this.note.element]), this.relations],
    );
    this.orphans = h('div');
    this.article = new ArticleSection(context.session);
    this.element = h(
      'section',
      { className: 'details-tab annotation-inspector', attrs: { 'aria-label': 'Annotation' } },
      [
        h('div', { className: 'details-scroll inspector-scroll' }, [
          this.empty,
          this.selectedBox,
          this.orphans,
          this.article.element,
        ]),
      ],
    );
    this.unsubscribe = context.session.model.subscribe((change) => this.onChange(change));
    this.renderSelected();
    void this.article.reload();
  }

  dispose(): void {
    this.unsubscribe();
  }

  /** N: puts the caret in the selected annotation's note; false when no annotation is selected. */
  focusNote(): boolean {
    if (this.context.session.model.selectedAnnotation === null) return false;
    this.note.focus();
    return true;
  }

  private onChange(change: ModelChange): void {
    switch (change.kind) {
      case 'selection':
        this.renderSelectedSoon();
        return;
      case 'annotations':
        if (this.touchesSelected(change.touched)) this.renderSelectedSoon();
        this.renderOrphans(false);
        return;
      case 'labels':
        this.renderSelected();
        this.renderOrphans(true);
        this.article.render();
        return;
      case 'entities':
      case 'annotators':
        this.renderSelected();
        return;
      case 'article':
        this.renderSelected();
        this.renderOrphans(false);
        void this.article.reload();
        return;
    }
  }

  /** Whether a change reaches what the tab shows of the selection: itself or a relation's other end. */
  private touchesSelected(touched: readonly AnnotationId[]): boolean {
    const selectedId = this.context.session.model.selectedId;
    if (selectedId === null) return false;
    const shown = new Set([
      selectedId,
      ...relationLinesOf(selectedId, this.context.session.model.relations).map((line) => line.otherId),
    ]);
    return touched.some((id) => shown.has(id));
  }

  /**
   * Selecting and labelling redraw this tab after the article has painted the change: the
   * highlight the analyst is waiting for comes first, the details a moment later.
   */
  private renderSelectedSoon(): void {
    if (this.renderPending) return;
    this.renderPending = true;
    // The frame callback runs before that paint; the timeout it starts runs after it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.renderPending = false;
        this.renderSelected();
      }, 0),
    );
  }

  private renderSelected(): void {
    const annotation = this.context.session.model.selectedAnnotation;
    this.empty.hidden = annotation !== null;
    this.selectedBox.hidden = annotation === null;
    this.note.show(annotation);
    if (annotation === null) {
      this.details.replaceChildren();
      this.relations.replaceChildren();
      return;
    }
    replaceKeepingFocus(this.details, [renderHeader(annotation, this.context), ...this.kindDetails(annotation)]);
    replaceKeepingFocus(this.relations, [renderRelations(annotation, this.context)]);
  }

  private kindDetails(annotation: ArticleAnnotation): HTMLElement[] {
    const kind = this.context.session.model.label(annotation.labelId)?.kind;
    if (kind === 'entity') return [renderEntityLink(annotation, this.context)];
    if (kind === 'claim') return [renderClaim(annotation, this.context)];
    return [];
  }

  private renderOrphans(force: boolean): void {
    const orphans = this.context.session.model.annotations.filter((annotation) => annotation.orphaned);
    const key = orphans.map((orphan) => `${orphan.id}:${orphan.labelId}:${orphan.quote.exact}`).join('\n');
    if (!force && key === this.orphanKey) return;
    this.orphanKey = key;
    const section = renderOrphans(orphans, this.context);
    replaceKeepingFocus(this.orphans, section === null ? [] : [section]);
  }
}
