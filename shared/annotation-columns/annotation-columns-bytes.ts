import * as z from 'zod';
import { readColumnsHeader } from './read-annotation-columns';

/**
 * A result of `annotation.columns`: bytes whose header matches their size. The annotations in them
 * are checked where they are read (the window's annotationsOfArticle reads them through
 * readAnnotationColumns): checking them here too, as the store sends them, took 21-37 ms on the
 * 1 MB article's 20,000 annotations.
 */
export const AnnotationColumnsBytes = z.custom<Uint8Array<ArrayBuffer>>((value) => {
  if (!(value instanceof Uint8Array)) return false;
  try {
    readColumnsHeader(value);
    return true;
  } catch {
    return false;
  }
}, 'The annotations do not match their binary layout.');
