const STEM_MAX_CHARS = 48;

/**
 * The file name stem of the article at `index` (0-based) of `count`, for formats that write a file
 * per article ("003-xi-trifft-schoigu"): numbered in export order so names are unique and sort as
 * the export does, then the title in letters and digits any file system accepts (accents, scripts
 * and emoji become dashes).
 */
export function articleFileStem(title: string, index: number, count: number): string {
  const digits = Math.max(3, String(count).length);
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, STEM_MAX_CHARS)
    .replace(/^-+|-+$/g, '');
  const number = String(index + 1).padStart(digits, '0');
  return words === '' ? number : `${number}-${words}`;
}
