import { describe, expect, it } from 'vitest';
import type { BuiltInRuleId } from '../../../shared/model/suggestion-source';
import { parsePatternFile, type PatternRuleBody } from '../../../shared/suggestions/pattern-file';
import { MAX_TOKENS_PER_MATCH, PatternMatcher } from '../../../shared/suggestions/pattern-matcher';
import { oneLanguage } from '../../../shared/suggestions/registry-matcher';
import { shapeOf } from '../../../shared/suggestions/token-attributes';

const LABEL = 7;

/** What the rules find in `text`, as the matched stretches of text. */
function found(bodies: PatternRuleBody[], text: string, language: string | null = 'en'): string[] {
  const matcher = new PatternMatcher(bodies.map((body, key) => ({ key, labelId: LABEL, body })));
  return matcher.find(text, oneLanguage(text, language)).map((match) => text.slice(match.start, match.end));
}

function fileRules(jsonl: string): PatternRuleBody[] {
  const parsed = parsePatternFile(jsonl);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.rules.map((rule) => rule.body);
}

const builtIn = (rule: BuiltInRuleId): PatternRuleBody[] => [{ kind: 'builtin', rule }];

describe('pattern files', () => {
  it('reads Prodigy’s own examples: lower-case keys, phrase and token patterns', () => {
    const rules = fileRules(
      [
        '{"label": "FRUIT", "pattern": [{"lower": "goji"}, {"lower": "berry"}]}',
        '{"label": "VEGETABLE", "pattern": [{"lower": "squash", "op": "?"}, {"lower": "blossoms"}]}',
        '{"label": "ORG", "pattern": "Deutsche Bahn", "id": "db"}',
      ].join('\r\n'),
    );
    expect(
      found(rules, 'Goji berry tea, squash blossoms and blossoms from Deutsche Bahn (not deutsche bahn).'),
    ).toEqual(['Goji berry', 'squash blossoms', 'blossoms', 'Deutsche Bahn']);
  });

  it('reads spaCy Matcher attributes and operators', () => {
    const rules = fileRules(
      [
        '{"label": "MONEY", "pattern": [{"LIKE_NUM": true}, {"LOWER": {"IN": ["million", "billion"]}}, {"ORTH": {"IN": ["euros", "dollars"]}}]}',
        '{"label": "CASE", "pattern": [{"TEXT": "AZ"}, {"IS_DIGIT": true, "OP": "+"}]}',
        '{"label": "TITLE", "pattern": [{"LOWER": "dr"}, {"IS_PUNCT": true, "OP": "?"}, {"IS_TITLE": true, "OP": "{1,2}"}]}',
        '{"label": "CODE", "pattern": [{"SHAPE": "XXdd"}]}',
        '{"label": "LONG", "pattern": [{"LENGTH": {">=": 20}}]}',
        '{"label": "WORD", "pattern": [{"TEXT": {"REGEX": "^Sanktion"}}, {"IS_PUNCT": true, "OP": "!"}]}',
      ].join('\n'),
    );
    expect(
      found(
        rules,
        'They paid 3.5 billion euros, AZ 2024 12, Dr. Anna Maria Schmidt, code AB12, Rechtsschutzversicherungen and Sanktionen gegen.',
      ),
    ).toEqual([
      '3.5 billion euros',
      'AZ 2024 12',
      'Dr. Anna Maria',
      'AB12',
      'Rechtsschutzversicherungen',
      'Sanktionen gegen',
    ]);
  });

  it('refuses what needs a language model, unknown operators and empty patterns, line by line', () => {
    const parsed = parsePatternFile(
      [
        '{"label": "X", "pattern": [{"POS": "NOUN"}]}',
        '{"label": "X", "pattern": [{"LOWER": "a", "OP": "++"}]}',
        '{"label": "X", "pattern": [{"LOWER": "a", "OP": "*"}]}',
        '{"pattern": "no label"}',
        'not json',
        '{"label": "X", "regex": "(x)\\\\1"}',
        '{"label": "X", "pattern": [{"LOWER": "a"}], "extra": 1}',
        '{"label": "X", "pattern": [{"LENGTH": "3"}]}',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      ok: false,
      errors: [
        'line 1: token 1: POS needs a trained language model, which the workbench does not have',
        'line 2: token 1: the operator "++" is not one of !, ?, +, *, {n}, {n,m}, {n,}, {,m}',
        'line 3: every token of the pattern is optional, so it would match nothing',
        'line 4: no label',
        'line 5: not a JSON object (each line of a pattern file is one {"label": …, "pattern": …})',
        'line 6: the regular expression is not valid: invalid escape sequence: `\\1`',
        'line 7: unknown keys "extra"',
        'line 8: token 1: LENGTH takes a number or an object such as {"IN": [...]}',
      ],
    });
  });

  it('keeps the longest of overlapping matches, then the earliest rule', () => {
    const rules = fileRules(
      [
        '{"label": "A", "pattern": "New York"}',
        '{"label": "B", "pattern": "New York Times"}',
        '{"label": "C", "pattern": "York"}',
      ].join('\n'),
    );
    expect(found(rules, 'The New York Times in New York; York.')).toEqual(['New York Times', 'New York', 'York']);
  });

  it('gives UTF-16 offsets around emoji, in CJK and in right-to-left text', () => {
    const text = '👩‍👩‍👧 Xi Jinping 👍🏽 met 习近平 in 北京; قال بوتين اليوم #日本 @UN';
    const rules = fileRules(
      [
        '{"label": "P", "pattern": "Xi Jinping"}',
        '{"label": "P", "pattern": "习近平"}',
        '{"label": "P", "pattern": [{"ORTH": "بوتين"}]}',
      ].join('\n'),
    );
    expect(found([...rules, ...builtIn('hashtag'), ...builtIn('handle')], text, null)).toEqual([
      'Xi Jinping',
      '习近平',
      'بوتين',
      '#日本',
      '@UN',
    ]);
  });

  it('finds dates in ISO, German and English forms, and not inside longer numbers', () => {
    const text =
      'Am 28. Februar 2025 (2025-02-28), on February 28, 2025 and 1 March 2025; not 12025-02-28 or 2025-13-01.';
    expect(found(builtIn('date'), text)).toEqual([
      '28. Februar 2025',
      '2025-02-28',
      'February 28, 2025',
      '1 March 2025',
    ]);
  });

  it('finds handles, hashtags and web addresses, but not e-mail addresses or a sentence’s full stop', () => {
    const text =
      'Laut @dpa_news (#Ukraine, #2024) siehe https://example.org/a?b=1. Mail presse@example.org, www.tass.ru! pic.twitter.com/5TSGau8d0L';
    expect(found(builtIn('handle'), text)).toEqual(['@dpa_news']);
    expect(found(builtIn('hashtag'), text)).toEqual(['#Ukraine']);
    expect(found(builtIn('url'), text)).toEqual([
      'https://example.org/a?b=1',
      'www.tass.ru',
      'pic.twitter.com/5TSGau8d0L',
    ]);
  });

  it('matches hostile inputs in time proportional to the text', () => {
    const rules = fileRules(
      [
        '{"label": "X", "pattern": [{"IS_ALPHA": true, "OP": "*"}, {"IS_ALPHA": true, "OP": "*"}, {"ORTH": "!"}]}',
        '{"label": "X", "regex": "(a+)+b"}',
      ].join('\n'),
    );
    const text = `${'a '.repeat(20_000)}${'a'.repeat(5_000)}`;
    expect(found(rules, text)).toEqual([]);
    const longRun = `${'a '.repeat(MAX_TOKENS_PER_MATCH * 2)}!`;
    expect(found(rules, longRun)).toEqual([`${'a '.repeat(MAX_TOKENS_PER_MATCH - 1)}!`]);
  });

  it('computes spaCy’s token shapes', () => {
    expect(shapeOf('Berlin')).toBe('Xxxxx');
    expect(shapeOf('28.02.2025')).toBe('dd.dd.dddd');
    expect(shapeOf('C3PO')).toBe('XdXX');
  });
});
