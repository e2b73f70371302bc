import type { ArticleAnnotation, AnnotationId, EntityId, LabelId } from '../../../shared/model/annotation';
import type { AnnotationSession } from '../annotation/annotation-session';
import type { ModelChange } from '../model/model-change';
import { h, uniqueId } from '../dom/element-builder';
import type { Disposable } from '../lifecycle/disposable';
import type { TabHandle } from '../side-panel/side-panel';
import {
  type AnnotationFilter,
  type AttributeValueOption,
  attributeValueOptions,
  claimAttributeTexts,
  countText,
  filterAnnotations,
} from './annotation-filter';
import { renderAnnotationRow } from './annotation-row';

/** Rows drawn at once: enough to scroll through, few enough that 20,000 annotations stay quick. */
const PAGE = 500;

export interface AnnotationListHooks {
  /** Selects an annotation and scrolls the article to it. */
  reveal(id: AnnotationId): void;
  /** Puts focus back into the article text, so the keys that edit annotations work at once. */
  focusArticle(): void;
  /** This list's tab in the side panel. */
  readonly tab: Pick<TabHandle, 'visible'>;
}

/** The list's place in the side panel. */
export const ANNOTATION_LIST_TAB = { id: 'annotations', title: 'Annotations' } as const;

/**
 * The Annotations tab: the shown article's annotations in text order, narrowed by kind, label,
 * entity, claim attribute value and quote text. The list is a listbox: ↑/↓, Home/End move, Enter or
 * a click jumps to the annotation in the article. Only a window of rows is drawn.
 */
export class AnnotationListView implements Disposable {
  readonly element: HTMLElement;
  /** Changes came while the list was hidden; it redraws when shown. */
  private stale = false;
  private readonly session: AnnotationSession;
  private readonly hooks: AnnotationListHooks;
  private readonly kindSelect: HTMLSelectElement;
  private readonly labelSelect: HTMLSelectElement;
  private readonly entitySelect: HTMLSelectElement;
  private readonly attributeSelect: HTMLSelectElement;
  private readonly textInput: HTMLInputElement;
  private readonly count: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly earlierButton: HTMLButtonElement;
  private readonly moreButton: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private attributeOptions: AttributeValueOption[] = [];
  private filtered: ArticleAnnotation[] = [];
  /** The row the keyboard is on: an annotation id, so it survives re-filtering. */
  private cursor: AnnotationId | null = null;
  private windowStart = 0;
  private windowEnd = PAGE;
  private readonly unsubscribe: () => void;

  constructor(session: AnnotationSession, hooks: AnnotationListHooks) {
    this.session = session;
    this.hooks = hooks;
    const select = (name: string, options: HTMLOptionElement[] = []) => {
      const element = h('select', { className: 'field-input field-select', attrs: { name } }, options);
      element.addEventListener('change', () => this.refilter());
      return element;
    };
    this.kindSelect = select('kind', [
      option('all', 'All kinds'),
      option('entity', 'Entity mentions'),
      option('claim', 'Claims'),
    ]);
    this.labelSelect = select('label');
    this.entitySelect = select('entity');
    this.attributeSelect = select('attribute');
    this.textInput = h('input', {
      className: 'field-input',
      attrs: {
        type: 'search',
        name: 'quote',
        placeholder: 'Filter quotes',
        autocomplete: 'off',
        spellcheck: 'false',
        dir: 'auto',
      },
    });
    this.textInput.addEventListener('input', () => this.refilter());
    this.count = h('p', { className: 'side-list-count', attrs: { 'aria-live': 'polite' } });
    this.list = h('ul', {
      className: 'annotation-list',
      attrs: {
        role: 'listbox',
        tabindex: '0',
        id: uniqueId('annotation-list'),
        'aria-label': 'Annotations of this article',
      },
    });
    this.list.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.list.addEventListener('click', (event) => {
      const row = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
      const id = Number(row?.dataset['id']);
      if (Number.isInteger(id)) this.jumpTo(id);
    });
    this.earlierButton = h('button', {
      className: 'button button-small button-quiet',
      attrs: { type: 'button' },
      text: 'Show earlier',
    });
    this.earlierButton.addEventListener('click', () => {
      this.windowStart = Math.max(0, this.windowStart - PAGE);
      this.renderRows();
    });
    this.moreButton = h('button', {
      className: 'button button-small button-quiet',
      attrs: { type: 'button' },
      text: 'Show more',
    });
    this.moreButton.addEventListener('click', () => {
      this.windowEnd += PAGE;
      this.renderRows();
    });
    this.empty = h('p', { className: 'details-empty' });
    const field = (text: string, control: HTMLElement) =>
      h('label', { className: 'annotation-filter-field' }, [
        h('span', { className: 'annotation-filter-label', text }),
        control,
      ]);
    this.element = h(
      'section',
      { className: 'details-tab annotation-list-tab', attrs: { 'aria-label': 'Annotations' } },
      [
        h(
          'div',
          {
            className: 'side-list-filters annotation-filters',
            attrs: { role: 'group', 'aria-label': 'Filter annotations' },
          },
          [
            field('Kind', this.kindSelect),
            field('Label', this.labelSelect),
            field('Entity', this.entitySelect),
            field('Claim attribute', this.attributeSelect),
            field('Quote', this.textInput),
            this.count,
          ],
        ),
        h('div', { className: 'side-list-scroll' }, [this.earlierButton, this.list, this.moreButton, this.empty]),
      ],
    );
    this.unsubscribe = session.model.subscribe((change) => this.onChange(change));
    this.fillLabelOptions();
    this.fillEntityOptions();
    this.refilter();
  }

  dispose(): void {
    this.unsubscribe();
  }

  /**
   * The tab came into view. A hidden list (another tab, or the panel closed) catches up only now,
   * so labelling in a long article does not re-filter and redraw a list nobody sees.
   */
  onShow(): void {
    if (!this.stale) return;
    this.stale = false;
    this.fillLabelOptions();
    this.fillEntityOptions();
    this.refilter(false);
  }

  private onChange(change: ModelChange): void {
    if (change.kind !== 'selection' && !this.hooks.tab.visible) {
      this.stale = true;
      if (change.kind === 'article') this.cursor = null;
      return;
    }
    switch (change.kind) {
      case 'labels':
        this.fillLabelOptions();
        this.refilter();
        break;
      case 'entities':
        this.fillEntityOptions();
        this.renderRows();
        break;
      case 'article':
        this.cursor = null;
        this.fillEntityOptions();
        this.refilter();
        break;
      case 'annotations':
        this.fillEntityOptions();
        this.refilter(false);
        break;
      case 'selection':
        this.followSelection();
        break;
    }
  }

  private get filter(): AnnotationFilter {
    const id = (select: HTMLSelectElement) => (select.value === '' ? null : Number(select.value));
    const kind = this.kindSelect.value;
    return {
      kind: kind === 'entity' || kind === 'claim' ? kind : 'all',
      labelId: id(this.labelSelect),
      entityId: id(this.entitySelect),
      attributeValueId: id(this.attributeSelect),
      text: this.textInput.value,
    };
  }

  /** Applies the filters; a new filter starts at the top, a changed article keeps its place. */
  private refilter(fromTop = true): void {
    this.filtered = filterAnnotations(this.session.model.annotations, this.filter, (id) =>
      this.session.model.label(id),
    );
    if (fromTop) {
      this.windowStart = 0;
      this.windowEnd = PAGE;
    }
    const total = this.session.model.annotations.length;
    this.count.textContent = countText(this.filtered.length, total);
    this.empty.textContent =
      this.session.model.article === null
        ? 'Open an article to list its annotations.'
        : total === 0
          ? 'This article has no annotations yet. Select text and press 1–9 to add one.'
          : 'No annotation matches these filters.';
    this.empty.hidden = this.filtered.length > 0;
    if (this.cursor === null || !this.filtered.some((annotation) => annotation.id === this.cursor)) {
      this.cursor = this.session.model.selectedId;
    }
    this.keepInWindow(this.cursorIndex());
    this.renderRows();
  }

  private renderRows(): void {
    const start = Math.min(this.windowStart, Math.max(0, this.filtered.length - 1));
    const end = Math.min(this.windowEnd, this.filtered.length);
    const attributeTexts = (annotation: ArticleAnnotation) => claimAttributeTexts(annotation, this.attributeOptions);
    const context = {
      label: (id: LabelId) => this.session.model.label(id),
      entity: (id: EntityId) => this.session.model.entity(id),
      attributeTexts,
    };
    const rows = this.filtered
      .slice(start, end)
      .map((annotation) => renderAnnotationRow(annotation, this.rowId(annotation.id), context));
    this.list.replaceChildren(...rows);
    this.earlierButton.hidden = start === 0;
    this.moreButton.hidden = end >= this.filtered.length;
    this.moreButton.textContent = `Show more (${this.filtered.length - end} left)`;
    this.markCursor(false);
  }

  private rowId(id: AnnotationId): string {
    return `${this.list.id}-a${id}`;
  }

  private cursorIndex(): number {
    return this.cursor === null ? -1 : this.filtered.findIndex((annotation) => annotation.id === this.cursor);
  }

  /** Moves the drawn window so it holds row `index` (when it is not drawn already). */
  private keepInWindow(index: number): boolean {
    if (index < 0 || (index >= this.windowStart && index < this.windowEnd)) return false;
    this.windowStart = Math.max(0, index - PAGE / 2);
    this.windowEnd = this.windowStart + PAGE;
    return true;
  }

  private markCursor(scroll: boolean): void {
    for (const row of this.list.querySelectorAll('[aria-selected="true"]')) row.setAttribute('aria-selected', 'false');
    const row = this.cursor === null ? null : document.getElementById(this.rowId(this.cursor));
    if (row === null || !this.list.contains(row)) {
      this.list.removeAttribute('aria-activedescendant');
      return;
    }
    row.setAttribute('aria-selected', 'true');
    this.list.setAttribute('aria-activedescendant', row.id);
    if (scroll) row.scrollIntoView({ block: 'nearest' });
  }

  private moveCursor(index: number): void {
    const annotation = this.filtered[Math.min(Math.max(index, 0), this.filtered.length - 1)];
    if (annotation === undefined) return;
    this.cursor = annotation.id;
    if (this.keepInWindow(this.cursorIndex())) this.renderRows();
    this.markCursor(true);
  }

  private followSelection(): void {
    const selected = this.session.model.selectedId;
    if (selected === null) return;
    this.cursor = selected;
    if (this.keepInWindow(this.cursorIndex())) this.renderRows();
    this.markCursor(true);
  }

  private jumpTo(id: AnnotationId): void {
    this.cursor = id;
    this.markCursor(false);
    this.hooks.reveal(id);
    this.hooks.focusArticle();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const index = this.cursorIndex();
    const last = this.filtered.length - 1;
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index === -1 ? last : index - 1,
      PageDown: index + 10,
      PageUp: index - 10,
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    if (target !== undefined) {
      event.preventDefault();
      this.moveCursor(target);
    } else if (event.key === 'Enter' && this.cursor !== null && index !== -1) {
      event.preventDefault();
      this.jumpTo(this.cursor);
    }
  }

  private fillLabelOptions(): void {
    this.attributeOptions = attributeValueOptions(this.session.model.labels);
    replaceOptions(
      this.labelSelect,
      'All labels',
      this.session.model.spanLabels.map((label) => option(String(label.id), label.name)),
    );
    replaceOptions(
      this.attributeSelect,
      'Any attribute value',
      this.attributeOptions.map((value) => option(String(value.valueId), value.text)),
    );
  }

  /** The entities this article mentions, by name; the registry may hold far more. */
  private fillEntityOptions(): void {
    const ids = new Set<EntityId>();
    for (const annotation of this.session.model.annotations)
      if (annotation.entityId !== undefined) ids.add(annotation.entityId);
    const entities = [...ids]
      .map((id) => this.session.model.entity(id))
      .filter((entity) => entity !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
    replaceOptions(
      this.entitySelect,
      'All entities',
      entities.map((entity) => option(String(entity.id), entity.name)),
    );
  }
}

function option(value: string, text: string): HTMLOptionElement {
  return h('option', { attrs: { value }, text });
}

/** Refills a select, keeping the chosen value if it is still offered (else back to "any"). */
function replaceOptions(select: HTMLSelectElement, anyText: string, options: HTMLOptionElement[]): void {
  const chosen = select.value;
  select.replaceChildren(option('', anyText), ...options);
  select.value = options.some((candidate) => candidate.value === chosen) ? chosen : '';
}
