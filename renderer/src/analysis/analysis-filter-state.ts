import { NO_ANALYSIS_FILTER, type AnalysisFilter } from '../../../shared/model/analysis-filter';
import { toDisposable, type Disposable } from '../lifecycle/disposable';

/**
 * The one filter every analysis view and the article list read (linked filtering): a click on a
 * node, a bar or a brush narrows it, a chip widens it again, and every subscriber redraws.
 */
export class AnalysisFilterState {
  private current: AnalysisFilter = NO_ANALYSIS_FILTER;
  private readonly listeners = new Set<(filter: AnalysisFilter) => void>();

  get filter(): AnalysisFilter {
    return this.current;
  }

  /** Replaces the parts given; the rest stays. */
  update(change: Partial<AnalysisFilter>): void {
    this.current = { ...this.current, ...change };
    for (const listener of [...this.listeners]) listener(this.current);
  }

  clear(): void {
    this.update(NO_ANALYSIS_FILTER);
  }

  subscribe(listener: (filter: AnalysisFilter) => void): Disposable {
    this.listeners.add(listener);
    return toDisposable(() => this.listeners.delete(listener));
  }
}
