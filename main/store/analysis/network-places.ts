import type { DatabaseSync } from 'node:sqlite';
import { AnnotationStarts } from './annotation-starts';
import { SentenceIndex } from './sentence-index';

/**
 * Where mentions and sentences are, kept per connection between network requests: the sentence
 * ends of each article and the start of every annotation, which a sentence-scope co-occurrence
 * network needs and which change far less often than the filter does.
 */
export class NetworkPlaces {
  readonly sentences: SentenceIndex;
  readonly starts: AnnotationStarts;

  constructor(db: DatabaseSync) {
    this.sentences = new SentenceIndex(db);
    this.starts = new AnnotationStarts(db);
  }
}
