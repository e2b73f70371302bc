/** Longest name stem, in code points: well below the 255-byte limit of common file systems in UTF-8. */
const STEM_MAX_CODE_POINTS = 80;

/** Names Windows refuses for a file whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Names files after article titles so that every common file system accepts them and they never
 * collide, even on case-insensitive ones: characters Windows forbids, control characters and the
 * bidi overrides that can disguise an extension become `_` (joiners stay, emoji and Persian need
 * them), leading and trailing dots and spaces go, long titles are cut, and a repeated name gets
 * " (2)", " (3)"… Call the returned function once per file; the first of equal titles keeps the plain name.
 */
export function fileNamer(extension: string): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const stem = safeStem(title);
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? stem : `${stem} (${n})`}.${extension}`;
      const key = name.toLocaleLowerCase();
      if (!taken.has(key)) {
        taken.add(key);
        return name;
      }
    }
  };
}

function safeStem(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]/gu, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
  const cut = [...cleaned]
    .slice(0, STEM_MAX_CODE_POINTS)
    .join('')
    .replace(/[\s.]+$/u, '');
  if (cut === '') return 'article';
  return RESERVED.test(cut) ? `_${cut}` : cut;
}
