import type { CommandId } from '../../../shared/commands/command-catalog';
import type { CommandRegistry } from '../commands/command-registry';
import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';

export interface ToolbarParts {
  importMenu: HTMLElement;
  projectMenu: HTMLElement;
  search: HTMLElement;
  detailsToggle: HTMLElement;
}

/** A toolbar button that runs a command; its tooltip names the command's key, if it has one. */
function commandButton(
  commands: Pick<CommandRegistry, 'get' | 'run' | 'keyLabels'>,
  mac: boolean,
  id: CommandId,
  options: { className: string; tooltip: string },
  content: (Node | string)[],
): HTMLButtonElement {
  const command = commands.get(id);
  const [key] = command === undefined ? [] : commands.keyLabels(command, mac);
  const button = h(
    'button',
    {
      className: options.className,
      attrs: { type: 'button', title: key === undefined ? options.tooltip : `${options.tooltip} (${key})` },
    },
    content,
  );
  button.addEventListener('click', () => commands.run(id, { source: 'button' }));
  return button;
}

/**
 * The top bar (banner landmark): app name, "New article", the Import and Project menus, the search
 * field, and on the far side the schema settings, the Details toggle and the shortcuts help.
 * Not an ARIA `toolbar`: that role promises arrow-key navigation between its buttons, while plain
 * Tab order is what users expect from a handful of buttons.
 */
export function createToolbar(
  parts: ToolbarParts,
  commands: Pick<CommandRegistry, 'get' | 'run' | 'keyLabels'>,
  mac: boolean,
): HTMLElement {
  const newArticle = commandButton(
    commands,
    mac,
    'new-article',
    { className: 'button button-primary', tooltip: 'New article' },
    [icon('plus'), h('span', { text: 'New article' })],
  );
  const shortcuts = commandButton(
    commands,
    mac,
    'show-shortcuts',
    { className: 'button button-quiet toolbar-shortcuts', tooltip: 'Keyboard shortcuts' },
    [icon('keyboard', 'icon icon-large'), h('span', { text: 'Shortcuts' })],
  );
  const schema = commandButton(
    commands,
    mac,
    'annotation-schema',
    { className: 'button button-quiet toolbar-schema', tooltip: 'Annotation schema: labels, colours and keys' },
    ['Schema'],
  );
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
