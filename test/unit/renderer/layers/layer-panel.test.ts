import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LayerDisplay } from '../../../../renderer/src/layers/layer-display';
import { LayerPanel } from '../../../../renderer/src/layers/layer-panel';
import { stubArticleViewDom } from '../../support/article-view-dom';
import { ANA, BEN, layerModel } from '../../support/layer-fixtures';

beforeEach(() => {
  stubArticleViewDom();
  // linkedom's inputs cannot select their text; the rename field selects its name as it opens.
  (window.HTMLInputElement.prototype as { select: () => void }).select = () => undefined;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function panel() {
  const model = layerModel();
  const display = new LayerDisplay(model);
  const hooks = {
    model,
    display,
    importLayer: vi.fn(),
    rename: vi.fn(async () => true),
    remove: vi.fn(async () => undefined),
    tab: { visible: true },
  };
  const view = new LayerPanel(hooks);
  document.body.append(view.element);
  return { model, display, hooks, view };
}

const rows = (view: LayerPanel) =>
  [...view.element.querySelectorAll<HTMLElement>('.layer-row')].map((row) => ({
    name: row.querySelector('.layer-name')?.textContent,
    detail: row.querySelector('.layer-detail')?.textContent,
  }));

function control(view: LayerPanel, selector: string): HTMLInputElement {
  const found = view.element.querySelector<HTMLInputElement>(selector);
  if (found === null) throw new Error(`No ${selector}`);
  return found;
}

function change(input: HTMLInputElement, checked: boolean): void {
  input.checked = checked;
  input.dispatchEvent(new window.Event('change', { bubbles: true }));
}

describe('the Layers tab', () => {
  it('lists the project’s own layer and each colleague’s with whose it is, its format and counts', () => {
    const { view } = panel();
    expect(rows(view)).toEqual([
      { name: 'Project (curated)', detail: 'Your annotations: what you edit and export · 2 articles' },
      { name: 'Ana Ruiz', detail: 'By Ana Ruiz · Workbench bundle · 1 article, 2 annotations' },
      { name: 'Ben (second pass)', detail: 'By Ben Okafor · Workbench bundle · 1 article, 2 annotations' },
    ]);
  });

  it('shows and hides a layer, switches the mode, and choosing a layer shows it alone', () => {
    const { view, display } = panel();
    change(control(view, `[data-shown="${BEN.id}"]`), false);
    expect(display.isHidden(BEN.id)).toBe(true);
    expect(control(view, `[data-shown="${BEN.id}"]`).hasAttribute('checked')).toBe(false);
    expect(control(view, `[data-shown="${ANA.id}"]`).hasAttribute('checked')).toBe(true);
    change(control(view, '[data-mode="side-by-side"]'), true);
    expect(display.mode).toBe('side-by-side');
    change(control(view, '[data-mode="overlay"]'), true);
    change(control(view, `[data-chosen="${ANA.id}"]`), true);
    expect(display.mode).toBe('single');
    expect(display.chosen).toBe(ANA.id);
  });

  it('follows a layer imported, renamed or removed in any window', () => {
    const { view, model } = panel();
    model.apply({ layers: { upserted: [{ ...ANA, name: 'Ana, first pass' }], deleted: [BEN.id] } });
    expect(rows(view).map((row) => row.name)).toEqual(['Project (curated)', 'Ana, first pass']);
  });

  it('renames a layer in place, refusing an empty name, and asks before removing one', async () => {
    const { view, hooks } = panel();
    (view.element.querySelector(`[data-rename="${ANA.id}"]`) as HTMLElement).click();
    const form = view.element.querySelector('form') as HTMLFormElement;
    const input = form.querySelector('input') as HTMLInputElement;
    input.value = '   ';
    form.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    await Promise.resolve();
    expect(view.element.querySelector('[role="alert"]')?.textContent).toBe('Enter a name for the layer.');
    expect(hooks.rename).not.toHaveBeenCalled();
    const again = view.element.querySelector('form') as HTMLFormElement;
    (again.querySelector('input') as HTMLInputElement).value = ' Ana (adjudicated) ';
    again.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(view.element.querySelector('form')).toBeNull();
    expect(hooks.rename).toHaveBeenCalledWith(ANA.id, 'Ana (adjudicated)');

    (view.element.querySelector(`[data-remove="${BEN.id}"]`) as HTMLElement).click();
    expect(hooks.remove).toHaveBeenCalledWith(BEN.id);
    (view.element.querySelector('.layer-tab-actions button') as HTMLElement).click();
    expect(hooks.importLayer).toHaveBeenCalledOnce();
  });
});
