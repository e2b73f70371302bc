import type { EntityId } from '../../../shared/model/annotation';
import type { TextRange } from '../../../shared/text/offsets';
import type { AnnotationActions } from '../annotation/annotation-actions';
import type { AnnotationSession } from '../annotation/annotation-session';
import type { PickerDialog } from '../dialogs/picker-dialog';

/** What the Annotation tab reads and acts through; wired in start-workbench.ts. */
export interface InspectorContext {
  readonly session: AnnotationSession;
  readonly actions: AnnotationActions;
  readonly picker: PickerDialog;
  /** Shows an entity in the Entities tab. */
  showEntity(entityId: EntityId): void;
  /** The text selected in the article, to re-attach an orphaned annotation to. */
  selectedTextRange(): TextRange | null;
  /** Tells the analyst why something did not happen (a notice). */
  notify(message: string): void;
  /** Puts focus back into the article text (after Ctrl+Enter or Esc in the note). */
  focusArticle(): void;
}
