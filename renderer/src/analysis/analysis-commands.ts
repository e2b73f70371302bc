import { catalogCommand } from '../commands/command';
import type { CommandRegistry } from '../commands/command-registry';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { AnalysisArea } from './analysis-area';
import type { AnalysisViewKind } from './analysis-view';

/**
 * One command per analysis view, `analysis.show.<id>`, made from the view list, so a view added
 * to ANALYSIS_VIEWS is in the palette with no other line; the catalog's `show-analysis` switches
 * between the article and the area by key.
 */
export function registerAnalysisCommands(
  commands: CommandRegistry,
  area: AnalysisArea,
  kinds: readonly AnalysisViewKind[],
): Disposable {
  const store = new DisposableStore();
  store.add(
    commands.register(
      catalogCommand('show-analysis', () => {
        if (area.isShown) area.hide();
        else area.show();
      }),
    ),
  );
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
