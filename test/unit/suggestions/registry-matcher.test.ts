import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../main/library/import/detect-language';
import { oneLanguage, RegistryMatcher, type LanguageRun } from '../../../shared/suggestions/registry-matcher';
import { readSeedArticle } from '../support/seed-article';
import { PERSON, PLACE, SEED_GOLD, SEED_REGISTRY } from '../support/seed-registry';

const SEED = readSeedArticle();
const TOLERANT = { ignoreCase: true, ignoreDiacritics: true };
const STRICT = { ignoreCase: false, ignoreDiacritics: false };

/** Each line in the language detected for it, or the article's where a line is too short to tell. */
function linesByLanguage(text: string, articleLanguage: string): LanguageRun[] {
  let start = 0;
  return text.split('\n').map((line) => {
    const run = { start, end: start + line.length, language: detectLanguage(line) ?? articleLanguage };
    start = run.end + 1;
    return run;
  });
}

function found(text: string, matcher: RegistryMatcher, language: string | null | LanguageRun[]) {
  const runs = Array.isArray(language) ? language : oneLanguage(text, language);
  return matcher.find(text, runs).map((match) => [text.slice(match.start, match.end), ...match.entityIds]);
}

describe('the registry recommender', () => {
  it('proposes every mention of the registered entities in the seed article, inflected forms included', () => {
    const proposed = found(SEED, new RegistryMatcher(SEED_REGISTRY, STRICT), linesByLanguage(SEED, 'de'));
    const gold = SEED_GOLD.map(([text, id]) => `${text}→${id}`);
    const got = proposed.map(([text, id]) => `${String(text)}→${String(id)}`);
    // In order, so every proposal is checked against its own place in the list: recall and precision 1.
    expect(got).toEqual(gold);
    // Read as one German text, the English tweet's "Russian" looks like a German form of "Russia".
    const asGerman = found(SEED, new RegistryMatcher(SEED_REGISTRY, STRICT), 'de').map(([text]) => text);
    expect(asGerman.filter((text) => !SEED_GOLD.some(([gold]) => gold === text))).toEqual(['Russian']);
  });

  it('marks which proposals are inflected, and cuts a possessive off the name', () => {
    const matcher = new RegistryMatcher(SEED_REGISTRY, STRICT);
    expect(matcher.find('Schoigus Reise', oneLanguage('Schoigus Reise', 'de'))[0]).toMatchObject({
      start: 0,
      end: 8,
      form: 'inflected',
    });
    expect(matcher.find('Schoigu reiste', oneLanguage('Schoigu reiste', 'de'))[0]).toMatchObject({ form: 'exact' });
    expect(found("Xi’s visit and Xi's speech", matcher, 'en')).toEqual([
      ['Xi', 1],
      ['Xi', 1],
    ]);
    // German endings are not English ones, and an article without a language takes names as written.
    expect(found('Schoigus Reise', matcher, 'en')).toEqual([]);
    expect(found('Schoigus Reise', matcher, null)).toEqual([]);
  });

  it('matches whole words only, keeping the separators of the name', () => {
    const matcher = new RegistryMatcher(SEED_REGISTRY, STRICT);
    expect(found('Xiamen und Chinas Chinesen; TASSE', matcher, 'de')).toEqual([['Chinas', 5]]);
    expect(found('Xi\nJinping', matcher, 'de')).toEqual([['Xi\nJinping', 1]]);
    expect(found('Xi-Jinping', matcher, 'de')).toEqual([['Xi', 1]]);
  });

  it('declines the earlier words of a longer name and inflects only its last', () => {
    const matcher = new RegistryMatcher(
      [{ entityId: 40, labelId: PLACE, names: ['Vereinigte Arabische Emirate'] }],
      STRICT,
    );
    expect(found('Die Vereinigten Arabischen Emirate und die Vereinigte Arabische Emirate', matcher, 'de')).toEqual([
      ['Vereinigten Arabischen Emirate', 40],
      ['Vereinigte Arabische Emirate', 40],
    ]);
    // The last word takes only the listed endings; a shorter or otherwise changed word is not the name.
    expect(found('den Vereinigten Arabischen Emiraten', matcher, 'de')).toEqual([
      ['Vereinigten Arabischen Emiraten', 40],
    ]);
    expect(found('Vereinigte Arabische Emir und Vereinigte Arabische Emiratet', matcher, 'de')).toEqual([]);
  });

  it('folds case and diacritics only when the analyst chooses to', () => {
    const text = 'SCHOIGU und Šchoigu trafen PUTIN.';
    expect(found(text, new RegistryMatcher(SEED_REGISTRY, STRICT), 'de')).toEqual([]);
    expect(found(text, new RegistryMatcher(SEED_REGISTRY, TOLERANT), 'de')).toEqual([
      ['SCHOIGU', 2],
      ['Šchoigu', 2],
      ['PUTIN', 3],
    ]);
  });

  it('offers every entity that shares a name, and the longest name wins over a shorter one inside it', () => {
    const matcher = new RegistryMatcher(
      [
        { entityId: 10, labelId: PERSON, names: ['Lin Jian'] },
        { entityId: 11, labelId: PERSON, names: ['Lin Jian'] },
        { entityId: 12, labelId: PERSON, names: ['Lin'] },
      ],
      STRICT,
    );
    expect(found('Sprecher Lin Jian sagte, Lin schwieg.', matcher, 'de')).toEqual([
      ['Lin Jian', 10, 11],
      ['Lin', 12],
    ]);
  });

  it('never proposes what an annotation with the same label already covers', () => {
    const matcher = new RegistryMatcher(SEED_REGISTRY, STRICT);
    const text = 'Xi Jinping und Peking';
    expect(
      matcher.find(text, oneLanguage(text, 'de'), [{ start: 0, end: 2, labelId: PERSON }]).map((m) => m.start),
    ).toEqual([15]);
    // An annotation with another label does not hide the proposal.
    expect(
      matcher.find(text, oneLanguage(text, 'de'), [{ start: 15, end: 21, labelId: PERSON }]).map((m) => m.start),
    ).toEqual([0, 15]);
  });

  it('matches Chinese, Japanese and Korean names whole, wherever they stand, at their UTF-16 offsets', () => {
    const matcher = new RegistryMatcher(
      [
        { entityId: 20, labelId: PERSON, names: ['王毅', '王'] },
        { entityId: 21, labelId: PERSON, names: ['岸田文雄'] },
        { entityId: 22, labelId: PERSON, names: ['윤석열'] },
        { entityId: 23, labelId: PLACE, names: ['𠮷野家'] },
      ],
      TOLERANT,
    );
    const text = '🇨🇳 外长王毅说，岸田文雄首相は、윤석열은 𠮷野家に。王先生';
    const matches = matcher.find(text, oneLanguage(text, 'zh'));
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['王毅', '岸田文雄', '윤석열', '𠮷野家']);
    // A one-character name (王) proposes nothing: it is part of too many words.
    expect(matches.flatMap((m) => m.entityIds)).toEqual([20, 21, 22, 23]);
  });

  it('finds names in right-to-left text and next to emoji and combining marks', () => {
    const matcher = new RegistryMatcher(
      [
        { entityId: 30, labelId: PERSON, names: ['محمد جواد ظریف'] },
        { entityId: 31, labelId: PERSON, names: ['Zoë Kravitz'] },
      ],
      TOLERANT,
    );
    const persian = 'وزیر خارجه محمد جواد ظریف گفت 👍🏽';
    expect(found(persian, matcher, 'fa')).toEqual([['محمد جواد ظریف', 30]]);
    // "Zoe\u0308" is Zoë written with a combining diaeresis: same name, and the offsets are the text's own.
    const decomposed = '👨‍👩‍👧 Zoe\u0308 Kravitz spielt.';
    expect(found(decomposed, matcher, 'de')).toEqual([['Zoe\u0308 Kravitz', 31]]);
  });
});
