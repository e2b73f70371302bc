import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../shared/model/annotation';
import { ArticleSection } from '../../../renderer/src/annotation-inspector/article-section';
import type { AnnotationSession } from '../../../renderer/src/annotation/annotation-session';

// The section builds DOM elements; a small DOM (linkedom) stands in for the window's.
beforeEach(() => {
  const { document, HTMLElement, HTMLInputElement, Event } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('HTMLElement', HTMLElement);
  vi.stubGlobal('HTMLInputElement', HTMLInputElement);
  vi.stubGlobal('Event', Event);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A session showing article 1, whose notes are `stored`; writes that fail give null, as the real session's do. */
function sessionOver(stored: Note[]): AnnotationSession {
  const invoke = (call: string, arg: { id: number; text: string }): Promise<unknown> => {
    if (call === 'article.documentLabels') return Promise.resolve([]);
    if (call === 'note.list') return Promise.resolve(stored.map((note) => ({ ...note })));
    const index = stored.findIndex((note) => note.id === arg.id);
    if (call === 'note.update') stored.splice(index, 1, { ...stored[index], text: arg.text } as Note);
    if (call === 'note.delete') stored.splice(index, 1);
    return Promise.resolve(null);
  };
  const write = async <T>(action: () => Promise<T>): Promise<T | null> => action().catch(() => null);
  return {
    model: { article: { id: 1 }, labelsOfKind: () => [] },
    api: { invoke },
    write,
  } as unknown as AnnotationSession;
}

/** Lets the writes a click or blur started finish: every fake answer above is already settled. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

const noteFields = (section: ArticleSection) => [
  ...section.element.querySelectorAll<HTMLTextAreaElement>('.inspector-article-note textarea'),
];

describe('ArticleSection notes', () => {
  it('takes a deleted note off the list', async () => {
    const stored: Note[] = [{ id: 7, target: { kind: 'article', articleId: 1 }, text: 'Quelle: Xinhua' }];
    const section = new ArticleSection(sessionOver(stored));
    await section.reload();
    expect(noteFields(section).map((field) => field.value)).toEqual(['Quelle: Xinhua']);

    section.element.querySelector<HTMLButtonElement>('[aria-label="Delete this note"]')?.click();
    await settled();

    expect(stored).toEqual([]);
    expect(noteFields(section)).toEqual([]);
  });

  it('saves a note edited back to the text it had before the last save', async () => {
    const stored: Note[] = [{ id: 7, target: { kind: 'article', articleId: 1 }, text: 'first' }];
    const section = new ArticleSection(sessionOver(stored));
    await section.reload();
    const [field] = noteFields(section);
    if (field === undefined) throw new Error('The note is not shown.');

    field.value = 'second';
    field.dispatchEvent(new Event('blur'));
    await settled();
    expect(stored[0]?.text).toBe('second');

    field.value = 'first';
    field.dispatchEvent(new Event('blur'));
    await settled();
    expect(stored[0]?.text).toBe('first');
  });
});
