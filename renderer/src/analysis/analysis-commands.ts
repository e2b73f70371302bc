import type { CommandRegistry } from '../commands/command-registry';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { AnalysisArea } from './analysis-area';
import type { AnalysisViewKind } from './analysis-view';

/**
 * One command per analysis view, `analysis.show.<id>`, made from the view list, so a view added
 * to ANALYSIS_VIEWS is in the palette with no other line. The catalog's `show-analysis` (the key
 * that switches between the article and the area) is one of the window's commands.
 */
export function registerAnalysisCommands(
  commands: CommandRegistry,
  area: AnalysisArea,
  kinds: readonly AnalysisViewKind[],
): Disposable {
  const store = new DisposableStore();
  for (const kind of kinds) {
    store.add(
      commands.register({
        id: `analysis.show.${kind.id}`,
        title: `Show the ${kind.title} analysis`,
        keywords: 'analysis corpus table chart',
        group: 'view',
        run: () => area.show(kind.id),
      }),
    );
  }
  return store;
}
