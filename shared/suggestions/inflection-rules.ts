/**
 * The inflected forms of a name the registry recommender accepts, per language: a fixed list of
 * endings rather than fuzzy matching, so every suggestion can be explained and none is a guess.
 *
 * German (de): the last word of a name may carry the genitive or a weak-noun ending — "Schoigus",
 * "des Präsidenten", "Merkels", "des Volkes" — so -s, -es, -n, -en, -ns; an earlier word that ends
 * like a declined adjective may take any other adjective ending — "Russische Föderation" matches
 * "der Russischen Föderation" (-e, -en, -er, -es, -em).
 * English (en): the possessive on the last word — "Xi's", "Xi’s".
 * Other languages, and articles without a language: the name as written (after the chosen case
 * and diacritic folding). Chinese, Japanese and Korean names never inflect here: they match whole.
 */
export interface InflectionRule {
  /** Endings the last word of a name may carry in the text. */
  readonly finalSuffixes: readonly string[];
  /** Endings that replace one another on an earlier word (adjective declension), longest first. */
  readonly interchangeableEndings: readonly string[];
}

const NONE: InflectionRule = { finalSuffixes: [], interchangeableEndings: [] };

const RULES: Readonly<Record<string, InflectionRule>> = {
  de: { finalSuffixes: ['s', 'es', 'n', 'en', 'ns', "'s"], interchangeableEndings: ['en', 'er', 'es', 'em', 'e'] },
  en: { finalSuffixes: ["'s"], interchangeableEndings: [] },
};

/** An adjective ending only counts on a word whose stem keeps at least this many characters. */
const MIN_STEM = 4;

export function inflectionRule(language: string | null): InflectionRule {
  if (language === null) return NONE;
  return RULES[language.toLowerCase().split('-')[0] ?? ''] ?? NONE;
}

/** The ending the text's last word adds to the name's, or null if it is not an accepted form. */
export function finalSuffix(nameWord: string, textWord: string, rule: InflectionRule): string | null {
  if (textWord === nameWord) return '';
  if (!textWord.startsWith(nameWord)) return null;
  const suffix = textWord.slice(nameWord.length);
  return rule.finalSuffixes.includes(suffix) ? suffix : null;
}

/** Whether an earlier word of the text is the name's word with another adjective ending. */
export function sameDeclinedWord(nameWord: string, textWord: string, rule: InflectionRule): boolean {
  if (textWord === nameWord) return true;
  const nameStem = declensionStem(nameWord, rule);
  return nameStem !== null && nameStem === declensionStem(textWord, rule);
}

/** A word without the adjective ending it may trade for another, or null when it has none. */
export function declensionStem(word: string, rule: InflectionRule): string | null {
  for (const ending of rule.interchangeableEndings) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return null;
}

/** The forms a text word may be looked up by: itself and, for a final word, without each suffix. */
export function lookupForms(textWord: string, rule: InflectionRule): string[] {
  const forms = [textWord];
  for (const suffix of rule.finalSuffixes) {
    if (textWord.length > suffix.length && textWord.endsWith(suffix)) forms.push(textWord.slice(0, -suffix.length));
  }
  const stem = declensionStem(textWord, rule);
  if (stem !== null) forms.push(`~${stem}`);
  return forms;
}

/** The key a name's first word is indexed under besides itself, when it may be declined. */
export function declinedKey(nameWord: string, rule: InflectionRule): string | null {
  const stem = declensionStem(nameWord, rule);
  return stem === null ? null : `~${stem}`;
}
