import type { CommandId } from '../../../../shared/commands/command-catalog';
import type { CurationChoice } from '../../../../shared/model/curation';
import { toDisposable, type Disposable } from '../../lifecycle/disposable';

/** What the curation commands do to the curation view on screen. */
export interface CurationActions {
  /** On screen: the commands apply (and the palette lists them) only then. */
  readonly isShown: boolean;
  decide(choice: Exclude<CurationChoice, 'edited'>): Promise<void>;
  /** Opens the article at the disagreement to fix it by hand and records the decision 'edited'. */
  edit(): Promise<void>;
  step(by: 1 | -1): void;
}

/** How the view reaches the window's command registry, which it must not own. */
export interface CurationCommandAccess {
  /** Runs the command a key press in the walk is bound to (the 'curation' key surface); true if one did. */
  handleKey(event: KeyboardEvent): boolean;
  /** Runs a command as its button asks. */
  run(id: CommandId): void;
  /** A command's title and first key, for its button. */
  describe(id: CommandId): { title: string; key: string | undefined };
}

/**
 * Where the curation commands, registered once for the window, find the curation view (made when
 * first shown) and where the view finds the registry for its keys and buttons.
 */
export class CurationDesk {
  private view: CurationActions | null = null;

  constructor(readonly commands: CurationCommandAccess) {}

  /** The curation view, while it is on screen. */
  get active(): CurationActions | null {
    return this.view?.isShown === true ? this.view : null;
  }

  attach(view: CurationActions): Disposable {
    this.view = view;
    return toDisposable(() => {
      if (this.view === view) this.view = null;
    });
  }
}
