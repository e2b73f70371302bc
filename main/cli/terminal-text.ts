declare const safeForTerminal: unique symbol;

/**
 * Text that is safe to write to a terminal: every control character that came from a file, a
 * project or an argument is escaped. The command line prints nothing else (see CliIo).
 */
export type TerminalText = string & { readonly [safeForTerminal]: true };

/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts sequences that
 * recolour, move the cursor, retitle the window or write the clipboard; CR and LF forge lines), DEL,
 * the line and paragraph separators, and the bidi controls and marks that reorder what is shown, so
 * that "txt.exe" could read as "exe.txt".
 */
const TERMINAL_CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The one escaping function: controls become JSON-style escapes (`\n`, `\u001b`, `\u202e`), visible
 * and valid inside JSON strings. Characters `keep` accepts are left as they are.
 */
function escapeControls(text: string, keep?: (char: string) => boolean): string {
  return text.replace(TERMINAL_CONTROLS, (char) =>
    keep?.(char) === true ? char : (NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/**
 * A line of output: the template's own text as written, every interpolated value (names, titles,
 * paths, messages that quote them) escaped, so it stays one line and shows what it holds.
 */
export function terminal(template: TemplateStringsArray, ...values: readonly unknown[]): TerminalText {
  return template.reduce(
    (line, part, index) => line + (index === 0 ? '' : escapeControls(String(values[index - 1]))) + part,
    '',
  ) as TerminalText;
}

/**
 * JSON for a terminal or a pipe. JSON.stringify already escapes C0 controls inside strings, so any
 * left are the layout's line breaks; the rest are escaped as JSON, so a parser reads the same value.
 */
export function terminalJson(value: unknown): TerminalText {
  return escapeControls(JSON.stringify(value, null, 2), (char) => char < ' ') as TerminalText;
}

/** In an article, line breaks and tabs are layout, and right-to-left text uses the directional marks. */
const ARTICLE_LAYOUT = /[\n\t\u061c\u200e\u200f]/u;

/**
 * An article's text, with its layout and directional marks (they only nudge neutral characters)
 * kept; every other control is escaped.
 */
export function terminalArticleText(text: string): TerminalText {
  return escapeControls(text, (char) => ARTICLE_LAYOUT.test(char)) as TerminalText;
}
