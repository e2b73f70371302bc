import { z } from 'zod';
import { readAnnotationColumns } from './read-annotation-columns';

/** A result of `annotation.columns`: bytes that pass every check of the binary layout. */
export const AnnotationColumnsBytes = z.custom<Uint8Array<ArrayBuffer>>((value) => {
  if (!(value instanceof Uint8Array)) return false;
  try {
    readAnnotationColumns(value);
    return true;
  } catch {
    return false;
  }
}, 'The annotations do not match their binary layout.');
