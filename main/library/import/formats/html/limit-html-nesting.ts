// The tag tables of htmlparser2, the parser linkedom uses, so the depth counted here is the depth
// the parsed tree will have.
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// Elements whose content is text to the parser: a "<div>" inside a script opens nothing.
const RAW_TEXT_END: ReadonlyMap<string, RegExp> = new Map(
  ['script', 'style', 'title', 'textarea', 'xmp'].map((tag) => [tag, new RegExp(`</${tag}`, 'gi')]),
);
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM])),
    ...Object.fromEntries(
      [
        'p',
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'h6',
        'address',
        'article',
        'aside',
        'blockquote',
        'details',
        'div',
        'dl',
        'fieldset',
        'figcaption',
        'figure',
        'footer',
        'form',
        'header',
        'hr',
        'main',
        'nav',
        'ol',
        'pre',
        'section',
        'table',
        'ul',
      ].map((tag) => [tag, P]),
    ),
  }).map(([tag, closes]) => [tag, new Set(closes)]),
);
const TAG_START = /<(\/?)([a-zA-Z][^\s/>]*)/y;

/** Index just past the `>` ending the tag whose attributes start at `from`, honouring quotes; -1 if unterminated. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const char = html.charAt(i);
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return -1;
}

/**
 * Removes start and end tags that would nest elements deeper than `maxDepth`, keeping their
 * content, so the parser never builds a deeper tree. htmlparser2's element stack costs time
 * proportional to its depth on every tag, which makes 100,000 nested elements take many
 * seconds, and deep trees overflow the stack of recursive DOM code. Real pages nest about 30
 * levels deep, so this changes nothing for them; a crafted page loses only the structure below
 * the limit. Returns the (usually unchanged) HTML and the deepest nesting it has left.
 */
export function limitHtmlNesting(html: string, maxDepth: number): { html: string; depth: number } {
  const stack: string[] = [];
  let depth = 0;
  // Start tags removed for being too deep, by name, each waiting to remove its end tag too.
  const removed = new Map<string, number>();
  const kept: string[] = [];
  let copiedTo = 0;
  const remove = (start: number, end: number) => {
    kept.push(html.slice(copiedTo, start));
    copiedTo = end;
  };

  for (let i = html.indexOf('<'); i !== -1 && i < html.length; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close === -1) break;
      i = close + 3;
      continue;
    }
    if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
      const close = html.indexOf('>', i);
      if (close === -1) break;
      i = close + 1;
      continue;
    }
    TAG_START.lastIndex = i;
    const match = TAG_START.exec(html);
    if (match === null) {
      i++;
      continue;
    }
    const end = tagEnd(html, i + match[0].length);
    if (end === -1) break;
    const name = (match[2] ?? '').toLowerCase();
    if (match[1] === '/') {
      const pending = removed.get(name) ?? 0;
      if (pending > 0) {
        removed.set(name, pending - 1);
        remove(i, end);
      } else {
        const open = stack.lastIndexOf(name);
        if (open !== -1) stack.length = open;
      }
      i = end;
      continue;
    }
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    while (implied !== undefined && stack.length > 0 && implied.has(stack.at(-1) ?? '')) stack.pop();
    const selfClosing =
      html.charAt(end - 2) === '/' &&
      (stack.includes('svg') || stack.includes('math') || name === 'svg' || name === 'math');
    if (!VOID_ELEMENTS.has(name) && !selfClosing) {
      if (stack.length >= maxDepth) {
        removed.set(name, (removed.get(name) ?? 0) + 1);
        remove(i, end);
      } else {
        stack.push(name);
        depth = Math.max(depth, stack.length);
      }
    }
    i = end;
    const rawTextEnd = RAW_TEXT_END.get(name);
    if (rawTextEnd !== undefined) {
      rawTextEnd.lastIndex = end;
      const close = rawTextEnd.exec(html);
      if (close === null) break;
      i = close.index;
    }
  }
  if (copiedTo === 0) return { html, depth };
  kept.push(html.slice(copiedTo));
  return { html: kept.join(''), depth };
}
