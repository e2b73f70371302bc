import type { BlockKind } from '../../../../../shared/model/article-content';
import { keptHref } from '../../kept-href';
import type { ArticleTextBuilder } from '../../text-builder';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './html-dom';

/** Where text is: which block kind it lands in, and how deep in lists. */
interface Context {
  kind: BlockKind;
  level: number | undefined;
  listDepth: number;
}

export interface HtmlWalkOptions {
  /** Absolute address relative links resolve against; null keeps only absolute links. */
  baseUrl: string | null;
  /** Also drop page furniture (navigation, sidebars, footers, consent banners); for pages Readability could not read. */
  skipPageFurniture: boolean;
}

// Nothing inside these is article text: metadata, code, embedded documents and media, form controls.
const SKIPPED = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'style',
  'script',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'output',
  'progress',
  'meter',
]);

// Elements a browser lays out as blocks: text before and after them never shares a line.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'legend',
  'main',
  'nav',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
]);

const HEADING = /^h([1-6])$/;
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'dialog']);
const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog)$/i;
const FURNITURE_NAMES =
  /cookie|consent|gdpr|newsletter|paywall|advert|(^|[-_ ])ads?([-_ ]|$)|share-?buttons|social-?share/i;
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;
// HTML's own whitespace; no-break and other Unicode spaces are text and survive.
const COLLAPSIBLE = /[ \t\n\r\f]+/g;
/** Images this small are tracking pixels and spacers, not figures. */
const MAX_PIXEL_SIZE = 2;

function isHidden(element: DomElement): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(element.getAttribute('style') ?? '')
  );
}

function isFurniture(element: DomElement): boolean {
  if (FURNITURE_TAGS.has(element.localName)) return true;
  if (FURNITURE_ROLES.test(element.getAttribute('role') ?? '')) return true;
  return FURNITURE_NAMES.test(`${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`);
}

function isPixel(image: DomElement): boolean {
  const size = (name: string) => Number.parseInt(image.getAttribute(name) ?? '', 10);
  return size('width') <= MAX_PIXEL_SIZE || size('height') <= MAX_PIXEL_SIZE;
}

/** The context a block-level element gives its content, or null for an inline element. */
function blockContext(name: string, context: Context): Context | null {
  const heading = HEADING.exec(name);
  if (heading !== null) return { ...context, kind: 'heading', level: Number(heading[1]) };
  switch (name) {
    case 'blockquote':
      return { ...context, kind: 'blockquote', level: undefined };
    case 'ul':
    case 'ol':
    case 'menu':
      return { ...context, listDepth: context.listDepth + 1 };
    case 'li':
      return { ...context, kind: 'list-item', level: Math.max(1, context.listDepth) };
    case 'pre':
      return { ...context, kind: 'preformatted', level: undefined };
    case 'figcaption':
      return { ...context, kind: 'figure', level: undefined };
    default:
      return BLOCKS.has(name) ? context : null;
  }
}

/**
 * Writes the text of an HTML tree into an article as a browser would show it, block by block:
 * whitespace collapsed, headings, quotes (embedded tweets included), list items with their
 * nesting, preformatted text, images as figures of their alt text (never loaded), and links
 * whose target is kept (kept-href.ts). No attribute, style or markup survives.
 */
export class HtmlBlockWriter {
  readonly #builder: ArticleTextBuilder;
  readonly #options: HtmlWalkOptions;
  /** The kind and level of the block text currently goes to; null between blocks. */
  #open: { kind: BlockKind; level: number | undefined } | null = null;
  /** Collapsed whitespace waiting to become one space if more text follows on the same line. */
  #pendingSpace = false;

  constructor(builder: ArticleTextBuilder, options: HtmlWalkOptions) {
    this.#builder = builder;
    this.#options = options;
  }

  write(root: DomElement): void {
    this.#element(root, { kind: 'paragraph', level: undefined, listDepth: 0 });
    this.#endBlock();
  }

  #children(node: DomNode, context: Context): void {
    const children = Array.from(node.childNodes);
    for (const child of children) {
      if (child.nodeType === TEXT_NODE) this.#text(child.textContent ?? '', context);
      else if (isElement(child)) this.#element(child, context);
    }
  }

  #element(element: DomElement, context: Context): void {
    const name = element.localName;
    if (SKIPPED.has(name) || isHidden(element)) return;
    if (this.#options.skipPageFurniture && isFurniture(element)) return;
    switch (name) {
      case 'br':
      case 'hr':
        this.#endBlock();
        return;
      case 'img':
        this.#image(element, context);
        return;
      case 'a':
        this.#link(element, context);
        return;
    }
    const inner = blockContext(name, context);
    if (inner === null) {
      this.#children(element, context);
    } else {
      this.#endBlock();
      this.#children(element, inner);
      this.#endBlock();
    }
  }

  #link(element: DomElement, context: Context): void {
    const href = keptHref(element.getAttribute('href') ?? '', this.#options.baseUrl);
    if (href === null) {
      this.#children(element, context);
      return;
    }
    this.#builder.startLink(href);
    this.#children(element, context);
    this.#builder.endLink();
  }

  #image(image: DomElement, context: Context): void {
    if (isPixel(image)) return;
    const alt = (image.getAttribute('alt') ?? '').replace(COLLAPSIBLE, ' ').trim();
    // An image amid a line of text (an emoji, an icon) reads as its alt text in that line.
    if (this.#open !== null && !this.#builder.blockIsEmpty) {
      if (alt !== '') this.#text(alt, context);
      return;
    }
    this.#endBlock();
    this.#builder.startBlock('figure');
    this.#builder.append(alt === '' ? 'Image' : alt);
    this.#endBlock();
  }

  #text(data: string, context: Context): void {
    if (context.kind === 'preformatted') {
      const fresh = this.#ensureBlock(context);
      // As in browsers, a newline right after <pre> is not part of the text.
      this.#builder.append(fresh ? data.replace(/^\n/, '') : data);
      return;
    }
    const collapsed = data.replace(COLLAPSIBLE, ' ');
    if (collapsed === '') return;
    const core = collapsed.slice(collapsed.startsWith(' ') ? 1 : 0, collapsed.endsWith(' ') ? -1 : undefined);
    if (core === '') {
      this.#pendingSpace = true;
      return;
    }
    this.#ensureBlock(context);
    if ((this.#pendingSpace || collapsed.startsWith(' ')) && !this.#builder.blockIsEmpty) this.#builder.append(' ');
    this.#builder.append(core);
    this.#pendingSpace = collapsed.endsWith(' ');
  }

  /** Opens a block for the context unless one of that kind is open; true if it opened one. */
  #ensureBlock(context: Context): boolean {
    if (this.#open?.kind === context.kind && this.#open.level === context.level) return false;
    this.#builder.startBlock(context.kind, context.level);
    this.#open = { kind: context.kind, level: context.level };
    this.#pendingSpace = false;
    return true;
  }

  #endBlock(): void {
    this.#builder.endBlock();
    this.#open = null;
    this.#pendingSpace = false;
  }
}
