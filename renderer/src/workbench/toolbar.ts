import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { isMacPlatform } from '../shortcuts/shortcut-catalog';

export interface ToolbarParts {
  importMenu: HTMLElement;
  projectMenu: HTMLElement;
  search: HTMLElement;
  detailsToggle: HTMLElement;
}

export interface ToolbarCallbacks {
  newArticle(): void;
  showShortcuts(): void;
  showSchemaSettings(): void;
}

/**
 * The top bar (banner landmark): app name, "New article", the Import and Project menus, the search
 * field, and on the far side the schema settings, the Details toggle and the shortcuts help.
 * Not an ARIA `toolbar`: that role promises arrow-key navigation between its buttons, while plain
 * Tab order is what users expect from a handful of buttons.
 */
export function createToolbar(parts: ToolbarParts, callbacks: ToolbarCallbacks): HTMLElement {
  const mod = isMacPlatform() ? '⌘' : 'Ctrl+';
  const newArticle = h('button', {
    className: 'button button-primary',
    attrs: { type: 'button', title: `New article (${mod}N)` },
  });
  newArticle.append(icon('plus'), h('span', { text: 'New article' }));
  newArticle.addEventListener('click', () => callbacks.newArticle());

  const shortcuts = h('button', {
    className: 'button button-quiet toolbar-shortcuts',
    attrs: { type: 'button', title: 'Keyboard shortcuts (?)' },
  });
  shortcuts.append(icon('keyboard', 'icon icon-large'), h('span', { text: 'Shortcuts' }));
  shortcuts.addEventListener('click', () => callbacks.showShortcuts());

  const schema = h('button', {
    className: 'button button-quiet toolbar-schema',
    attrs: { type: 'button', title: 'Annotation schema: labels, colours and keys' },
    text: 'Schema',
  });
  schema.addEventListener('click', () => callbacks.showSchemaSettings());

  return h('header', { className: 'toolbar' }, [
    h('div', { className: 'toolbar-brand' }, [
      h('span', { className: 'brand-mark', attrs: { 'aria-hidden': 'true' } }),
      h('span', { className: 'brand-name', text: 'Annotation Workbench' }),
    ]),
    h('div', { className: 'toolbar-actions' }, [newArticle, parts.importMenu, parts.projectMenu]),
    h('div', { className: 'toolbar-search' }, [parts.search]),
    h('div', { className: 'toolbar-end' }, [schema, parts.detailsToggle, shortcuts]),
  ]);
}
