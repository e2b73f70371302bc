// WebAnno TSV 3.3 escaping, as INCEpTION's reader undoes it (Escaping.java in inception-io-webanno-tsv).

const VALUE_RESERVED = /\\|\[|\]|\||_|->|;|\t|\n|\*/g;

/**
 * A feature value: the reserved `\ [ ] | _ -> ; * TAB LF` get a backslash (`->` as one unit), TAB
 * and LF are written `\t` and `\n`, so a value never breaks a column or a row.
 */
export function escapeValue(value: string): string {
  return value.replace(VALUE_RESERVED, (reserved) => {
    if (reserved === '\t') return '\\t';
    if (reserved === '\n') return '\\n';
    return `\\${reserved}`;
  });
}

const TEXT_NAMED: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
  '\b': '\\b',
};
const VERTICAL_TAB = 0x0b;

/**
 * A `#Text=` line: TAB, LF, FF, CR and backspace as `\t` `\n` `\f` `\r` `\b`, a backslash doubled,
 * other control characters after a backslash, exactly as TSV 3.2 and later write them (vertical tab
 * is written as it is, as INCEpTION does).
 */
export function escapeText(text: string): string {
  let escaped = '';
  for (const char of text) {
    const named = TEXT_NAMED[char];
    if (named !== undefined) escaped += named;
    else if (char.charCodeAt(0) < 0x20 && char.charCodeAt(0) !== VERTICAL_TAB) escaped += `\\${char}`;
    else escaped += char;
  }
  return escaped;
}
