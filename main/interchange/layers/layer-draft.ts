import type { LayerFormat, LayerImportReport } from '../../../shared/model/layer';
import type { Colleague } from '../../store/layers/colleague-annotator';
import type { NewLayerAnnotation } from '../../store/layers/layer-annotation-repository';
import type { LabelResolver } from '../import/label-resolver';
import type { ProjectEntityLookup } from './project-entity-lookup';

/**
 * A colleague's files read, checked and matched to the project's articles, before anything is
 * written: what the report will say and, inside the import's transaction, the annotations with the
 * project's labels (those it lacks are added there, so they vanish if the import fails).
 */
export interface LayerDraft {
  readonly format: LayerFormat;
  readonly colleague: Colleague;
  readonly matched: LayerImportReport['matched'];
  readonly unmatched: readonly string[];
  readonly warnings: readonly string[];
  annotations(labels: LabelResolver, entities: ProjectEntityLookup): Iterable<NewLayerAnnotation>;
}

/** Warnings said once with how often they came up, as the annotation import says them. */
export class CountedWarnings {
  private readonly counts = new Map<string, number>();

  add(message: string): void {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }

  list(): string[] {
    return [...this.counts].map(([message, count]) => (count === 1 ? message : `${message} (${count} times)`));
  }
}
