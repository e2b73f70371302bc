import type { ArticleAnnotation, EntityId, Label } from '../../../shared/model/annotation';
import type { TextRange } from '../../../shared/text/offsets';
import type { AnnotationSession } from '../annotation/annotation-session';
import type { ArticleOccurrences, OccurrencesDialog } from './occurrences-dialog';
import type { SuggestionActions } from './suggestion-actions';
import type { SuggestionState } from './suggestion-state';

export interface CorpusAnnotateAllDeps {
  readonly session: Pick<AnnotationSession, 'api' | 'model'>;
  readonly dialog: Pick<OccurrencesDialog, 'confirm'>;
  readonly actions: Pick<SuggestionActions, 'write'>;
  readonly state: Pick<SuggestionState, 'focused'>;
  selectedTextRange(): TextRange | null;
  pickSpanLabel(title: string, initialActive?: number): Promise<Label | null>;
  notify(message: string): void;
  reportError(error: unknown): void;
}

/**
 * "Annotate all" across the corpus: every unannotated occurrence of an entity's names, or of a
 * selected text with a label, reviewed in context grouped by article and accepted as one
 * `suggestion.accept` call, so one undo step takes them all back.
 */
export class CorpusAnnotateAll {
  private readonly deps: CorpusAnnotateAllDeps;

  constructor(deps: CorpusAnnotateAllDeps) {
    this.deps = deps;
  }

  /**
   * From the article: the selected text (with a label picked), else the selected annotation's
   * entity, else the focused suggestion's one entity.
   */
  async fromArticle(): Promise<ArticleAnnotation[]> {
    const { model } = this.deps.session;
    const range = this.deps.selectedTextRange();
    const text = range === null ? '' : (model.article?.text.slice(range.start, range.end).trim() ?? '');
    if (text !== '') return this.fromText(text);
    const entityId = model.selectedAnnotation?.entityId ?? this.focusedEntity();
    if (entityId !== undefined) return this.fromEntity(entityId);
    this.deps.notify('Select some text, an entity mention or a suggestion first.');
    return [];
  }

  async fromEntity(entityId: EntityId): Promise<ArticleAnnotation[]> {
    const name = this.deps.session.model.entity(entityId)?.name ?? 'the entity';
    const found = await this.occurrences({ entityId });
    if (found === null) return [];
    return this.review(`Annotate every mention of “${name}” across the corpus`, found, entityId);
  }

  async fromText(text: string): Promise<ArticleAnnotation[]> {
    const label = await this.deps.pickSpanLabel(`Annotate every “${text}” across the corpus as…`);
    if (label === null) return [];
    const found = await this.occurrences({ text, labelId: label.id });
    if (found === null) return [];
    return this.review(`Annotate every “${text}” across the corpus as ${label.name}`, found);
  }

  private focusedEntity(): EntityId | undefined {
    const entity = this.deps.state.focused?.entity;
    return entity?.kind === 'existing' && entity.entityIds.length === 1 ? entity.entityIds[0] : undefined;
  }

  private async occurrences(
    target: { entityId: EntityId } | { text: string; labelId: number },
  ): Promise<ArticleOccurrences[] | null> {
    try {
      return await this.deps.session.api.invoke('suggestion.occurrences', target);
    } catch (error) {
      this.deps.reportError(error);
      return null;
    }
  }

  private async review(
    title: string,
    found: readonly ArticleOccurrences[],
    entityId?: EntityId,
  ): Promise<ArticleAnnotation[]> {
    const articles = found.filter((article) => article.suggestions.length > 0);
    if (articles.length === 0) {
      this.deps.notify('Every occurrence across the corpus is annotated already (or was rejected).');
      return [];
    }
    const ticked = await this.deps.dialog.confirm(title, articles);
    if (ticked === null) return [];
    return this.deps.actions.write(
      ticked.map((suggestion) => ({ suggestion, ...(entityId === undefined ? {} : { entityId }) })),
    );
  }
}
