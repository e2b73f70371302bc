import type { franc as francType } from 'franc-min';
import { canonicalLanguageTag } from './language-tag';

// franc names languages in ISO 639-3; BCP 47 wants the two-letter ISO 639-1 code where one
// exists. The languages analysts meet most often are spelled out here; the rest go through
// Intl's CLDR aliases (canonicalLanguageTag), which know the same mapping.
const TWO_LETTER: Readonly<Record<string, string>> = {
  arb: 'ar',
  ben: 'bn',
  cmn: 'zh',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  fra: 'fr',
  hin: 'hi',
  hun: 'hu',
  ind: 'id',
  ita: 'it',
  jpn: 'ja',
  kor: 'ko',
  nld: 'nl',
  pes: 'fa',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  rus: 'ru',
  spa: 'es',
  swe: 'sv',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  vie: 'vi',
  zlm: 'ms',
};

/** Enough text for a confident guess; more only costs time. */
const SAMPLE_UNITS = 20_000;
/** Below this many characters franc's guesses are noise. */
const MIN_LENGTH = 30;

/** The main language of an article's text as a BCP 47 tag, or null when it cannot be told. */
export function detectLanguage(text: string): string | null {
  // Required here, not imported: franc builds its trigram tables when it loads (~20 ms and a GC in
  // a store worker's start), and only writes ever guess a language. esbuild evaluates a module
  // that is required on the first call that requires it; Node loads it synchronously in tests.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  const { franc } = require('franc-min') as { franc: typeof francType };
  const code = franc(text.slice(0, SAMPLE_UNITS), { minLength: MIN_LENGTH });
  if (code === 'und') return null;
  return TWO_LETTER[code] ?? canonicalLanguageTag(code);
}
