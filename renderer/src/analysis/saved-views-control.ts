import type { SavedAnalysisView } from '../../../shared/model/analysis';
import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { h } from '../dom/element-builder';
import type { Disposable } from '../lifecycle/disposable';
import type { WorkbenchModel } from '../model/workbench-model';
import type { AnalysisFilterState } from './analysis-filter-state';

const NONE = '';

/**
 * Saved views: name the current filter and reopen it later. The list is the model's (loaded with
 * the project, kept by change sets), so a view saved in another window appears here too.
 */
export class SavedViewsControl implements Disposable {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly release: () => void;

  constructor(
    private readonly deps: {
      readonly api: WorkbenchApi;
      readonly model: WorkbenchModel;
      readonly filter: AnalysisFilterState;
      reportError(error: unknown): void;
      notify(message: string): void;
    },
  ) {
    this.select = h('select', {
      className: 'field-input field-select analysis-field',
      attrs: { 'aria-label': 'Saved view to open' },
    });
    const open = h('button', { className: 'button button-small', attrs: { type: 'button' }, text: 'Open' });
    const remove = h('button', {
      className: 'button button-small button-quiet',
      attrs: { type: 'button' },
      text: 'Delete',
    });
    const name = h('input', {
      className: 'field-input analysis-field',
      attrs: { type: 'text', 'aria-label': 'Name of the view to save', placeholder: 'Name this view…', maxlength: 100 },
    });
    const save = h('button', { className: 'button button-small', attrs: { type: 'submit' }, text: 'Save view' });
    const form = h('form', { className: 'saved-view-form' }, [name, save]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save(name);
    });
    open.addEventListener('click', () => {
      const view = this.chosen();
      if (view !== undefined) deps.filter.update(view.filter);
    });
    remove.addEventListener('click', () => void this.remove());
    this.element = h('div', { className: 'saved-views', attrs: { role: 'group', 'aria-label': 'Saved views' } }, [
      this.select,
      open,
      remove,
      form,
    ]);
    this.release = deps.model.subscribe((change) => {
      if (change.kind === 'saved-views' || change.kind === 'project') this.render();
    });
    this.render();
  }

  dispose(): void {
    this.release();
  }

  private chosen(): SavedAnalysisView | undefined {
    return this.deps.model.savedViews.find((view) => String(view.id) === this.select.value);
  }

  private render(): void {
    const keep = this.select.value;
    const views = this.deps.model.savedViews;
    this.select.replaceChildren(
      h('option', { attrs: { value: NONE }, text: views.length === 0 ? 'No saved views' : 'Saved views…' }),
      ...views.map((view) => h('option', { attrs: { value: String(view.id) }, text: view.name })),
    );
    this.select.value = views.some((view) => String(view.id) === keep) ? keep : NONE;
  }

  private async save(input: HTMLInputElement): Promise<void> {
    const name = input.value.trim();
    if (name === '') {
      this.deps.notify('Name the view first.');
      input.focus();
      return;
    }
    try {
      const saved = await this.deps.api.invoke('analysis.saveView', { name, filter: this.deps.filter.filter });
      input.value = '';
      this.render();
      this.select.value = String(saved.id);
      this.deps.notify(`Saved the view “${saved.name}”.`);
    } catch (error) {
      this.deps.reportError(error);
    }
  }

  private async remove(): Promise<void> {
    const view = this.chosen();
    if (view === undefined) return;
    try {
      await this.deps.api.invoke('analysis.deleteView', { id: view.id });
      this.deps.notify(`Deleted the view “${view.name}”.`);
    } catch (error) {
      this.deps.reportError(error);
    }
  }
}
