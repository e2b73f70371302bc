const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);
// What the workbench accepts as a language (shared/model/article.ts LanguageTag): language plus subtags, no extensions.
const SIMPLE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * A language as a file states it ("de-de", "en_US", "deu") in canonical BCP 47 form ("de-DE",
 * "en-US", "de"), or null when it names no real language. Canonicalisation uses the CLDR
 * aliases built into Intl, which also turn ISO 639-3 codes into their two-letter forms.
 */
export function canonicalLanguageTag(raw: string | null | undefined): string | null {
  const candidate = raw?.trim().replace(/_/g, '-');
  if (candidate === undefined || candidate === '' || candidate.length > 35) return null;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(candidate)[0];
  } catch {
    return null;
  }
  if (canonical === undefined || !SIMPLE_TAG.test(canonical)) return null;
  return NOT_A_LANGUAGE.has(canonical.split('-')[0]?.toLowerCase() ?? '') ? null : canonical;
}
