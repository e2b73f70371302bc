import { h, uniqueId } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { REVIEW_STATUS_TITLES, ReviewStatus } from '../../../shared/model/review-status';
import { languageName } from './article-summary-format';
import {
  activeFilterCount,
  DEFAULT_LIBRARY_QUERY,
  LIBRARY_SORTS,
  type LibraryFacets,
  type LibraryQuery,
  type LibrarySort,
} from './library-query';

/**
 * The library's sort and filter controls: a title filter that is always visible, the sort order,
 * and a "Filters" disclosure with source, language and tag drop-downs filled from the articles'
 * own metadata. Changes apply at once (the list is filtered locally); there is no Apply button.
 */
export class LibraryControls {
  readonly element: HTMLElement;
  private readonly onChange: (query: LibraryQuery) => void;
  private readonly textInput: HTMLInputElement;
  private readonly sortSelect: HTMLSelectElement;
  private readonly filtersToggle: HTMLButtonElement;
  private readonly filtersBadge: HTMLElement;
  private readonly filtersSection: HTMLElement;
  private readonly sourceSelect: HTMLSelectElement;
  private readonly languageSelect: HTMLSelectElement;
  private readonly tagSelect: HTMLSelectElement;
  private readonly reviewSelect: HTMLSelectElement;
  private current: LibraryQuery = DEFAULT_LIBRARY_QUERY;

  constructor(onChange: (query: LibraryQuery) => void) {
    this.onChange = onChange;
    const sortId = uniqueId('library-sort');
    const filtersId = uniqueId('library-filters');

    this.textInput = h('input', {
      className: 'field-input library-filter-input',
      attrs: {
        type: 'search',
        placeholder: 'Filter by title',
        'aria-label': 'Filter articles by title',
        autocomplete: 'off',
        spellcheck: 'false',
        dir: 'auto',
      },
    });
    this.sortSelect = h(
      'select',
      { className: 'field-input field-select library-sort', attrs: { id: sortId } },
      LIBRARY_SORTS.map((sort) => h('option', { attrs: { value: sort.value }, text: sort.label })),
    );
    this.filtersBadge = h('span', { className: 'count-badge', attrs: { hidden: true } });
    this.filtersToggle = h('button', {
      className: 'button button-quiet button-small library-filters-toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': filtersId },
    });
    this.filtersToggle.append(icon('filter', 'icon icon-small'), h('span', { text: 'Filters' }), this.filtersBadge);

    this.sourceSelect = facetSelect();
    this.languageSelect = facetSelect();
    this.tagSelect = facetSelect();
    this.reviewSelect = facetSelect();
    fillSelect(this.reviewSelect, 'Any status', ReviewStatus.options, (status) => REVIEW_STATUS_TITLES[status], null);
    const clear = h('button', {
      className: 'button button-quiet button-small library-filters-clear',
      attrs: { type: 'button' },
      text: 'Clear filters',
    });
    this.filtersSection = h(
      'div',
      {
        className: 'library-filters',
        attrs: { id: filtersId, role: 'group', 'aria-label': 'Filters', hidden: true },
      },
      [
        labelled('Source', this.sourceSelect),
        labelled('Language', this.languageSelect),
        labelled('Tag', this.tagSelect),
        labelled('Review status', this.reviewSelect),
        h('div', { className: 'library-filters-actions' }, [clear]),
      ],
    );

    this.element = h('div', { className: 'library-controls' }, [
      this.textInput,
      h('div', { className: 'library-controls-row' }, [
        h('label', { className: 'library-sort-label', attrs: { for: sortId }, text: 'Sort' }),
        this.sortSelect,
        this.filtersToggle,
      ]),
      this.filtersSection,
    ]);

    this.textInput.addEventListener('input', () => this.update({ text: this.textInput.value }));
    this.sortSelect.addEventListener('change', () => this.update({ sort: this.sortSelect.value as LibrarySort }));
    this.sourceSelect.addEventListener('change', () => this.update({ source: this.sourceSelect.value || null }));
    this.languageSelect.addEventListener('change', () => this.update({ language: this.languageSelect.value || null }));
    this.tagSelect.addEventListener('change', () => this.update({ tag: this.tagSelect.value || null }));
    this.reviewSelect.addEventListener('change', () =>
      this.update({ review: ReviewStatus.safeParse(this.reviewSelect.value).data ?? null }),
    );
    this.filtersToggle.addEventListener('click', () =>
      this.setFiltersOpen(this.filtersToggle.getAttribute('aria-expanded') !== 'true'),
    );
    clear.addEventListener('click', () => {
      this.clearFilters();
      this.filtersToggle.focus();
    });
  }

  get query(): LibraryQuery {
    return this.current;
  }

  /** Refills the drop-downs with the values the articles have, keeping each selection if it still exists. */
  setFacets(facets: LibraryFacets): void {
    fillSelect(this.sourceSelect, 'Any source', facets.sources, (value) => value, this.current.source);
    fillSelect(
      this.languageSelect,
      'Any language',
      facets.languages,
      (code) => {
        const name = languageName(code);
        return name === code ? code : `${name} (${code})`;
      },
      this.current.language,
    );
    fillSelect(this.tagSelect, 'Any tag', facets.tags, (value) => value, this.current.tag);
  }

  /** Sets the query without reporting a change (the panel pruned a filter whose value is gone). */
  setQuery(query: LibraryQuery): void {
    this.current = query;
    this.syncControls();
  }

  /** Clears the title filter and the drop-downs; the sort order stays. */
  clearFilters(): void {
    this.update({ text: '', source: null, language: null, tag: null, review: null });
  }

  focusFilter(): void {
    this.textInput.focus();
  }

  private update(change: Partial<LibraryQuery>): void {
    this.current = { ...this.current, ...change };
    this.syncControls();
    this.onChange(this.current);
  }

  private syncControls(): void {
    if (this.textInput.value !== this.current.text) this.textInput.value = this.current.text;
    this.sortSelect.value = this.current.sort;
    this.sourceSelect.value = this.current.source ?? '';
    this.languageSelect.value = this.current.language ?? '';
    this.reviewSelect.value = this.current.review ?? '';
    this.tagSelect.value = this.current.tag ?? '';
    const active = activeFilterCount(this.current);
    this.filtersBadge.hidden = active === 0;
    this.filtersBadge.textContent = String(active);
    this.filtersToggle.setAttribute('aria-label', active === 0 ? 'Filters' : `Filters (${active} active)`);
  }

  private setFiltersOpen(open: boolean): void {
    this.filtersSection.hidden = !open;
    this.filtersToggle.setAttribute('aria-expanded', String(open));
  }
}

function facetSelect(): HTMLSelectElement {
  return h('select', { className: 'field-input field-select' });
}

function labelled(label: string, control: HTMLSelectElement): HTMLElement {
  const id = uniqueId('library-filter');
  control.id = id;
  return h('div', { className: 'library-filter' }, [
    h('label', { className: 'library-filter-label', attrs: { for: id }, text: label }),
    control,
  ]);
}

function fillSelect<V extends string>(
  select: HTMLSelectElement,
  anyLabel: string,
  values: readonly V[],
  labelOf: (value: V) => string,
  selected: string | null,
): void {
  select.replaceChildren(
    h('option', { attrs: { value: '' }, text: anyLabel }),
    ...values.map((value) => h('option', { attrs: { value, dir: 'auto' }, text: labelOf(value) })),
  );
  select.value = selected ?? '';
  select.disabled = values.length === 0;
}
