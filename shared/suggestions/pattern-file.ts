import type { BuiltInRuleId } from '../model/suggestion-source';
import { compileRule } from './pattern-matcher';

/** What one rule matches: a phrase, spaCy token attributes, a regular expression or a built-in rule. */
export type PatternRuleBody =
  | { readonly kind: 'phrase'; readonly text: string }
  | { readonly kind: 'tokens'; readonly tokens: readonly Readonly<Record<string, unknown>>[] }
  | { readonly kind: 'regex'; readonly source: string; readonly flags: string }
  | { readonly kind: 'builtin'; readonly rule: BuiltInRuleId };

/** One line of a pattern file, before its label is looked up among the project's labels. */
export interface PatternFileRule {
  readonly line: number;
  readonly labelName: string;
  readonly body: PatternRuleBody;
}

export type PatternFileParse =
  | { readonly ok: true; readonly rules: readonly PatternFileRule[] }
  | { readonly ok: false; readonly errors: readonly string[] };

export const PATTERN_FILE_LIMITS = {
  maxChars: 20_000_000,
  maxRules: 100_000,
  phraseMaxChars: 500,
  tokensPerPattern: 32,
} as const;

const KNOWN_KEYS = new Set(['label', 'pattern', 'regex', 'flags', 'id']);

/**
 * Reads a pattern file: JSON Lines as Prodigy and spaCy's EntityRuler write them, one rule a line:
 * `{"label": "ORG", "pattern": "Deutsche Bahn"}` (a phrase, matched word for word as written),
 * `{"label": "ORG", "pattern": [{"LOWER": "deutsche"}, {"LOWER": "bahn"}]}` (token attributes, see
 * token-attributes.ts; keys in any case), or `{"label": "CASE", "regex": "\\bAZ \\d+/\\d+\\b",
 * "flags": "i"}` (a regular expression, checked by safe-regex.ts). An "id" is allowed and ignored.
 * Blank lines are skipped; every bad line is reported.
 */
export function parsePatternFile(text: string): PatternFileParse {
  if (text.length > PATTERN_FILE_LIMITS.maxChars) {
    return {
      ok: false,
      errors: [`The file is larger than ${PATTERN_FILE_LIMITS.maxChars / 1_000_000} million characters.`],
    };
  }
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const rules: PatternFileRule[] = [];
  const errors: string[] = [];
  lines.forEach((content, index) => {
    if (content.trim() === '') return;
    const rule = readLine(content, index + 1);
    if (typeof rule === 'string') errors.push(`line ${index + 1}: ${rule}`);
    else rules.push(rule);
  });
  if (errors.length > 0) return { ok: false, errors };
  if (rules.length === 0) return { ok: false, errors: ['The file has no patterns.'] };
  if (rules.length > PATTERN_FILE_LIMITS.maxRules) {
    return {
      ok: false,
      errors: [`The file has more than ${PATTERN_FILE_LIMITS.maxRules.toLocaleString('en')} patterns.`],
    };
  }
  return { ok: true, rules };
}

function readLine(content: string, line: number): PatternFileRule | string {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return 'not a JSON object (each line of a pattern file is one {"label": …, "pattern": …})';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) return `unknown keys ${unknown.map((key) => `"${key}"`).join(', ')}`;
  const label = typeof record.label === 'string' ? record.label.trim() : '';
  if (label === '') return 'no label';
  const body = readBody(record);
  if (typeof body === 'string') return body;
  const compiled = compileRule(body);
  return compiled.ok ? { line, labelName: label, body } : compiled.error;
}

function readBody(record: Record<string, unknown>): PatternRuleBody | string {
  const { pattern, regex, flags } = record;
  if (pattern !== undefined && regex !== undefined) return 'give either "pattern" or "regex", not both';
  if (typeof regex === 'string') {
    if (flags !== undefined && typeof flags !== 'string') return '"flags" is a string such as "i"';
    return { kind: 'regex', source: regex, flags: flags ?? '' };
  }
  if (flags !== undefined) return '"flags" belongs to a "regex" rule';
  if (typeof pattern === 'string') {
    if (pattern.trim() === '') return 'the pattern is empty';
    if (pattern.length > PATTERN_FILE_LIMITS.phraseMaxChars) {
      return `the pattern is longer than ${PATTERN_FILE_LIMITS.phraseMaxChars} characters`;
    }
    return { kind: 'phrase', text: pattern };
  }
  if (Array.isArray(pattern)) {
    if (pattern.length === 0) return 'the pattern has no tokens';
    if (pattern.length > PATTERN_FILE_LIMITS.tokensPerPattern) {
      return `the pattern has more than ${PATTERN_FILE_LIMITS.tokensPerPattern} tokens`;
    }
    if (!pattern.every((token) => typeof token === 'object' && token !== null && !Array.isArray(token))) {
      return 'each token of a pattern is an object such as {"LOWER": "berlin"}';
    }
    return { kind: 'tokens', tokens: pattern as Record<string, unknown>[] };
  }
  if (regex !== undefined) return '"regex" is a string';
  return 'no "pattern" (a string or a list of tokens) or "regex"';
}
