import { isHighSurrogate, isLowSurrogate } from '../../../../shared/text/surrogates';
/**
 * Escaping for XML and HTML output. Article texts, titles and notes come from anywhere, so every
 * string is escaped, and characters XML 1.0 forbids (control characters other than tab and line
 * breaks, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD: a single one would make the whole
 * document unreadable to a strict parser.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Inside attribute values, parsers turn raw line breaks and tabs into spaces; references keep them. */
const ATTRIBUTE_WHITESPACE: Readonly<Record<string, string>> = { '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Escapes text for element content. */
export function markupText(text: string): string {
  return withoutForbiddenCharacters(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Escapes text for a quoted attribute value. */
export function markupAttribute(text: string): string {
  return markupText(text).replace(/[\n\r\t]/g, (char) => ATTRIBUTE_WHITESPACE[char] ?? char);
}

function withoutForbiddenCharacters(text: string): string {
  let clean = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pairs =
      (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) ||
      (isLowSurrogate(unit) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)));
    const forbidden =
      (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) ||
      unit === 0xfffe ||
      unit === 0xffff ||
      ((isHighSurrogate(unit) || isLowSurrogate(unit)) && !pairs);
    if (forbidden) {
      clean += `${text.slice(from, i)}\uFFFD`;
      from = i + 1;
    }
  }
  return from === 0 ? text : clean + text.slice(from);
}

type AttributeValue = string | number | boolean | null | undefined;

/** `<name a="…">`, the start tag of an element whose children are written after it; null and undefined attributes are left out. */
export function startTag(name: string, attributes: Readonly<Record<string, AttributeValue>>): string {
  return `<${name}${attributeText(attributes)}>`;
}

function attributeText(attributes: Readonly<Record<string, AttributeValue>>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${markupAttribute(String(value))}"`)
    .join('');
}

/** `<name a="…">children</name>`, or `<name a="…"/>` without children; null and undefined attributes are left out. */
export function element(
  name: string,
  attributes: Readonly<Record<string, AttributeValue>>,
  children: readonly string[] = [],
): string {
  return children.length === 0
    ? `<${name}${attributeText(attributes)}/>`
    : `${startTag(name, attributes)}${children.join('')}</${name}>`;
}
