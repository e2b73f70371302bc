import { compileSafeRegex } from './safe-regex';

/** A token as patterns see it: a word, a punctuation mark, a number or a symbol (never white space). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

type StringAttribute = 'ORTH' | 'TEXT' | 'LOWER' | 'NORM' | 'SHAPE';
type FlagAttribute =
  | 'IS_ALPHA'
  | 'IS_ASCII'
  | 'IS_DIGIT'
  | 'IS_LOWER'
  | 'IS_UPPER'
  | 'IS_TITLE'
  | 'IS_PUNCT'
  | 'LIKE_NUM'
  | 'LIKE_URL'
  | 'LIKE_EMAIL';

const STRING_ATTRIBUTES: Record<StringAttribute, (token: Token) => string> = {
  ORTH: (token) => token.text,
  TEXT: (token) => token.text,
  LOWER: (token) => token.text.toLowerCase(),
  // spaCy's norm is the lower-case form unless a language table says otherwise; there is no table here.
  NORM: (token) => token.text.toLowerCase(),
  SHAPE: (token) => shapeOf(token.text),
};

const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion null eins zwei drei vier fünf sechs sieben acht neun zehn hundert tausend million milliarde'.split(
    ' ',
  ),
);

const FLAG_ATTRIBUTES: Record<FlagAttribute, (text: string) => boolean> = {
  IS_ALPHA: (text) => /^\p{L}+$/u.test(text),
  IS_ASCII: (text) => /^\p{ASCII}+$/u.test(text),
  IS_DIGIT: (text) => /^\p{Nd}+$/u.test(text),
  IS_LOWER: (text) => /\p{L}/u.test(text) && text === text.toLowerCase(),
  IS_UPPER: (text) => /\p{L}/u.test(text) && text === text.toUpperCase(),
  IS_TITLE: (text) => /^\p{Lu}[^\p{Lu}]*$/u.test(text) && /\p{L}/u.test(text.slice(1)),
  IS_PUNCT: (text) => /^\p{P}+$/u.test(text),
  LIKE_NUM: (text) =>
    /^[+-]?(?:\p{Nd}+(?:[.,]\p{Nd}+)*|\p{Nd}+\/\p{Nd}+)$/u.test(text) || NUMBER_WORDS.has(text.toLowerCase()),
  LIKE_URL: (text) =>
    /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|de|eu|ru|uk|io|gov|edu)$/iu.test(text),
  LIKE_EMAIL: (text) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(text),
};

/** Attributes that need a trained language model, which the workbench does not have. */
const MODEL_ATTRIBUTES = new Set([
  'POS',
  'TAG',
  'MORPH',
  'DEP',
  'LEMMA',
  'ENT_TYPE',
  'ENT_IOB',
  'ENT_ID',
  'ENT_KB_ID',
  'IS_STOP',
  'IS_SENT_START',
  'SENT_START',
]);

export const SUPPORTED_ATTRIBUTES = [
  ...Object.keys(STRING_ATTRIBUTES),
  'LENGTH',
  ...Object.keys(FLAG_ATTRIBUTES),
] as const;

export type TokenTest = (token: Token) => boolean;
type Compiled = { ok: true; test: TokenTest } | { ok: false; error: string };

/**
 * spaCy's token shape: letters become X or x, digits d, other characters stay; a run of more than
 * four of the same becomes four ("Xxxxx" for "Berlin", "dd.dd.dddd" for a date).
 */
export function shapeOf(text: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const char of text) {
    const mapped = /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{Nd}/u.test(char) ? 'd' : char;
    run = mapped === last ? run + 1 : 1;
    last = mapped;
    if (run <= 4) shape += mapped;
  }
  return shape;
}

/** The test one attribute of a token pattern makes ({"LOWER": "x"}, {"LENGTH": {">=": 3}}, …). */
export function compileAttribute(name: string, value: unknown): Compiled {
  if (MODEL_ATTRIBUTES.has(name)) {
    return { ok: false, error: `${name} needs a trained language model, which the workbench does not have` };
  }
  if (name in STRING_ATTRIBUTES) {
    const read = STRING_ATTRIBUTES[name as StringAttribute];
    return compileValue(name, value, (token) => read(token), 'string');
  }
  if (name === 'LENGTH') return compileValue(name, value, (token) => [...token.text].length, 'number');
  if (name in FLAG_ATTRIBUTES) {
    if (typeof value !== 'boolean') return { ok: false, error: `${name} takes true or false` };
    const flag = FLAG_ATTRIBUTES[name as FlagAttribute];
    return { ok: true, test: (token) => flag(token.text) === value };
  }
  return { ok: false, error: `the token attribute ${name} is not supported (use ${SUPPORTED_ATTRIBUTES.join(', ')})` };
}

type Read = (token: Token) => string | number;

function compileValue(name: string, value: unknown, read: Read, type: 'string' | 'number'): Compiled {
  if (typeof value === type) return { ok: true, test: (token) => read(token) === value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `${name} takes a ${type} or an object such as {"IN": [...]}` };
  }
  const tests: TokenTest[] = [];
  for (const [operator, operand] of Object.entries(value)) {
    const test = compileOperator(name, operator, operand, read, type);
    if (!test.ok) return test;
    tests.push(test.test);
  }
  if (tests.length === 0) return { ok: false, error: `${name} has an empty object` };
  return { ok: true, test: (token) => tests.every((test) => test(token)) };
}

const COMPARISONS: Record<string, (a: number, b: number) => boolean> = {
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '>=': (a, b) => a >= b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
};

function compileOperator(name: string, operator: string, operand: unknown, read: Read, type: string): Compiled {
  if (operator === 'IN' || operator === 'NOT_IN') {
    if (!Array.isArray(operand) || !operand.every((item) => typeof item === type)) {
      return { ok: false, error: `${name} ${operator} takes a list of ${type}s` };
    }
    const set = new Set<unknown>(operand);
    const wanted = operator === 'IN';
    return { ok: true, test: (token) => set.has(read(token)) === wanted };
  }
  if (operator === 'REGEX' && type === 'string') {
    if (typeof operand !== 'string') return { ok: false, error: `${name} REGEX takes a string` };
    const compiled = compileSafeRegex(operand);
    if (!compiled.ok) return { ok: false, error: `${name} REGEX: ${compiled.error}` };
    const regex = compiled.regex;
    return { ok: true, test: (token) => regex.test(String(read(token))) };
  }
  const compare = COMPARISONS[operator];
  if (compare !== undefined && type === 'number') {
    if (typeof operand !== 'number') return { ok: false, error: `${name} ${operator} takes a number` };
    return { ok: true, test: (token) => compare(Number(read(token)), operand) };
  }
  return { ok: false, error: `${name} does not support "${operator}"` };
}
