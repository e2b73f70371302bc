/**
 * A tiny element builder so views never assemble HTML strings: text always goes through
 * `textContent` (article titles are untrusted input), and the strict CSP (`style-src 'self'`)
 * means inline `style` attributes would be blocked anyway, so this refuses them outright.
 */
export type AttributeValue = string | number | boolean | null | undefined;

export interface ElementOptions {
  className?: string;
  /** `false`, `null` and `undefined` omit the attribute; `true` sets it to "" (boolean attribute). */
  attrs?: Record<string, AttributeValue>;
  text?: string;
}

export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.attrs) setAttributes(element, options.attrs);
  if (options.text !== undefined) element.textContent = options.text;
  appendChildren(element, children);
  return element;
}

export function setAttributes(element: Element, attrs: Record<string, AttributeValue>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (name.toLowerCase() === 'style') {
      throw new Error('Inline styles are blocked by the Content-Security-Policy; use a class instead.');
    }
    if (value === false || value === null || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

export function appendChildren(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Ids must be unique per document; a counter keeps label/aria wiring correct when a view is built twice. */
let nextId = 0;
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
