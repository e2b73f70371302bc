import { createHash } from 'node:crypto';

/** The Web Annotation Data Model's JSON-LD context (https://www.w3.org/TR/annotation-model/). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The workbench's own terms in a collection, for what the model has no words for: the texts annotated. */
export const WORKBENCH_NAMESPACE = 'https://annotation-workbench.invalid/ns/1#';
export const SOURCES_KEY = 'awb:sources';
export const SOURCE_TEXT_KEY = 'awb:text';
export const SOURCE_URL_KEY = 'awb:url';

/**
 * The address of an article's text as an annotation target: a hash of the text itself, so the
 * same text has the same address in every project and an import can find it again.
 */
export function textSourceIri(text: string): string {
  return `urn:sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** Motivations and purposes used (model §3.3.5). */
export const PURPOSE = {
  label: 'tagging',
  entity: 'identifying',
  attribute: 'classifying',
  note: 'commenting',
} as const;
export const RELATION_MOTIVATION = 'linking';
export const ATTRIBUTE_SEPARATOR = ': ';
