import type { LanguageRun } from './registry-matcher';
import { BUILT_IN_RULES } from './built-in-rules';
import type { PatternRuleBody } from './pattern-file';
import { compileSafeRegex, type SafeRegex } from './safe-regex';
import { compileAttribute, type Token, type TokenTest } from './token-attributes';
import { wordSegmenter } from '../text/segmenters';

/** A rule to match, with the key and label its matches carry. */
export interface PatternRuleToMatch {
  readonly key: number;
  readonly labelId: number;
  readonly body: PatternRuleBody;
}

export interface PatternMatch {
  /** UTF-16 offsets into the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly key: number;
  readonly labelId: number;
  /** The rule, as the analyst wrote it: the phrase, the token pattern or the expression. */
  readonly matched: string;
}

/** A token pattern never matches more tokens than this, so "*" costs at most this per token. */
export const MAX_TOKENS_PER_MATCH = 64;
const MAX_REPEAT = 16;

/** One position of a token pattern: a token that must match once, may match once, or any number of times. */
interface Step {
  readonly test: TokenTest;
  readonly repeat: 'one' | 'optional' | 'any';
}

type CompiledRule =
  | { readonly kind: 'tokens'; readonly steps: readonly Step[]; readonly firstKeys: readonly string[] | null }
  | { readonly kind: 'substring'; readonly text: string }
  | { readonly kind: 'regex'; readonly regex: SafeRegex }
  | { readonly kind: 'builtin'; readonly regex: RegExp };

export type RuleCompilation =
  { readonly ok: true; readonly rule: CompiledRule } | { readonly ok: false; readonly error: string };

/** Han, Hiragana, Katakana and Hangul: a phrase in them is found as written, as the registry does. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function compileRule(body: PatternRuleBody): RuleCompilation {
  switch (body.kind) {
    case 'phrase': {
      const text = body.text.trim();
      if (UNSPACED_SCRIPT.test(text)) return { ok: true, rule: { kind: 'substring', text } };
      const words = tokensOf(text, [{ start: 0, end: text.length, language: null }]).map((token) => token.text);
      const steps = words.map((word): Step => ({ test: (token) => token.text === word, repeat: 'one' }));
      return { ok: true, rule: { kind: 'tokens', steps, firstKeys: [`o:${words[0] ?? ''}`] } };
    }
    case 'tokens':
      return compileTokens(body.tokens);
    case 'regex': {
      const compiled = compileSafeRegex(body.source, body.flags);
      return compiled.ok ? { ok: true, rule: { kind: 'regex', regex: compiled.regex } } : compiled;
    }
    case 'builtin':
      return { ok: true, rule: { kind: 'builtin', regex: new RegExp(BUILT_IN_RULES[body.rule].regex) } };
  }
}

function compileTokens(tokens: readonly Readonly<Record<string, unknown>>[]): RuleCompilation {
  const steps: Step[] = [];
  for (const [index, raw] of tokens.entries()) {
    const tests: TokenTest[] = [];
    let op = '';
    for (const [key, value] of Object.entries(raw)) {
      const name = key.toUpperCase();
      if (name === 'OP') {
        if (typeof value !== 'string') return { ok: false, error: `token ${index + 1}: OP is a string such as "?"` };
        op = value;
        continue;
      }
      const compiled = compileAttribute(name, value);
      if (!compiled.ok) return { ok: false, error: `token ${index + 1}: ${compiled.error}` };
      tests.push(compiled.test);
    }
    const matches: TokenTest = (token) => tests.every((test) => test(token));
    const expanded = expand(op, matches);
    if (typeof expanded === 'string') return { ok: false, error: `token ${index + 1}: ${expanded}` };
    steps.push(...expanded);
  }
  if (steps.every((step) => step.repeat !== 'one')) {
    return { ok: false, error: 'every token of the pattern is optional, so it would match nothing' };
  }
  const first = steps[0]?.repeat === 'one' ? tokens[0] : undefined;
  return { ok: true, rule: { kind: 'tokens', steps, firstKeys: first === undefined ? null : indexKeys(first) } };
}

/** spaCy's operators: "!" (a token that does not match), "?", "+", "*", "{n}", "{n,m}", "{n,}", "{,m}". */
function expand(op: string, test: TokenTest): Step[] | string {
  const one = (t: TokenTest): Step => ({ test: t, repeat: 'one' });
  switch (op) {
    case '':
    case '1':
      return [one(test)];
    case '!':
      return [one((token) => !test(token))];
    case '?':
      return [{ test, repeat: 'optional' }];
    case '+':
      return [one(test), { test, repeat: 'any' }];
    case '*':
      return [{ test, repeat: 'any' }];
  }
  const range = /^\{(\d*)(,?)(\d*)\}$/u.exec(op);
  if (range === null) return `the operator "${op}" is not one of !, ?, +, *, {n}, {n,m}, {n,}, {,m}`;
  const [, low = '', comma = '', high = ''] = range;
  const min = low === '' ? 0 : Number(low);
  const max = comma === '' ? min : high === '' ? Infinity : Number(high);
  if (min > max || min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) {
    return `the operator "${op}" repeats more than ${MAX_REPEAT} times or has its bounds reversed`;
  }
  const steps: Step[] = Array.from({ length: min }, () => one(test));
  if (max === Infinity) steps.push({ test, repeat: 'any' });
  else for (let i = min; i < max; i++) steps.push({ test, repeat: 'optional' });
  return steps;
}

/** Lookup keys for a first token given by its exact or lower-case text, so it is tried only where they occur. */
function indexKeys(token: Readonly<Record<string, unknown>>): string[] | null {
  if (Object.keys(token).some((key) => key.toUpperCase() === 'OP' && token[key] === '!')) return null;
  for (const [key, value] of Object.entries(token)) {
    const name = key.toUpperCase();
    const prefix = name === 'ORTH' || name === 'TEXT' ? 'o:' : name === 'LOWER' ? 'l:' : null;
    if (prefix === null) continue;
    if (typeof value === 'string') return [prefix + value];
    const list = (value as { IN?: unknown } | null)?.IN;
    if (Array.isArray(list) && list.every((item) => typeof item === 'string')) return list.map((item) => prefix + item);
  }
  return null;
}

/** Tokens as patterns see them: Intl.Segmenter's segments for each run's language, white space left out. */
export function tokensOf(text: string, runs: readonly LanguageRun[]): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    for (const segment of wordSegmenter(run.language ?? undefined).segment(text.slice(run.start, run.end))) {
      if (!/\S/u.test(segment.segment)) continue;
      const start = run.start + segment.index;
      tokens.push({ text: segment.segment, start, end: start + segment.segment.length });
    }
  }
  return tokens;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly order: number;
}

/**
 * Matches a set of rules (a pattern file, or a built-in rule) in a text. Token patterns follow
 * spaCy's Matcher over Intl.Segmenter tokens, each start tried once as a set of states (no
 * backtracking); regular expressions run in RE2's linear time (safe-regex.ts). Where matches overlap, the
 * longest wins, then the earliest, then the rule nearest the top of the file (as the EntityRuler
 * keeps the longest of overlapping spans).
 */
export class PatternMatcher {
  private readonly rules: {
    readonly rule: PatternRuleToMatch;
    readonly compiled: CompiledRule;
    readonly matched: string;
  }[] = [];
  private readonly indexed = new Map<string, number[]>();
  private readonly everywhere: number[] = [];
  private readonly needsTokens: boolean;

  constructor(rules: readonly PatternRuleToMatch[]) {
    for (const rule of rules) {
      const compiled = compileRule(rule.body);
      // Rules are checked when imported; one that no longer compiles (a newer, stricter check) is skipped.
      if (!compiled.ok) continue;
      const order = this.rules.length;
      this.rules.push({ rule, compiled: compiled.rule, matched: describe(rule.body) });
      if (compiled.rule.kind !== 'tokens') continue;
      if (compiled.rule.firstKeys === null) this.everywhere.push(order);
      else for (const key of compiled.rule.firstKeys) add(this.indexed, key, order);
    }
    this.needsTokens = this.indexed.size > 0 || this.everywhere.length > 0;
  }

  find(text: string, runs: readonly LanguageRun[]): PatternMatch[] {
    const candidates: Candidate[] = [];
    if (this.needsTokens) this.tokenMatches(tokensOf(text, runs), candidates);
    this.rules.forEach(({ compiled }, order) => {
      if (compiled.kind === 'regex') {
        for (const { start, end } of compiled.regex.matches(text)) candidates.push({ start, end, order });
      } else if (compiled.kind === 'builtin') builtInMatches(text, compiled.regex, order, candidates);
      else if (compiled.kind === 'substring') substringMatches(text, compiled.text, order, candidates);
    });
    return this.longestFirst(candidates);
  }

  private tokenMatches(tokens: readonly Token[], into: Candidate[]): void {
    tokens.forEach((token, at) => {
      const orders = new Set([
        ...(this.indexed.get(`o:${token.text}`) ?? []),
        ...(this.indexed.get(`l:${token.text.toLowerCase()}`) ?? []),
        ...this.everywhere,
      ]);
      for (const order of orders) {
        const entry = this.rules[order];
        if (entry?.compiled.kind !== 'tokens') continue;
        const last = longestMatch(entry.compiled.steps, tokens, at);
        const end = last === null ? undefined : tokens[last];
        if (end !== undefined) into.push({ start: token.start, end: end.end, order });
      }
    });
  }

  private longestFirst(candidates: Candidate[]): PatternMatch[] {
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
    const kept: PatternMatch[] = [];
    for (const candidate of candidates) {
      if (kept.some((match) => match.start < candidate.end && candidate.start < match.end)) continue;
      const entry = this.rules[candidate.order];
      if (entry === undefined) continue;
      kept.push({
        start: candidate.start,
        end: candidate.end,
        key: entry.rule.key,
        labelId: entry.rule.labelId,
        matched: entry.matched,
      });
    }
    return kept.sort((a, b) => a.start - b.start);
  }
}

/**
 * The index of the last token of the longest match starting at token `at`, or null: the steps are
 * simulated as a set of states over the tokens (Thompson's construction), so no input backtracks.
 */
function longestMatch(steps: readonly Step[], tokens: readonly Token[], at: number): number | null {
  let states = closure(steps, new Set([0]));
  let best: number | null = null;
  for (let t = at; t < tokens.length && t - at < MAX_TOKENS_PER_MATCH; t++) {
    const token = tokens[t];
    if (token === undefined) break;
    const next = new Set<number>();
    for (const state of states) {
      const step = steps[state];
      if (step?.test(token) === true) next.add(step.repeat === 'any' ? state : state + 1);
    }
    if (next.size === 0) break;
    states = closure(steps, next);
    if (states.has(steps.length)) best = t;
  }
  return best;
}

/** The states reachable by skipping optional and repeated steps. */
function closure(steps: readonly Step[], states: Set<number>): Set<number> {
  const reached = new Set(states);
  for (let state = Math.min(...states); state < steps.length; state++) {
    if (reached.has(state) && steps[state]?.repeat !== 'one') reached.add(state + 1);
  }
  return reached;
}

/** The built-in rules are JavaScript expressions (they need lookbehind) written to match in linear time. */
function builtInMatches(text: string, regex: RegExp, order: number, into: Candidate[]): void {
  for (const match of text.matchAll(regex)) {
    if (match[0] !== '') into.push({ start: match.index, end: match.index + match[0].length, order });
  }
}

function substringMatches(text: string, needle: string, order: number, into: Candidate[]): void {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    into.push({ start: at, end: at + needle.length, order });
  }
}

function describe(body: PatternRuleBody): string {
  switch (body.kind) {
    case 'phrase':
      return body.text;
    case 'tokens':
      return JSON.stringify(body.tokens);
    case 'regex':
      return `/${body.source}/${body.flags}`;
    case 'builtin':
      return BUILT_IN_RULES[body.rule].title;
  }
}

function add(index: Map<string, number[]>, key: string, order: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [order]);
  else list.push(order);
}
