import { keptHref } from '../../kept-href';

/** Inline content of one Markdown block, reduced to what an article keeps. */
export type InlinePiece =
  /** Text, with the kept link target when it is (part of) a link. */
  | { kind: 'text'; text: string; href: string | null }
  /** An image, never loaded: only its alt text survives. */
  | { kind: 'image'; alt: string }
  /** A hard line break (two trailing spaces or a backslash before the newline). */
  | { kind: 'break' };

/** Link reference definitions (`[label]: url`) by normalised label. */
export type LinkReferences = ReadonlyMap<string, string>;

interface Delimiter {
  kind: 'delimiter';
  char: '*' | '_' | '~';
  count: number;
  canOpen: boolean;
  canClose: boolean;
}
type Token = InlinePiece | Delimiter;

// CommonMark caps link labels at 999 characters, which also bounds the bracket scan on "[[[[…".
const MAX_LABEL = 999;
const MAX_PAREN_DEPTH = 32;
// Link titles are dropped anyway; the bound keeps an unclosed quote from costing a scan per link.
const MAX_TITLE = 4096;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
// Characters that may start inline syntax; runs of anything else are copied in one slice.
const SPECIAL = /[\\`\n&<![*_~]/g;
const AUTOLINK = /^<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>/;

// The named references news text actually uses; anything else stays as written.
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  copy: '©',
  reg: '®',
  euro: '€',
  deg: '°',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
};

/** Normalised form of a link label, so `[Foo  Bar]` finds `[foo bar]: …`. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const code = /^#[xX]/.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  }
  return NAMED_ENTITIES[name] ?? null;
}

/**
 * For every `[` the index just past its matching `]`, found in one pass with a stack so that
 * pathological input such as 100,000 `[` stays linear. Escaped brackets do not count; labels
 * longer than CommonMark's limit match nothing.
 */
function matchBrackets(source: string): Map<number, number> {
  const matches = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === '\\') i++;
    else if (char === '[') open.push(i);
    else if (char === ']') {
      const start = open.pop();
      if (start !== undefined && i - start <= MAX_LABEL + 1) matches.set(start, i + 1);
    }
  }
  return matches;
}

/** Parses `(destination "title")` at `start`; returns the destination and the index after `)`. */
function inlineDestination(source: string, start: number): { destination: string; end: number } | null {
  if (source[start] !== '(') return null;
  let i = start + 1;
  while (i < source.length && /[ \t\n]/.test(source.charAt(i))) i++;
  let destination = '';
  if (source[i] === '<') {
    const close = source.indexOf('>', i);
    if (close === -1 || source.slice(i, close).includes('\n')) return null;
    destination = source.slice(i + 1, close);
    i = close + 1;
  } else {
    let depth = 0;
    const begin = i;
    for (; i < source.length; i++) {
      const char = source.charAt(i);
      if (char === '\\' && ESCAPABLE.test(source.charAt(i + 1))) i++;
      else if (char === '(' && ++depth > MAX_PAREN_DEPTH) return null;
      else if (char === ')' && depth-- === 0) break;
      else if (/\s/.test(char)) break;
    }
    destination = source.slice(begin, i).replace(/\\([!-/:-@[-`{-~])/g, '$1');
  }
  while (i < source.length && /[ \t\n]/.test(source.charAt(i))) i++;
  const titleClose: Record<string, string> = { '"': '"', "'": "'", '(': ')' };
  const opener = source.charAt(i);
  const closer = titleClose[opener];
  if (closer !== undefined && i > start + 1) {
    const end = source.indexOf(closer, i + 1);
    if (end === -1 || end - i > MAX_TITLE) return null;
    i = end + 1;
    while (i < source.length && /[ \t\n]/.test(source.charAt(i))) i++;
  }
  return source[i] === ')' ? { destination, end: i + 1 } : null;
}

function flankingDelimiter(source: string, start: number, end: number): Delimiter {
  const char = source.charAt(start) as Delimiter['char'];
  const before = start === 0 ? ' ' : source.charAt(start - 1);
  const after = end >= source.length ? ' ' : source.charAt(end);
  const beforeSpace = WHITESPACE.test(before);
  const afterSpace = WHITESPACE.test(after);
  const beforePunct = PUNCTUATION.test(before);
  const afterPunct = PUNCTUATION.test(after);
  const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  // `_` inside a word (snake_case) is never emphasis.
  const canOpen = char === '_' ? left && (!right || beforePunct) : left;
  const canClose = char === '_' ? right && (!left || afterPunct) : right;
  return { kind: 'delimiter', char, count: end - start, canOpen, canClose };
}

/** CommonMark's "rule of three": `*foo**bar*` must not pair the single run with the double one. */
function breaksRuleOfThree(opener: Delimiter, closer: Delimiter): boolean {
  if (closer.char === '~' || !(opener.canClose || closer.canOpen)) return false;
  return (opener.count + closer.count) % 3 === 0 && (opener.count % 3 !== 0 || closer.count % 3 !== 0);
}

/**
 * Pairs emphasis and strikethrough delimiters and drops the paired ones (an article keeps no
 * formatting); unpaired ones, such as the `*` in "5 * 3", stay as literal text. Openers wait on
 * one stack; a closer pairs with the nearest fitting opener and discards those above it, and a
 * per-character floor remembers where a search already failed, so the work stays linear.
 */
function resolveEmphasis(tokens: Token[]): InlinePiece[] {
  const remaining = new Map<Delimiter, number>();
  const openers: Delimiter[] = [];
  // Below floor[char] the stack holds no opener a closer of that character could use.
  const floor: Record<Delimiter['char'], number> = { '*': 0, _: 0, '~': 0 };
  const truncate = (length: number) => {
    openers.length = length;
    for (const char of ['*', '_', '~'] as const) floor[char] = Math.min(floor[char], length);
  };
  for (const delimiter of tokens) {
    if (delimiter.kind !== 'delimiter') continue;
    remaining.set(delimiter, delimiter.count);
    for (let index = openers.length - 1; delimiter.canClose && index >= floor[delimiter.char]; index--) {
      const opener = openers[index];
      if (opener === undefined || opener.char !== delimiter.char || breaksRuleOfThree(opener, delimiter)) continue;
      const openCount = remaining.get(opener) ?? 0;
      const closeCount = remaining.get(delimiter) ?? 0;
      if (delimiter.char === '~' && (openCount < 2 || closeCount < 2)) continue;
      const used = delimiter.char === '~' ? Math.min(openCount, closeCount) : Math.min(openCount, closeCount, 2);
      remaining.set(opener, openCount - used);
      remaining.set(delimiter, closeCount - used);
      // Openers between the pair can no longer close anything outside it.
      truncate(openCount - used > 0 ? index + 1 : index);
      index = openers.length;
      if (closeCount - used === 0) break;
    }
    const unused = remaining.get(delimiter) ?? 0;
    if (delimiter.canClose && unused > 0) floor[delimiter.char] = openers.length;
    if (delimiter.canOpen && unused > 0) openers.push(delimiter);
  }
  return tokens.map((token) =>
    token.kind === 'delimiter'
      ? { kind: 'text', text: token.char.repeat(remaining.get(token) ?? 0), href: null }
      : token,
  );
}

/** Where the code span opened by `length` backticks ending at `from` closes, or -1. */
function codeSpanEnd(source: string, from: number, length: number): number {
  for (let at = source.indexOf('`', from); at !== -1; at = source.indexOf('`', at)) {
    let end = at;
    while (source.charAt(end) === '`') end++;
    if (end - at === length) return at;
    at = end;
  }
  return -1;
}

/** A link or image whose label spans `open` to `labelEnd`: inline `(dest)`, or a reference `[label]`, `[]` or shortcut. */
function linkAt(
  source: string,
  open: number,
  labelEnd: number | undefined,
  references: LinkReferences,
): { label: string; destination: string; end: number } | null {
  if (labelEnd === undefined) return null;
  const label = source.slice(open + 1, labelEnd - 1);
  const inline = inlineDestination(source, labelEnd);
  if (inline !== null) return { label, ...inline };
  const full = /^\[([^\]]{0,999})\]/.exec(source.slice(labelEnd, labelEnd + MAX_LABEL + 2));
  const key = full?.[1] !== undefined && full[1] !== '' ? full[1] : label;
  const destination = references.get(normalizeLabel(key));
  if (destination === undefined) return null;
  return { label, destination, end: full === null ? labelEnd : labelEnd + full[0].length };
}

function plainText(pieces: readonly InlinePiece[]): string {
  return pieces
    .map((piece) => (piece.kind === 'text' ? piece.text : piece.kind === 'image' ? piece.alt : ' '))
    .join('');
}

/**
 * Parses the inline Markdown of one block: links (inline, reference and autolinks), images,
 * code spans, escapes, entities, hard and soft breaks, and emphasis, whose markers are removed.
 * Raw HTML stays literal text: nothing in an article is ever rendered as markup.
 */
export function parseInline(source: string, references: LinkReferences, insideLink = false): InlinePiece[] {
  const tokens: Token[] = [];
  const brackets = matchBrackets(source);
  // Code-span closers already searched for in vain, by backtick count: from there on none exists.
  const noCloserFrom = new Map<number, number>();
  let text = '';
  const flush = () => {
    if (text !== '') tokens.push({ kind: 'text', text, href: null });
    text = '';
  };
  const push = (token: Token) => {
    flush();
    tokens.push(token);
  };

  for (let i = 0; i < source.length;) {
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(source)?.index ?? source.length;
    if (next > i) {
      text += source.slice(i, next);
      i = next;
      continue;
    }
    const char = source.charAt(i);
    if (char === '\\') {
      const escaped = source.charAt(i + 1);
      if (escaped === '\n') push({ kind: 'break' });
      else text += ESCAPABLE.test(escaped) ? escaped : char + escaped;
      i += 2;
      continue;
    }
    if (char === '`') {
      let runEnd = i;
      while (source.charAt(runEnd) === '`') runEnd++;
      const length = runEnd - i;
      const close =
        length > 32 || (noCloserFrom.get(length) ?? Infinity) <= runEnd ? -1 : codeSpanEnd(source, runEnd, length);
      if (close === -1) {
        noCloserFrom.set(length, Math.min(noCloserFrom.get(length) ?? Infinity, runEnd));
        text += source.slice(i, runEnd);
        i = runEnd;
        continue;
      }
      let code = source.slice(runEnd, close).replace(/\n/g, ' ');
      if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
      text += code;
      i = close + length;
      continue;
    }
    if (char === '\n') {
      let spaces = 0;
      while (text.charAt(text.length - 1 - spaces) === ' ') spaces++;
      text = text.slice(0, text.length - spaces);
      if (spaces >= 2) push({ kind: 'break' });
      else text += ' ';
      i++;
      while (source.charAt(i) === ' ' || source.charAt(i) === '\t') i++;
      continue;
    }
    if (char === '&') {
      const match = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/.exec(source.slice(i, i + 40));
      const decoded = match?.[1] === undefined ? null : decodeEntity(match[1]);
      if (match !== null && decoded !== null) {
        text += decoded;
        i += match[0].length;
        continue;
      }
    }
    if (char === '<') {
      const match = AUTOLINK.exec(source.slice(i, i + 4200));
      if (match?.[1] !== undefined) {
        const target = match[1].includes(':') ? match[1] : `mailto:${match[1]}`;
        push({ kind: 'text', text: match[1], href: insideLink ? null : keptHref(target) });
        i += match[0].length;
        continue;
      }
    }
    const isImage = char === '!' && source.charAt(i + 1) === '[';
    if (isImage || (char === '[' && !insideLink)) {
      const open = isImage ? i + 1 : i;
      const link = linkAt(source, open, brackets.get(open), references);
      if (link !== null) {
        const inner = parseInline(link.label, references, true);
        if (isImage) {
          push({ kind: 'image', alt: plainText(inner).trim() });
        } else {
          const href = keptHref(link.destination);
          for (const piece of inner) push(piece.kind === 'text' ? { ...piece, href } : piece);
        }
        i = link.end;
        continue;
      }
    }
    if (char === '*' || char === '_' || char === '~') {
      let end = i;
      while (source.charAt(end) === char) end++;
      push(flankingDelimiter(source, i, end));
      i = end;
      continue;
    }
    text += char;
    i++;
  }
  flush();
  return resolveEmphasis(tokens);
}
