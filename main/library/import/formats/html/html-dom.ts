import { parseHTML } from 'linkedom';
import { IMPORT_LIMITS } from '../../import-limits';
import { limitHtmlNesting } from './limit-html-nesting';

// main/ compiles without DOM typings, so the importer describes the little of the DOM it reads.
// linkedom's nodes have all of it.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  /** Lower-case tag name. */
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export interface ParsedHtml {
  document: DomDocument;
  /** Deepest element nesting in the document, at most IMPORT_LIMITS.maxHtmlDepth. */
  depth: number;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

// linkedom's typings return a DOM Window, a type main/ compiles without; only its document is read.
const parseDocument = parseHTML as (html: string) => { document: DomDocument };

/**
 * Parses HTML into an inert document: linkedom builds the tree and nothing else; it runs no
 * script, loads no stylesheet, image or frame, and follows no refresh. Nesting is limited first
 * (limit-html-nesting.ts) so no crafted page can make parsing or walking the tree explode.
 */
export function parseHtmlDocument(html: string): ParsedHtml {
  const { html: limited, depth } = limitHtmlNesting(html, IMPORT_LIMITS.maxHtmlDepth);
  // linkedom builds no implied <html> element, and a document without one has no root to walk;
  // fragments (mammoth's output, pages saved without it) get one.
  const whole = /<html[\s>]/i.test(limited.slice(0, 65_536))
    ? limited
    : `<!DOCTYPE html><html><body>${limited}</body></html>`;
  return { document: parseDocument(whole).document, depth };
}
