import { wordSegmenter } from '../text/segmenters';
import { foldSeparator, foldWord, type FoldingOptions } from './match-folding';
import {
  declinedKey,
  finalSuffix,
  inflectionRule,
  lookupForms,
  sameDeclinedWord,
  type InflectionRule,
} from './inflection-rules';

/** One entity of the registry as the recommender sees it: its name and aliases propose its label. */
export interface RegistryEntry {
  readonly entityId: number;
  readonly labelId: number;
  /** The canonical name and every alias. */
  readonly names: readonly string[];
}

/** A stretch of the text that names one or more entities (several when they share a name). */
export interface RegistryMatch {
  /** UTF-16 offsets into the article text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly entityIds: readonly number[];
  readonly labelId: number;
  /** The name or alias it matched, as the registry spells it. */
  readonly name: string;
  /** 'inflected' when the text added an ending or declined a word ("Schoigus" for "Schoigu"). */
  readonly form: 'exact' | 'inflected';
}

/**
 * The language of a stretch of the text (a block), for its word boundaries and inflection rule: a
 * German article quoting an English tweet must not read "Russian" as a German form of "Russia".
 */
export interface LanguageRun {
  readonly start: number;
  readonly end: number;
  /** BCP 47; null when unknown: names then match as written. */
  readonly language: string | null;
}

/** The whole text in one language, for callers that know no better. */
export function oneLanguage(text: string, language: string | null): LanguageRun[] {
  return [{ start: 0, end: text.length, language }];
}

/** An annotation already in the text: a match it overlaps with the same label is not proposed. */
export interface ExistingSpan {
  readonly start: number;
  readonly end: number;
  readonly labelId: number;
}

interface UnspacedName {
  readonly entry: RegistryEntry;
  readonly name: string;
  readonly folded: string;
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface IndexedName {
  readonly entry: RegistryEntry;
  readonly name: string;
  readonly words: readonly string[];
  /** What stands between word i and i + 1, folded. */
  readonly separators: readonly string[];
}

/** Han, Hiragana, Katakana and Hangul: scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** No character of those scripts is below Hangul Jamo (U+1100): a cheap test before a lookup. */
const FIRST_UNSPACED_CODE_UNIT = 0x1100;

/**
 * Proposes the entities of the registry wherever their names or aliases occur in a text.
 *
 * Words come from Intl.Segmenter, so a name matches only whole words ("Xi" not in "Xiamen"), and
 * the words of a name must be separated in the text as in the name (any white space counts as one
 * space). Names in Chinese, Japanese or Korean are matched as whole strings wherever they occur,
 * since those scripts put no spaces between words; a one-character name there is too ambiguous
 * and is not proposed. Inflected forms follow inflection-rules.ts for the article's language.
 * Overlapping matches: the longest wins, then the earliest.
 */
export class RegistryMatcher {
  private readonly singleWordNames = new Map<string, IndexedName[]>();
  private readonly namesByFirstWords = new Map<string, IndexedName[]>();
  /** Names in unspaced scripts by their first two code units, as written and as folded. */
  private readonly unspacedByStart = new Map<string, UnspacedName[]>();
  private readonly unspacedByFoldedStart = new Map<string, UnspacedName[]>();

  constructor(
    entries: readonly RegistryEntry[],
    private readonly options: FoldingOptions,
  ) {
    for (const entry of entries) {
      for (const name of new Set(entry.names)) this.index(entry, name);
    }
  }

  /** Matches in `text`; `runs` cover it (a name never spans two runs). */
  find(text: string, runs: readonly LanguageRun[], existing: readonly ExistingSpan[] = []): RegistryMatch[] {
    const candidates = [...runs.flatMap((run) => [...this.spacedMatches(text, run)]), ...this.unspacedMatches(text)];
    return withoutExisting(longestFirst(joinedPerEntity(candidates)), existing);
  }

  private index(entry: RegistryEntry, name: string): void {
    const trimmed = name.trim();
    if (trimmed === '') return;
    if (UNSPACED_SCRIPT.test(trimmed)) {
      if ([...trimmed].length > 1) {
        const unspaced = { entry, name: trimmed, folded: foldWord(trimmed, this.options) };
        add(this.unspacedByStart, unspaced.name.slice(0, 2), unspaced);
        add(this.unspacedByFoldedStart, unspaced.folded.slice(0, 2), unspaced);
      }
      return;
    }
    const words = wordsOf(trimmed, undefined);
    if (words.length === 0) return;
    const folded = words.map((word) => foldWord(word.text, this.options));
    const separators = words.slice(1).map((word, i) => foldSeparator(trimmed.slice(words[i]?.end, word.start)));
    const indexed: IndexedName = { entry, name: trimmed, words: folded, separators };
    const [first = '', second] = folded;
    if (second === undefined) {
      add(this.singleWordNames, first, indexed);
      return;
    }
    // Names of several words are found by their first two words: registries hold many names that
    // share a first word ("Präsident …"), and trying each of them at every such word is slow.
    for (const firstKey of wordKeys(first, false)) {
      for (const secondKey of wordKeys(second, folded.length === 2)) {
        add(this.namesByFirstWords, pairKey(firstKey, secondKey), indexed);
      }
    }
  }

  private *spacedMatches(text: string, run: LanguageRun): Generator<Candidate> {
    const rule = inflectionRule(run.language);
    const words = wordsOf(text.slice(run.start, run.end), run.language ?? undefined, run.start);
    const folded = words.map((word) => foldWord(word.text, this.options));
    const forms = folded.map((word) => lookupForms(word, rule));
    for (let i = 0; i < words.length; i++) {
      const here = forms[i] ?? [];
      const next = forms[i + 1] ?? [];
      // A name reached by two forms of the same words is tried once.
      const tried = new Set<IndexedName>();
      for (const form of here) {
        const names = [
          ...(this.singleWordNames.get(form) ?? []),
          ...next.flatMap((nextForm) => this.namesByFirstWords.get(pairKey(form, nextForm)) ?? []),
        ];
        for (const name of names) {
          if (tried.has(name)) continue;
          tried.add(name);
          const match = matchAt(name, words, folded, i, text, rule);
          if (match !== null) yield match;
        }
      }
    }
  }

  private *unspacedMatches(text: string): Generator<Candidate> {
    if (this.unspacedByStart.size === 0 || !UNSPACED_SCRIPT.test(text)) return;
    // Folding is per character here, so offsets in the folded text are the text's own only when
    // folding keeps lengths; otherwise the name is looked for in the text as written.
    const foldedText = foldWord(text, this.options);
    const sameLength = foldedText.length === text.length;
    const haystack = sameLength ? foldedText : text;
    const byStart = sameLength ? this.unspacedByFoldedStart : this.unspacedByStart;
    // One pass over the text, looking names up by where they start: a registry holds thousands of
    // such names, and searching the text for each was most of a long Chinese article's time.
    for (let at = 0; at + 1 < haystack.length; at++) {
      if (haystack.charCodeAt(at) < FIRST_UNSPACED_CODE_UNIT) continue;
      for (const { entry, name, folded } of byStart.get(haystack.slice(at, at + 2)) ?? []) {
        const needle = sameLength ? folded : name;
        if (haystack.startsWith(needle, at)) yield { start: at, end: at + needle.length, entry, name, form: 'exact' };
      }
    }
  }
}

function add<T>(index: Map<string, T[]>, key: string, name: T): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [name]);
  else list.push(name);
}

function pairKey(first: string, second: string): string {
  return `${first}\u0000${second}`;
}

/**
 * The keys a name's word is indexed under: itself and, for a word before the last, its declension
 * stem (under German's rule: the name's language is unknown, and matching checks the article's).
 */
function wordKeys(word: string, isLast: boolean): string[] {
  const declined = isLast ? null : declinedKey(word, inflectionRule('de'));
  return declined === null ? [word] : [word, declined];
}

interface Candidate {
  start: number;
  end: number;
  entry: RegistryEntry;
  name: string;
  form: 'exact' | 'inflected';
}

/** The words of `text`, with offsets `offset` further on (where the text is a run of a longer one). */
function wordsOf(text: string, language: string | undefined, offset = 0): Word[] {
  const words: Word[] = [];
  for (const segment of wordSegmenter(language).segment(text)) {
    if (segment.isWordLike === true) {
      const start = offset + segment.index;
      words.push({ text: segment.segment, start, end: start + segment.segment.length });
    }
  }
  return words;
}

function matchAt(
  name: IndexedName,
  words: readonly Word[],
  folded: readonly string[],
  at: number,
  text: string,
  rule: InflectionRule,
): Candidate | null {
  const last = name.words.length - 1;
  let inflected = false;
  for (let k = 0; k <= last; k++) {
    const textWord = folded[at + k];
    const nameWord = name.words[k];
    if (textWord === undefined || nameWord === undefined) return null;
    if (k > 0 && foldSeparator(text.slice(words[at + k - 1]?.end, words[at + k]?.start)) !== name.separators[k - 1]) {
      return null;
    }
    if (k < last) {
      if (!sameDeclinedWord(nameWord, textWord, rule)) return null;
    } else {
      const suffix = finalSuffix(nameWord, textWord, rule);
      if (suffix === null) return null;
      if (suffix !== '') inflected = true;
    }
    if (textWord !== nameWord) inflected = true;
  }
  const first = words[at];
  const end = words[at + last];
  if (first === undefined || end === undefined) return null;
  // A possessive is not part of the name: "Xi's" proposes "Xi". Other endings cannot be split off
  // a word ("Schoigus"), so the mention is the whole word.
  const suffix = finalSuffix(name.words[last] ?? '', folded[at + last] ?? '', rule) ?? '';
  return {
    start: first.start,
    end: end.end - (suffix.startsWith("'") ? suffix.length : 0),
    entry: name.entry,
    name: name.name,
    form: inflected ? 'inflected' : 'exact',
  };
}

/**
 * Overlapping names of one entity are one mention: with the alias "Präsident Xi" and the name "Xi
 * Jinping", the text "Präsident Xi Jinping" is proposed whole, not cut at either name's end.
 */
function joinedPerEntity(candidates: readonly Candidate[]): Candidate[] {
  const byEntity = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = `${candidate.entry.entityId}:${candidate.entry.labelId}`;
    const group = byEntity.get(key);
    if (group === undefined) byEntity.set(key, [candidate]);
    else group.push(candidate);
  }
  const joined: Candidate[] = [];
  for (const group of byEntity.values()) {
    group.sort((a, b) => a.start - b.start || b.end - a.end);
    let current: Candidate | undefined;
    for (const candidate of group) {
      if (current !== undefined && candidate.start < current.end) {
        current = {
          ...current,
          end: Math.max(current.end, candidate.end),
          name: candidate.end - candidate.start > current.end - current.start ? candidate.name : current.name,
          form: current.form === 'inflected' || candidate.form === 'inflected' ? 'inflected' : 'exact',
        };
        continue;
      }
      if (current !== undefined) joined.push(current);
      current = candidate;
    }
    if (current !== undefined) joined.push(current);
  }
  return joined;
}

/**
 * Keeps the longest of overlapping candidates (then the earliest); candidates on the same stretch
 * with the same label are one match naming every entity, so an ambiguous name offers them all.
 */
function longestFirst(candidates: readonly Candidate[]): RegistryMatch[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RegistryMatch[] = [];
  const taken: { start: number; end: number }[] = [];
  const merged = new Map<string, { match: RegistryMatch; ids: number[] }>();
  for (const candidate of ordered) {
    const key = `${candidate.start}:${candidate.end}:${candidate.entry.labelId}`;
    const same = merged.get(key);
    if (same !== undefined) {
      if (!same.ids.includes(candidate.entry.entityId)) same.ids.push(candidate.entry.entityId);
      continue;
    }
    if (taken.some((span) => span.start < candidate.end && candidate.start < span.end)) continue;
    const ids = [candidate.entry.entityId];
    const match: RegistryMatch = {
      start: candidate.start,
      end: candidate.end,
      entityIds: ids,
      labelId: candidate.entry.labelId,
      name: candidate.name,
      form: candidate.form,
    };
    merged.set(key, { match, ids });
    taken.push(candidate);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** An analyst's annotation with the same label already covers it: proposing it would duplicate. */
function withoutExisting(matches: readonly RegistryMatch[], existing: readonly ExistingSpan[]): RegistryMatch[] {
  return matches.filter(
    (match) =>
      !existing.some((span) => span.labelId === match.labelId && span.start < match.end && match.start < span.end),
  );
}
