/*
 * Intl formatters, made once per locale and options. Making one costs far more than formatting
 * with it: the library's rows and the article details made several per row and per open, which
 * was a measurable part of showing the library at start-up.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const languageNames = new Map<string, Intl.DisplayNames>();
const collators = new Map<string, Intl.Collator>();

function keyOf(locale: string | undefined, options: object): string {
  return `${locale ?? ''}\u0000${JSON.stringify(options)}`;
}

function cached<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let format = cache.get(key);
  if (format === undefined) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, keyOf(locale, options), () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, keyOf(locale, options), () => new Intl.NumberFormat(locale, options));
}

export function collator(locale: string | undefined, options: Intl.CollatorOptions): Intl.Collator {
  return cached(collators, keyOf(locale, options), () => new Intl.Collator(locale, options));
}

/** Language names in `locale`; throws as Intl.DisplayNames does for a malformed locale. */
export function languageDisplayNames(locale: string): Intl.DisplayNames {
  return cached(languageNames, locale, () => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
}
