import type { EntityId, EntitySummary } from '../../../shared/model/annotation';
import type { AnnotationSession } from '../annotation/annotation-session';
import { labelColourClass } from '../annotation/label-colours';
import { h } from '../dom/element-builder';
import { filterEntities } from './entity-list-filter';
import { counted } from '../text/plural';

/** Rows drawn at once; typing in the search narrows a large registry down. */
const PAGE = 500;

/**
 * The entity registry: every entity by how often the corpus mentions it, with a search field and a
 * type filter. ↑/↓ move between entities, Enter or a click opens one.
 */
export class EntityListView {
  readonly element: HTMLElement;
  private readonly session: AnnotationSession;
  private readonly search: HTMLInputElement;
  private readonly typeSelect: HTMLSelectElement;
  private readonly count: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly moreButton: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private shown = PAGE;

  constructor(session: AnnotationSession, open: (id: EntityId) => void) {
    this.session = session;
    this.search = h('input', {
      className: 'field-input',
      attrs: {
        type: 'search',
        placeholder: 'Find an entity',
        'aria-label': 'Find an entity',
        autocomplete: 'off',
        dir: 'auto',
      },
    });
    this.search.addEventListener('input', () => this.renderFromTop());
    this.search.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown') return;
      event.preventDefault();
      this.list.querySelector('button')?.focus();
    });
    this.typeSelect = h('select', { className: 'field-input field-select', attrs: { 'aria-label': 'Entity type' } });
    this.typeSelect.addEventListener('change', () => this.renderFromTop());
    this.count = h('p', { className: 'side-list-count', attrs: { 'aria-live': 'polite' } });
    this.list = h('ul', { className: 'entity-list', attrs: { 'aria-label': 'Entities' } });
    this.list.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>('button[data-id]');
      const id = Number(button?.dataset['id']);
      if (Number.isInteger(id)) open(id);
    });
    this.list.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.moreButton = h('button', { className: 'button button-small button-quiet', attrs: { type: 'button' } });
    this.moreButton.addEventListener('click', () => {
      this.shown += PAGE;
      this.render();
    });
    this.empty = h('p', { className: 'details-empty' });
    this.element = h('div', { className: 'entity-list-view' }, [
      h(
        'div',
        { className: 'side-list-filters entity-list-filters', attrs: { role: 'search', 'aria-label': 'Entities' } },
        [this.search, this.typeSelect, this.count],
      ),
      h('div', { className: 'side-list-scroll' }, [this.list, this.moreButton, this.empty]),
    ]);
  }

  /** Redraws after the labels changed (type names and colours). */
  renderTypes(): void {
    const chosen = this.typeSelect.value;
    const types = this.session.model.labelsOfKind('entity');
    this.typeSelect.replaceChildren(
      h('option', { attrs: { value: '' }, text: 'All types' }),
      ...types.map((type) => h('option', { attrs: { value: String(type.id) }, text: type.name })),
    );
    this.typeSelect.value = types.some((type) => String(type.id) === chosen) ? chosen : '';
    this.render();
  }

  focus(): void {
    this.search.focus();
  }

  /** Puts focus on an entity's row (back from its details), if it is listed. */
  focusEntity(id: EntityId): boolean {
    const button = this.list.querySelector<HTMLElement>(`button[data-id="${id}"]`);
    button?.focus();
    return button !== null;
  }

  private renderFromTop(): void {
    this.shown = PAGE;
    this.render();
  }

  render(): void {
    const type = this.typeSelect.value === '' ? null : Number(this.typeSelect.value);
    const entities = filterEntities(this.session.model.entities, this.search.value, type);
    const total = this.session.model.entities.length;
    this.count.textContent =
      entities.length === total
        ? counted(total, 'entity', 'entities')
        : `${entities.length} of ${counted(total, 'entity', 'entities')}`;
    this.list.replaceChildren(...entities.slice(0, this.shown).map((entity) => this.row(entity)));
    const left = entities.length - this.shown;
    this.moreButton.hidden = left <= 0;
    this.moreButton.textContent = `Show more (${left} left)`;
    this.empty.hidden = entities.length > 0;
    this.empty.textContent = total === 0 ? 'No entities yet: annotate a name to add one.' : 'No entity matches.';
  }

  private row(entity: EntitySummary): HTMLLIElement {
    const type = this.session.model.label(entity.typeLabelId);
    const mentions = counted(entity.mentionCount, 'mention', 'mentions');
    const articles = counted(entity.articleCount, 'article', 'articles');
    const button = h('button', { className: 'entity-row', attrs: { type: 'button' } }, [
      h('span', {
        className: `label-swatch ${labelColourClass({ id: entity.typeLabelId })}`,
        attrs: { 'aria-hidden': 'true' },
      }),
      h('span', { className: 'entity-row-name', attrs: { dir: 'auto' }, text: entity.name }),
      h('span', { className: 'entity-row-detail', text: `${type?.name ?? ''} · ${mentions} · ${articles}` }),
    ]);
    button.dataset['id'] = String(entity.id);
    return h('li', {}, [button]);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const buttons = [...this.list.querySelectorAll<HTMLElement>('button[data-id]')];
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined || index === -1) return;
    event.preventDefault();
    if (target < 0) this.search.focus();
    else buttons[Math.min(target, buttons.length - 1)]?.focus();
  }
}
