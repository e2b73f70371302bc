import { RE2JS } from 're2js';

/** Bounds on a regular expression from a rules file. */
export const REGEX_LIMITS = { maxSourceChars: 500 } as const;

/** A regular expression that matches in time linear in the text, whatever the text. */
export interface SafeRegex {
  /** Each match's UTF-16 offsets, end exclusive, left to right, never empty. */
  matches(text: string): Generator<{ start: number; end: number }>;
  /** Whether it matches somewhere in `text`. */
  test(text: string): boolean;
}

export type SafeRegexCompilation =
  { readonly ok: true; readonly regex: SafeRegex } | { readonly ok: false; readonly error: string };

const FLAGS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL };

/**
 * Compiles a regular expression from a file the analyst imported with RE2JS (a port of RE2), not
 * JavaScript's backtracking engine: it matches in linear time, so no pattern ("(a+)+$") and no text
 * can hang the store. The price is RE2's syntax: no backreferences and no lookaround. Flags are
 * among i (ignore case), m (^ and $ at line ends) and s (. matches a line break).
 */
export function compileSafeRegex(source: string, flags = ''): SafeRegexCompilation {
  if (source.length === 0) return { ok: false, error: 'the regular expression is empty' };
  if (source.length > REGEX_LIMITS.maxSourceChars) {
    return { ok: false, error: `the regular expression is longer than ${REGEX_LIMITS.maxSourceChars} characters` };
  }
  if (!/^[ims]*$/u.test(flags)) return { ok: false, error: `the flags "${flags}" are not among i, m and s` };
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(
      source,
      [...flags].reduce((all, flag) => all | (FLAGS[flag] ?? 0), 0),
    );
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /u, '');
    return { ok: false, error: `the regular expression is not valid: ${reason}` };
  }
  return {
    ok: true,
    regex: {
      *matches(text) {
        const matcher = pattern.matcher(text);
        while (matcher.find()) {
          const start = matcher.start();
          const end = matcher.end();
          if (end > start) yield { start, end };
        }
      },
      test: (text) => pattern.matcher(text).find(),
    },
  };
}
