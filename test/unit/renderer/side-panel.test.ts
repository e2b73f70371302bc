import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanel, type SidePanelTab } from '../../../renderer/src/side-panel/side-panel';

// The panel builds DOM elements; a small DOM (linkedom) stands in for the window's.
beforeEach(() => {
  const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
  const storageOf = (entries: Map<string, string>) => ({
    getItem: (key: string) => entries.get(key) ?? null,
    setItem: (key: string, value: string) => entries.set(key, value),
  });
  vi.stubGlobal('document', document);
  // The linkedom window with storages of its own (linkedom has none); its prototype stays as it is.
  vi.stubGlobal(
    'window',
    Object.assign(Object.create(window) as typeof window, {
      localStorage: storageOf(new Map()),
      sessionStorage: storageOf(new Map()),
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function tab(id: string, onShow = vi.fn()): SidePanelTab & { onShow: ReturnType<typeof vi.fn> } {
  return { id, title: id.toUpperCase(), view: { element: document.createElement('section') }, onShow };
}

/** The names in the tab strip, in order. */
function tabStrip(panel: SidePanel): string[] {
  return [...panel.element.querySelectorAll('[role="tab"]')].map((button) => button.textContent);
}

describe('SidePanel', () => {
  it('lists the tabs in the order they registered, showing the first', () => {
    const panel = new SidePanel(document.createElement('div'));
    panel.register(tab('annotation'));
    panel.register(tab('entities'));
    expect(tabStrip(panel)).toEqual(['ANNOTATION', 'ENTITIES']);
    expect(panel.isShowing('annotation')).toBe(true);
    expect(panel.isShowing('entities')).toBe(false);
  });

  it('tells a tab when it comes into view: chosen while open, or the panel opened on it', () => {
    const root = document.createElement('div');
    const panel = new SidePanel(root);
    const entities = tab('entities');
    panel.register(tab('annotation'));
    panel.register(entities);
    panel.show('entities', false);
    expect(entities.onShow).toHaveBeenCalledOnce();
    panel.show('entities', false);
    expect(entities.onShow).toHaveBeenCalledOnce();

    panel.setOpen(false, false);
    expect(panel.isShowing('entities')).toBe(false);
    expect(root.classList.contains('details-open')).toBe(false);
    expect(panel.element.hidden).toBe(true);
    const handle = panel.handle('entities');
    expect(handle.visible).toBe(false);
    handle.show(false);
    expect(panel.isOpen).toBe(true);
    expect(handle.visible).toBe(true);
    expect(entities.onShow).toHaveBeenCalledTimes(2);
  });

  it('brings a tab forward for what the analyst did, unless the shown tab is pinned or the panel hidden', () => {
    const panel = new SidePanel(document.createElement('div'));
    panel.register(tab('annotation'));
    panel.register(tab('entities'));
    panel.show('entities', false);
    panel.reveal('annotation');
    expect(panel.isShowing('annotation')).toBe(true);

    panel.show('entities', false);
    panel.setPinned(true);
    panel.reveal('annotation');
    expect(panel.isShowing('entities')).toBe(true);
    const pin = panel.element.querySelector('.side-panel-pin');
    expect(pin?.getAttribute('aria-pressed')).toBe('true');

    panel.setPinned(false);
    panel.setOpen(false, false);
    panel.reveal('annotation');
    expect(panel.isOpen).toBe(false);
  });

  it('remembers the pin in this window (its session storage), not for every window', () => {
    const first = new SidePanel(document.createElement('div'));
    first.setPinned(true);
    expect(new SidePanel(document.createElement('div')).isPinned).toBe(true);
    expect(window.localStorage.getItem('workbench.side-panel-pinned')).toBeNull();
  });

  it('remembers the tab and whether it was open for the next start', () => {
    const first = new SidePanel(document.createElement('div'));
    first.register(tab('annotation'));
    first.register(tab('entities'));
    first.show('entities', false);
    first.setOpen(false, false);

    const next = new SidePanel(document.createElement('div'));
    next.register(tab('annotation'));
    next.register(tab('entities'));
    expect(next.isOpen).toBe(false);
    next.setOpen(true, false);
    expect(next.isShowing('entities')).toBe(true);
  });

  it('forgets a tab that is removed, showing another', () => {
    const panel = new SidePanel(document.createElement('div'));
    panel.register(tab('annotation'));
    const entities = panel.register(tab('entities'));
    panel.show('entities', false);
    entities.dispose();
    expect(tabStrip(panel)).toEqual(['ANNOTATION']);
    expect(panel.isShowing('annotation')).toBe(true);
    expect(() => panel.register(tab('annotation'))).toThrow('A side-panel tab "annotation" is registered already.');
  });
});
