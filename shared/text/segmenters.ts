/**
 * Shared Intl.Segmenter instances: constructing one loads locale data and costs far more than
 * segmenting a window of text, and snapping runs on every selection change. Each is made on first
 * use, not when the module loads: the grapheme segmenter alone took ~5 ms of the window's start-up.
 */
let graphemes: Intl.Segmenter | undefined;
const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Grapheme clusters do not depend on the language, so one segmenter serves every text. */
export function graphemeSegmenter(): Intl.Segmenter {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return graphemes;
}

/**
 * A word segmenter for a BCP 47 language tag ("de", "fa", "zh-Hant"); undefined means the app's
 * locale. The language matters for scripts segmented by dictionary (Chinese, Japanese, Thai).
 * Throws a RangeError for a malformed tag, as Intl does.
 */
export function wordSegmenter(language: string | undefined): Intl.Segmenter {
  const key = language ?? '';
  let segmenter = wordSegmenters.get(key);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    wordSegmenters.set(key, segmenter);
  }
  return segmenter;
}
