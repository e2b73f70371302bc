import type { ExportedArticle } from './export-set';

const STEM_MAX_CHARS = 48;

/**
 * A file name stem per article for formats that write a file per article ("003-xi-trifft-schoigu"):
 * numbered in export order so names are unique and sort as the export does, then the title in
 * letters and digits any file system accepts (accents, scripts and emoji become dashes).
 */
export function articleFileStems(articles: readonly ExportedArticle[]): string[] {
  const digits = Math.max(3, String(articles.length).length);
  return articles.map(({ article }, index) => {
    const words = article.title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, STEM_MAX_CHARS)
      .replace(/^-+|-+$/g, '');
    const number = String(index + 1).padStart(digits, '0');
    return words === '' ? number : `${number}-${words}`;
  });
}
