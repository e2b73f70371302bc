import type { ArticleAnnotation, EntityId } from '../../../shared/model/annotation';
import type { Suggestion } from '../../../shared/model/suggestion';
import type { TextRange } from '../../../shared/text/offsets';
import type { PickerDialog } from '../dialogs/picker-dialog';
import type { AnnotationSession } from '../annotation/annotation-session';
import { labelColourClass } from '../annotation/label-colours';
import { counted } from '../text/plural';
import { sameEntityTarget, suggestedEntityName } from './suggested-entity';
import type { SuggestionState } from './suggestion-state';

/** What the actions need of the article view: the caret, and moving it to a suggestion. */
export interface SuggestionArticle {
  caretTextOffset(): number | null;
  selectTextRange(range: TextRange): void;
  scrollTextRangeIntoView(range: TextRange): void;
}

export interface SuggestionActionDeps {
  readonly state: SuggestionState;
  readonly session: Pick<AnnotationSession, 'api' | 'model' | 'write'>;
  readonly article: SuggestionArticle;
  readonly picker: Pick<PickerDialog, 'pick'>;
  notify(message: string): void;
}

/** One suggestion as accepted: with the entity the analyst picked where several share the name. */
interface Acceptance {
  readonly suggestion: Suggestion;
  readonly entityId?: EntityId;
}

/**
 * What the analyst does with suggestions from the keyboard, the tab and the palette: move between
 * them, accept (one, or all of the focused one's entity, as one undo step), reject, and pick which
 * entity a name shared by several means. Accepting and rejecting are the store's undoable writes;
 * what they change comes back as a change set, which drops the suggestions from the state.
 */
export class SuggestionActions {
  private readonly deps: SuggestionActionDeps;

  constructor(deps: SuggestionActionDeps) {
    this.deps = deps;
  }

  /** Focuses a suggestion and puts the caret at its start, in view. */
  reveal(suggestion: Suggestion): void {
    this.deps.state.focus(suggestion);
    this.deps.article.selectTextRange({ start: suggestion.start, end: suggestion.start });
    this.deps.article.scrollTextRangeIntoView(suggestion);
  }

  /** The next (1) or previous (-1) suggestion from the focused one, else from the caret. */
  step(direction: 1 | -1): boolean {
    const { state } = this.deps;
    const from = state.focused?.start ?? this.deps.article.caretTextOffset() ?? (direction === 1 ? -1 : Infinity);
    const next = state.neighbour(from, direction);
    if (next === null) {
      this.deps.notify('There are no suggestions in this article.');
      return false;
    }
    this.reveal(next);
    return true;
  }

  async accept(): Promise<ArticleAnnotation[]> {
    const focused = this.requireFocused();
    if (focused === null) return [];
    const entityId = await this.entityFor(focused);
    if (entityId === null) return [];
    return this.write([{ suggestion: focused, ...(entityId === undefined ? {} : { entityId }) }]);
  }

  /** Accepts the focused suggestion as an entity the analyst picks among those sharing its name. */
  async acceptAs(): Promise<ArticleAnnotation[]> {
    const focused = this.requireFocused();
    if (focused === null) return [];
    if (focused.entity?.kind !== 'existing' || focused.entity.entityIds.length < 2) {
      this.deps.notify('This suggestion names one entity: accept it with A.');
      return [];
    }
    return this.accept();
  }

  /** Accepts every suggestion in the article for the focused one's entity, as one undo step. */
  async acceptAllOfEntity(): Promise<ArticleAnnotation[]> {
    const focused = this.requireFocused();
    if (focused === null) return [];
    if (focused.entity === null) {
      this.deps.notify('This suggestion is not for an entity: accept it with A.');
      return [];
    }
    const entityId = await this.entityFor(focused);
    if (entityId === null) return [];
    const all = this.deps.state.suggestions.filter((suggestion) => sameEntityTarget(suggestion, focused));
    return this.write(all.map((suggestion) => ({ suggestion, ...(entityId === undefined ? {} : { entityId }) })));
  }

  async reject(): Promise<void> {
    const focused = this.requireFocused();
    if (focused === null) return;
    await this.deps.session.write(() => this.deps.session.api.invoke('suggestion.reject', { suggestions: [focused] }));
  }

  /** Accepts suggestions (such as the ticked occurrences across the corpus) in one undoable step. */
  async write(accepted: readonly Acceptance[]): Promise<ArticleAnnotation[]> {
    if (accepted.length === 0) return [];
    const created = await this.deps.session.write(() =>
      this.deps.session.api.invoke('suggestion.accept', { accepted: [...accepted] }),
    );
    if (created !== null && created.length > 1) {
      this.deps.notify(`${counted(created.length, 'annotation', 'annotations')} added, as one step you can undo.`);
    }
    return created ?? [];
  }

  /**
   * The entity a suggestion is accepted for: undefined when the suggestion says which (or there is
   * none, or a new one is made), the picked one when several share the name, null if the analyst
   * cancelled the pick.
   */
  private async entityFor(suggestion: Suggestion): Promise<EntityId | undefined | null> {
    const entity = suggestion.entity;
    if (entity?.kind !== 'existing' || entity.entityIds.length < 2) return undefined;
    const { model } = this.deps.session;
    const label = model.label(suggestion.labelId);
    return this.deps.picker.pick<EntityId>({
      title: `Which “${suggestion.quote.exact}” is meant?`,
      placeholder: 'Type to filter entities',
      items: entity.entityIds.map((id) => {
        const known = model.entity(id);
        const type = known === undefined ? undefined : model.label(known.typeLabelId);
        return {
          value: id,
          label: known?.name ?? suggestedEntityName(suggestion),
          ...(type === undefined ? {} : { detail: type.name, swatchClass: labelColourClass(type) }),
          ...(known === undefined ? {} : { keywords: known.aliases.join(' ') }),
        };
      }),
      emptyText: label === undefined ? 'No entity matches.' : `No ${label.name} matches.`,
    });
  }

  private requireFocused(): Suggestion | null {
    const focused = this.deps.state.focused;
    if (focused === null) {
      const any = this.deps.state.suggestions.length > 0;
      this.deps.notify(
        any ? 'Move to a suggestion first (S, or a click in the Suggestions tab).' : 'There are no suggestions here.',
      );
    }
    return focused;
  }
}
