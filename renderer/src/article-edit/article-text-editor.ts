import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { diffTexts } from '../../../shared/text/text-diff';
import type { AnnotationSession } from '../annotation/annotation-session';
import type { ArticleView } from '../article-view/article-view';
import type { Disposable } from '../lifecycle/disposable';
import type { ToastRegion } from '../notifications/toast-region';
import { docToArticleText } from './doc-to-article-text';
import { counted, pluralWord } from '../text/plural';

/** Typing pauses this long before the edit is saved on its own. */
const AUTOSAVE_IDLE_MS = 1_500;

/**
 * Edit mode for an article's text (fixing OCR errors, cutting boilerplate). While editing,
 * annotations follow the text on screen through ProseMirror's mapping; each save sends the changes
 * (a diff against the saved text, hunk by hunk) to main, which moves the stored annotations the same
 * way, marks those whose text is gone as orphaned, and keeps everything in one undoable step.
 * Saves happen after a pause in typing, when leaving edit mode (Esc, Done) and before another
 * article opens; a failed save keeps the edit on screen and says why.
 */
export class ArticleTextEditor implements Disposable {
  private readonly api: WorkbenchApi;
  private readonly view: ArticleView;
  private readonly session: AnnotationSession;
  private readonly toasts: ToastRegion;
  private timer: ReturnType<typeof setInterval> | undefined;
  private saving: Promise<boolean> | null = null;
  private lastChange = 0;

  constructor(api: WorkbenchApi, view: ArticleView, session: AnnotationSession, toasts: ToastRegion) {
    this.api = api;
    this.view = view;
    this.session = session;
    this.toasts = toasts;
    view.editorView.dom.addEventListener('input', () => {
      this.lastChange = Date.now();
    });
  }

  get editing(): boolean {
    return this.view.editing;
  }

  /** Stops saving on its own; an edit still on screen is left unsaved. */
  dispose(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  start(): void {
    if (this.view.articleId === null || this.session.model.article === null) {
      this.toasts.info('Open an article to edit its text.');
      return;
    }
    if (this.view.editing) return;
    this.view.setEditing(true);
    this.view.focusText();
    this.timer = setInterval(() => {
      if (Date.now() - this.lastChange >= AUTOSAVE_IDLE_MS) void this.save();
    }, 500);
    this.toasts.info('Editing the text. Annotations move with your edits; Esc or F2 saves and stops editing.');
  }

  /** Saves any edit and leaves edit mode; false if the save failed (edit mode then stays on). */
  async finish(): Promise<boolean> {
    if (!this.view.editing) return true;
    const saved = await this.save();
    if (!saved) return false;
    clearInterval(this.timer);
    this.timer = undefined;
    this.view.setEditing(false);
    return true;
  }

  /** Saves the edit on screen, if any. Resolves true when nothing is left unsaved. */
  save(): Promise<boolean> {
    this.saving ??= this.saveNow().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  private async saveNow(): Promise<boolean> {
    const pending = this.view.pendingEdit;
    const article = this.session.model.article;
    if (!this.view.hasUnsavedEdits || pending === null || article === null) return true;
    const edited = docToArticleText(pending.doc, { text: article.text, positions: pending.positions }, pending.toSaved);
    const changes = diffTexts(article.text, edited.text);
    if (changes.length === 0) {
      this.view.adoptSavedText({ ...(await this.api.invoke('article.get', { id: article.id })) });
      return true;
    }
    if (edited.text.trim() === '') {
      this.toasts.error('An article cannot be empty. Undo the deletion or delete the article instead.');
      return false;
    }
    const orphansBefore = this.session.model.annotations.filter((annotation) => annotation.orphaned).length;
    // Typing is held while the save is in flight, so what was sent is exactly what is on screen.
    this.view.holdEdits(true);
    const result = await this.session.write(() =>
      this.api.invoke('article.editText', { id: article.id, changes, blocks: edited.blocks }),
    );
    this.view.holdEdits(false);
    if (result === null) return false;
    try {
      this.view.adoptSavedText(result.article);
    } catch {
      // The saved text differs from the screen (say, it was normalised): show the saved version.
      this.view.show(result.article);
    }
    const newlyOrphaned = result.orphanedCount - orphansBefore;
    if (newlyOrphaned > 0) {
      this.toasts.info(
        `${pluralWord(newlyOrphaned, 'One annotation lost its text', `${counted(newlyOrphaned, 'annotation', 'annotations')} lost their text`)}: see “Orphaned annotations” in the Annotation tab to re-attach or delete.`,
      );
    }
    const removed = result.removedLayerAnnotationCount;
    if (removed > 0) {
      this.toasts.info(
        `${pluralWord(removed, 'One annotation of a colleague’s layer lost its text and was removed', `${counted(removed, 'annotation', 'annotations')} of colleagues’ layers lost their text and were removed`)}; Undo brings ${pluralWord(removed, 'it', 'them')} back.`,
      );
    }
    return true;
  }
}
