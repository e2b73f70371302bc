import { TextEncoding } from '../../../../shared/model/library';
import type { ArticleInput } from '../../../store/article-repository';
import type { BundleArticle } from './bundle-schema';

type Original = ArticleInput['original'];

/** The name a nameless (pasted) original is read under, as Re-decode reads it. */
const PASTED_NAME = 'article.txt';

/** The text the importer makes of an original, read with the encoding it records; null if it cannot. */
async function textOfOriginal(original: Original): Promise<string | null> {
  const encoding = original.encoding === null ? undefined : TextEncoding.safeParse(original.encoding);
  if (encoding?.success === false) return null;
  // Loaded on first use, as for Re-decode: the parsers are most of main's bundle.
  const { extractContent } = await import('../../../library/import/import-file');
  try {
    const content = await extractContent(original.bytes, original.name ?? PASTED_NAME, {
      ...(encoding === undefined ? {} : { encoding: encoding.data }),
    });
    return content.text;
  } catch {
    return null;
  }
}

export function declaredOriginal(article: BundleArticle): Original {
  return {
    bytes: Buffer.from(article.original.base64, 'base64'),
    name: article.original.fileName,
    type: article.original.mediaType,
    encoding: article.original.encoding,
  };
}

/**
 * The original an article from a bundle keeps: the file the bundle carries if reading it gives the
 * article's text, as it did when it was imported. Otherwise (the text was edited since, or the
 * bundle was altered) that file says nothing true about the text, and would re-decode into a
 * different article: it is left out, the text stands in as the original (as for pasted text), and
 * the note says so.
 */
export async function checkedOriginal(article: BundleArticle): Promise<{ original: Original; note: string | null }> {
  const declared = declaredOriginal(article);
  if ((await textOfOriginal(declared)) === article.text) return { original: declared, note: null };
  const file = declared.name === null ? 'its original' : `its original file “${declared.name}”`;
  return {
    original: { bytes: Buffer.from(article.text, 'utf8'), name: null, type: 'text/plain', encoding: null },
    note: `“${article.title}”: its text is not what ${file} reads as (it may have been edited after import), so the original was left out and the text itself is kept in its place.`,
  };
}
