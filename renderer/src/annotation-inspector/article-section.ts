import type { LabelId, Note, NoteId } from '../../../shared/model/annotation';
import type { ArticleId } from '../../../shared/model/article';
import type { AnnotationSession } from '../annotation/annotation-session';
import { labelColourClass } from '../annotation/label-colours';
import { h, uniqueId } from '../dom/element-builder';
import { actionButton, replaceKeepingFocus, sectionHeading } from './inspector-dom';
import { checkNote } from './note-text';

/**
 * The shown article as a whole: its document labels (ticked and saved at once) and its notes
 * (each saved on leaving it or Ctrl+Enter; an emptied note stays until Delete).
 */
export class ArticleSection {
  readonly element: HTMLElement;
  private readonly session: AnnotationSession;
  private readonly labelsBox: HTMLElement;
  private readonly notesList: HTMLElement;
  private readonly newNote: HTMLTextAreaElement;
  private articleId: ArticleId | null = null;
  private checked = new Set<LabelId>();
  private notes: Note[] = [];
  /** Bumped by every reload, so a slow answer for an article no longer shown is dropped. */
  private generation = 0;

  constructor(session: AnnotationSession) {
    this.session = session;
    const labelsHeading = uniqueId('document-labels');
    this.labelsBox = h('div', {
      className: 'inspector-checkboxes',
      attrs: { role: 'group', 'aria-labelledby': labelsHeading },
    });
    this.notesList = h('ul', {
      className: 'inspector-list inspector-article-notes',
      attrs: { 'aria-label': 'Article notes' },
    });
    const newNoteId = uniqueId('article-note-new');
    this.newNote = h('textarea', {
      className: 'field-input inspector-note',
      attrs: { id: newNoteId, dir: 'auto', rows: 2, placeholder: 'A note on the whole article' },
    });
    this.newNote.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.addNote();
      }
    });
    this.element = h(
      'section',
      { className: 'inspector-section inspector-article', attrs: { 'aria-label': 'Article' } },
      [
        sectionHeading('Article'),
        h('span', { className: 'field-label', attrs: { id: labelsHeading }, text: 'Document labels' }),
        this.labelsBox,
        h('span', { className: 'field-label', text: 'Notes' }),
        this.notesList,
        h('div', { className: 'field inspector-field' }, [
          h('label', { className: 'visually-hidden', attrs: { for: newNoteId }, text: 'New article note' }),
          this.newNote,
          h('div', { className: 'inspector-buttons' }, [actionButton('Add note', () => void this.addNote())]),
        ]),
      ],
    );
    this.element.hidden = true;
  }

  /** Loads the shown article's document labels and notes (on every article switch). */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    const article = this.session.model.article;
    this.articleId = article?.id ?? null;
    this.element.hidden = article === null;
    this.checked = new Set();
    this.notes = [];
    this.newNote.value = '';
    this.render();
    if (article === null) return;
    try {
      const [labelIds, notes] = await Promise.all([
        this.session.api.invoke('article.documentLabels', { articleId: article.id }),
        this.session.api.invoke('note.list', { target: { kind: 'article', articleId: article.id } }),
      ]);
      if (generation !== this.generation) return;
      this.checked = new Set(labelIds);
      this.notes = notes;
      this.render();
    } catch (error) {
      // A read, not a write: the status bar's save state is not involved, so say it here.
      console.error('Loading the article’s labels and notes failed', error);
      if (generation === this.generation) {
        this.notesList.replaceChildren(
          h('li', { className: 'field-error', text: 'The article’s labels and notes could not be loaded.' }),
        );
      }
    }
  }

  /** Redraws the labels (the schema changed) and the notes. */
  render(): void {
    replaceKeepingFocus(
      this.labelsBox,
      this.session.model.labelsOfKind('document').map((label) => {
        const id = uniqueId('document-label');
        const box = h('input', { attrs: { id, type: 'checkbox', 'data-focus-key': `document-label-${label.id}` } });
        box.checked = this.checked.has(label.id);
        box.addEventListener('change', () => void this.setLabel(label.id, box.checked));
        return h('div', { className: 'inspector-checkbox' }, [
          box,
          h('label', { attrs: { for: id } }, [
            h('span', { className: `label-swatch ${labelColourClass(label)}`, attrs: { 'aria-hidden': 'true' } }),
            ` ${label.name}`,
          ]),
        ]);
      }),
    );
    if (this.session.model.labelsOfKind('document').length === 0) {
      this.labelsBox.replaceChildren(
        h('p', { className: 'inspector-muted', text: 'The schema has no document labels.' }),
      );
    }
    replaceKeepingFocus(
      this.notesList,
      this.notes.map((note) => this.noteItem(note)),
    );
  }

  private noteItem(note: Note): HTMLElement {
    const id = uniqueId('article-note');
    const textarea = h('textarea', {
      className: 'field-input inspector-note',
      attrs: { id, dir: 'auto', rows: 2, 'data-focus-key': `article-note-${note.id}` },
    });
    textarea.value = note.text;
    const save = () => void this.updateNote(note.id, textarea.value);
    textarea.addEventListener('blur', save);
    textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        save();
      }
    });
    return h('li', { className: 'inspector-article-note' }, [
      h('label', { className: 'visually-hidden', attrs: { for: id }, text: 'Article note' }),
      textarea,
      actionButton('Delete', () => void this.deleteNote(note), {
        className: 'button button-small button-danger-quiet',
        attrs: { 'aria-label': 'Delete this note' },
      }),
    ]);
  }

  private async setLabel(labelId: LabelId, on: boolean): Promise<void> {
    const articleId = this.articleId;
    if (articleId === null) return;
    const wanted = new Set(this.checked);
    if (on) wanted.add(labelId);
    else wanted.delete(labelId);
    const saved = await this.session.write(() =>
      this.session.api.invoke('article.setDocumentLabels', { articleId, labelIds: [...wanted] }),
    );
    if (articleId !== this.articleId) return;
    if (saved !== null) this.checked = new Set(saved);
    this.render();
  }

  private async addNote(): Promise<void> {
    const articleId = this.articleId;
    const check = checkNote(this.newNote.value, undefined);
    if (articleId === null || check.kind !== 'save' || check.note === null) return;
    const text = check.note;
    const note = await this.session.write(() =>
      this.session.api.invoke('note.add', { target: { kind: 'article', articleId }, text }),
    );
    if (note === null || articleId !== this.articleId) return;
    this.newNote.value = '';
    this.notes = [...this.notes, note];
    this.render();
  }

  private async updateNote(id: NoteId, typed: string): Promise<void> {
    const note = this.notes.find((candidate) => candidate.id === id);
    if (note === undefined) return;
    const check = checkNote(typed, note.text);
    // Emptying a note does not delete it behind the analyst's back: that is what Delete is for.
    if (check.kind !== 'save' || check.note === null) return;
    const text = check.note;
    const done = await this.session.write(() =>
      succeeded(this.session.api.invoke('note.update', { id: note.id, text })),
    );
    if (done === null) return;
    this.notes = this.notes.map((candidate) => (candidate.id === note.id ? { ...candidate, text } : candidate));
  }

  private async deleteNote(note: Note): Promise<void> {
    const done = await this.session.write(() => succeeded(this.session.api.invoke('note.delete', { id: note.id })));
    if (done === null) return;
    this.notes = this.notes.filter((candidate) => candidate.id !== note.id);
    this.render();
  }
}

/** Note updates and deletes answer null, which `write` also gives for a failure: this tells success apart. */
async function succeeded(call: Promise<null>): Promise<true> {
  await call;
  return true;
}
