import { h, type AttributeValue } from '../dom/element-builder';

/** A real button that runs `onClick`; `focusKey` lets focus survive a redraw of its section. */
export function actionButton(
  text: string,
  onClick: () => void,
  options: { className?: string; focusKey?: string; attrs?: Record<string, AttributeValue> } = {},
): HTMLButtonElement {
  const button = h('button', {
    className: options.className ?? 'button button-small',
    attrs: { type: 'button', 'data-focus-key': options.focusKey, ...options.attrs },
    text,
  });
  button.addEventListener('click', onClick);
  return button;
}

/**
 * Redraws a section without losing the analyst's place: the control that had focus (matched by
 * its `data-focus-key`) gets it back, and a text field keeps what was typed but not yet saved.
 */
export function replaceKeepingFocus(container: HTMLElement, children: readonly Node[]): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset['focusKey'] : undefined;
  const typed = active instanceof HTMLInputElement && active.type === 'text' ? active.value : null;
  container.replaceChildren(...children);
  if (key === undefined) return;
  const replacement = container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  if (replacement === null) return;
  if (typed !== null && replacement instanceof HTMLInputElement) replacement.value = typed;
  replacement.focus({ preventScroll: true });
}

/** The small uppercase heading of a section of the tab. */
export function sectionHeading(text: string, id?: string): HTMLElement {
  return h('h3', { className: 'section-label', attrs: { id }, text });
}
