import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubArticleViewDom } from '../support/article-view-dom';
import type { Annotation, Relation } from '../../../shared/model/annotation';
import type { Article, Block } from '../../../shared/model/article';
import type { ChangeSet } from '../../../shared/model/change-set';
import { annotationFocusPlugin } from '../../../renderer/src/annotation/annotation-focus-plugin';
import { AnnotationLayer } from '../../../renderer/src/annotation/annotation-layer';
import type { AnnotationDecorationSpec } from '../../../renderer/src/annotation/annotation-decorations';
import {
  annotationLayerKey,
  annotationLayerPlugin,
  type ExtraFocus,
} from '../../../renderer/src/annotation/annotation-layer-plugin';
import type { SectionLayout } from '../../../renderer/src/annotation/section-layout';
import type { SectionWatcher } from '../../../renderer/src/annotation/section-visibility';
import { showChangedText } from '../../../renderer/src/annotation/show-changed-text';
import { ArticleView } from '../../../renderer/src/article-view/article-view';
import { WorkbenchModel } from '../../../renderer/src/model/workbench-model';

// The article view renders into a small DOM (linkedom); frames run when the test says so.
let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  stubArticleViewDom();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function runFrames(): void {
  while (frames.length > 0) frames.shift()?.(0);
}

function paragraphs(text: string, separator = '\n'): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const part of text.split(separator)) {
    blocks.push({ kind: 'paragraph', start, end: start + part.length });
    start += part.length + separator.length;
  }
  return blocks;
}

function article(text: string, blocks = paragraphs(text), id = 1): Article {
  return {
    id,
    title: 'A',
    charCount: text.length,
    createdAt: '2026-01-01',
    deletedAt: null,
    metadata: { source: null, url: null, author: null, publishedAt: null, language: null, tags: [] },
    text,
    blocks,
    links: [],
    origin: { fileName: null, mediaType: 'text/plain', encoding: null, byteLength: 0, contentHash: 'x' },
  };
}

function annotation(id: number, text: string, start: number, end: number, labelId = 1): Annotation {
  return {
    id,
    articleId: 1,
    labelId,
    fragments: [{ start, end }],
    quote: { exact: text.slice(start, end), prefix: '', suffix: '' },
    orphaned: false,
  };
}

/** Stands in for the pane's IntersectionObserver: the test says which sections are on screen. */
class ScriptedSections implements SectionWatcher {
  visible: number[] = [0];
  /** Sections reported on or near the screen; as an IntersectionObserver, none before the first report. */
  near: number[] = [];
  layout: SectionLayout | null = null;
  watched = 0;
  measured = 0;
  private readonly onVisible: (sections: readonly number[]) => void;
  constructor(onVisible: (sections: readonly number[]) => void) {
    this.onVisible = onVisible;
  }
  watch(layout: SectionLayout): void {
    this.layout = layout;
    this.near = [];
    this.watched += 1;
  }
  visibleNow(): number[] {
    this.measured += 1;
    return this.visible;
  }
  nearNow(): number[] {
    return this.near;
  }
  scrollTo(sections: number[]): void {
    this.visible = sections;
    this.near = sections;
    this.onVisible(sections);
  }
  dispose(): void {
    this.layout = null;
  }
}

/** The article view, the model and the annotation layer, wired as the window wires them. */
function workbench(
  text: string,
  annotations: Annotation[],
  options: { blocks?: Block[]; relations?: Relation[] } = {},
) {
  const model = new WorkbenchModel();
  const view = new ArticleView({
    plugins: [annotationLayerPlugin(), annotationFocusPlugin()],
    commands: { run: () => true, handleKey: () => false },
  });
  document.body.append(view.element);
  model.subscribe((change) => {
    if (change.kind === 'text') showChangedText(view, model);
  });
  let sections: ScriptedSections | null = null;
  const layer = new AnnotationLayer(model, view, (onVisible) => (sections = new ScriptedSections(onVisible)));
  const shown = article(text, options.blocks);
  view.show(shown);
  model.showArticle({ article: shown, annotations, relations: options.relations ?? [], documentLabels: [] });
  const apply = (changes: ChangeSet) => model.apply(changes);
  return { model, view, layer, apply, sections: sections as unknown as ScriptedSections };
}

interface Highlight {
  id: number;
  text: string;
  classes: string[];
}

/** The highlight elements on screen, in document order. */
function highlights(view: ArticleView): Highlight[] {
  return [...view.editorView.dom.querySelectorAll<HTMLElement>('[data-annotation-id]')].map((element) => ({
    id: Number(element.dataset['annotationId']),
    text: element.textContent,
    classes: [...element.classList],
  }));
}

/** The text under each tint of a kind (selected, related, preview, pending). */
function tinted(view: ArticleView, kind: string): string[] {
  return [...view.editorView.dom.querySelectorAll(`.ann-focus-${kind}`)].map((element) => element.textContent);
}

const TEXT = 'Angela Merkel met Emmanuel Macron in Paris.';

describe('annotation highlights follow the model', () => {
  it('draws the annotations of the shown article with their label', () => {
    const { view } = workbench(TEXT, [annotation(1, TEXT, 0, 13), annotation(2, TEXT, 18, 33, 2)]);
    expect(highlights(view)).toEqual([
      { id: 1, text: 'Angela Merkel', classes: ['ann', 'ann-c1', 'ann-lane-0'] },
      { id: 2, text: 'Emmanuel Macron', classes: ['ann', 'ann-c2', 'ann-lane-0'] },
    ]);
  });

  it('a created annotation appears, a relabelled one changes colour, a deleted one goes', () => {
    const { view, apply } = workbench(TEXT, [annotation(1, TEXT, 0, 13)]);
    apply({ annotations: { upserted: [annotation(2, TEXT, 37, 42)], deleted: [] } });
    expect(highlights(view).map(({ id, text }) => [id, text])).toEqual([
      [1, 'Angela Merkel'],
      [2, 'Paris'],
    ]);
    apply({ annotations: { upserted: [annotation(2, TEXT, 37, 42, 3)], deleted: [] } });
    expect(highlights(view).find((highlight) => highlight.id === 2)?.classes).toContain('ann-c3');
    expect(view.editorView.dom.querySelectorAll('.ann-c1')).toHaveLength(1);
    apply({ annotations: { upserted: [], deleted: [1] } });
    expect(highlights(view).map(({ id }) => id)).toEqual([2]);
  });

  it('an orphaned annotation is no longer drawn', () => {
    const { view, apply } = workbench(TEXT, [annotation(1, TEXT, 0, 13), annotation(2, TEXT, 37, 42)]);
    apply({ annotations: { upserted: [{ ...annotation(2, TEXT, 37, 42), orphaned: true }], deleted: [] } });
    expect(highlights(view).map(({ id }) => id)).toEqual([1]);
  });

  it('after a text edit the moved annotations are drawn over the new text', () => {
    const { view, apply } = workbench(TEXT, [annotation(1, TEXT, 0, 13), annotation(2, TEXT, 37, 42)]);
    const edited = 'Chancellor Angela Merkel met Emmanuel Macron in Paris.';
    const shift = 'Chancellor '.length;
    apply({
      articleTexts: [article(edited)],
      annotations: {
        upserted: [annotation(1, edited, shift, shift + 13), annotation(2, edited, 37 + shift, 42 + shift)],
        deleted: [],
      },
    });
    expect(highlights(view).map(({ id, text }) => [id, text])).toEqual([
      [1, 'Angela Merkel'],
      [2, 'Paris'],
    ]);
  });

  it('overlapping and nested annotations nest, each in its own lane', () => {
    // "Emmanuel Macron" (a person) inside "met Emmanuel Macron in Paris" (a claim), overlapping "Macron in Paris".
    const { view } = workbench(TEXT, [
      annotation(1, TEXT, 14, 42, 7),
      annotation(2, TEXT, 18, 33),
      annotation(3, TEXT, 27, 42, 2),
    ]);
    const drawn = highlights(view);
    const textOf = (id: number) =>
      drawn
        .filter((highlight) => highlight.id === id)
        .map(({ text }) => text)
        .join('');
    expect(textOf(1)).toBe('met Emmanuel Macron in Paris');
    expect(textOf(2)).toBe('Emmanuel Macron');
    expect(textOf(3)).toBe('Macron in Paris');
    const lanes = (id: number) =>
      new Set(drawn.filter((h) => h.id === id).flatMap((h) => h.classes.filter((c) => c.startsWith('ann-lane-'))));
    expect(new Set([...lanes(1), ...lanes(2), ...lanes(3)]).size).toBe(3);
    expect(view.editorView.dom.querySelector('p')?.classList.contains('ann-lanes-3')).toBe(true);
  });

  it.each([
    ['emoji', 'Wir 👋🏽 grüßen 👨‍👩‍👧 die Familie.', '👨‍👩‍👧'],
    ['combining marks', 'Cafe\u0301 und Nai\u0308ve treffen sich.', 'Nai\u0308ve'],
    ['CJK', '习近平在北京会见了朔尔茨。', '北京'],
    ['RTL', 'دیدار رئیس‌جمهور در تهران برگزار شد.', 'تهران'],
  ])('%s: UTF-16 offsets land on the right characters', (_kind, text, word) => {
    const start = text.indexOf(word);
    const { view } = workbench(text, [annotation(1, text, start, start + word.length)]);
    expect(highlights(view).map(({ text }) => text)).toEqual([word]);
  });

  it('an annotation over a paragraph break is drawn in both paragraphs, not over the hidden gap', () => {
    const text = 'Erster Absatz 👋.\r\n\r\nZweiter Absatz.';
    const end = text.indexOf('Zweiter') + 'Zweiter'.length;
    const { view } = workbench(text, [annotation(1, text, 7, end)], { blocks: paragraphs(text, '\r\n\r\n') });
    expect(highlights(view).map(({ text }) => text)).toEqual(['Absatz 👋.', 'Zweiter']);
  });
});

describe('the selected highlight follows the model', () => {
  it('tints the selected annotation and its relation partners, and clears the tint', () => {
    const relation = { id: 1, sourceAnnotationId: 1, targetAnnotationId: 2 } as Relation;
    const { view, model } = workbench(TEXT, [annotation(1, TEXT, 0, 13), annotation(2, TEXT, 18, 33)], {
      relations: [relation],
    });
    expect(tinted(view, 'selected')).toEqual([]);
    model.select(1);
    expect(tinted(view, 'selected')).toEqual(['Angela Merkel']);
    expect(tinted(view, 'related')).toEqual(['Emmanuel Macron']);
    model.select(null);
    expect(tinted(view, 'selected')).toEqual([]);
    expect(tinted(view, 'related')).toEqual([]);
  });

  it('the tint follows a selected annotation that is moved, and goes with it when it is deleted', () => {
    const { view, model, apply } = workbench(TEXT, [annotation(1, TEXT, 0, 13)]);
    model.select(1);
    apply({ annotations: { upserted: [annotation(1, TEXT, 7, 13)], deleted: [] } });
    expect(tinted(view, 'selected')).toEqual(['Merkel']);
    apply({ annotations: { upserted: [], deleted: [1] } });
    expect(model.selectedId).toBeNull();
    expect(tinted(view, 'selected')).toEqual([]);
  });

  it('a preview tint shows on top of the selection and is cleared with []', () => {
    const { view, layer } = workbench(TEXT, []);
    const preview: ExtraFocus[] = [{ start: 37, end: 42, kind: 'preview' }];
    layer.setExtraFocus(preview);
    expect(tinted(view, 'preview')).toEqual(['Paris']);
    layer.setExtraFocus([]);
    expect(tinted(view, 'preview')).toEqual([]);
  });
});

describe('a long article is drawn section by section', () => {
  // 200 paragraphs: sections of 16, so paragraph 0 is in section 0 and paragraph 150 in section 9.
  const LONG = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} mentions Berlin.`).join('\n');
  const inParagraph = (id: number, paragraph: number): Annotation => {
    const start = LONG.indexOf(`Paragraph ${paragraph} mentions Berlin`) + `Paragraph ${paragraph} mentions `.length;
    return annotation(id, LONG, start, start + 'Berlin'.length);
  };

  it('draws only the sections on screen, and the others as they scroll into view', () => {
    const { view, sections } = workbench(LONG, [inParagraph(1, 0), inParagraph(2, 150)]);
    expect(highlights(view).map(({ id }) => id)).toEqual([1]);
    sections.scrollTo([9]);
    runFrames();
    expect(highlights(view).map(({ id }) => id)).toEqual([1, 2]);
  });

  it('indexes at open only the sections on screen, and the others as they are needed', () => {
    const { view, sections, apply } = workbench(LONG, [inParagraph(1, 0), inParagraph(2, 150), inParagraph(3, 151)]);
    const members = () => annotationLayerKey.getState(view.editorView.state)?.members;
    expect(members()?.blocks(1)).toHaveLength(1);
    expect(members()?.blocks(2)).toEqual([]);
    apply({ annotations: { upserted: [], deleted: [3] } });
    sections.scrollTo([9]);
    runFrames();
    expect(highlights(view).map(({ id }) => id)).toEqual([1, 2]);
    expect(members()?.blocks(2)).toHaveLength(1);
  });

  it('a change lays out again only the blocks holding the touched annotations', () => {
    const { view, apply } = workbench(LONG, [inParagraph(1, 0), inParagraph(2, 1)]);
    // A decoration's spec object stays the same for as long as it is not laid out again.
    const decorationOf = (id: number): unknown =>
      annotationLayerKey
        .getState(view.editorView.state)
        ?.decorations.find(undefined, undefined, (spec: AnnotationDecorationSpec) => spec.annotationId === id)[0]?.spec;
    const untouched = decorationOf(2);
    apply({ annotations: { upserted: [{ ...inParagraph(1, 0), labelId: 4 }], deleted: [] } });
    expect(view.editorView.dom.querySelector('[data-annotation-id="1"]')?.classList.contains('ann-c4')).toBe(true);
    expect(decorationOf(2)).toBe(untouched);
  });

  it('all annotations arriving for the article on screen are drawn where it is read, without measuring it again', () => {
    const { view, model, sections } = workbench(LONG, [inParagraph(1, 150)]);
    sections.scrollTo([9]);
    runFrames();
    const [watched, measured] = [sections.watched, sections.measured];
    model.fillArticle({
      annotations: [inParagraph(2, 0), inParagraph(3, 150), inParagraph(4, 151)],
      relations: [],
      documentLabels: [],
    });
    expect(highlights(view).map(({ id }) => id)).toEqual([3, 4]);
    expect([sections.watched, sections.measured]).toEqual([watched, measured]);
    sections.scrollTo([0]);
    runFrames();
    expect(highlights(view).map(({ id }) => id)).toEqual([2, 3, 4]);
  });

  it('an annotation created off screen gets its whole section drawn', () => {
    const { view, apply } = workbench(LONG, [inParagraph(1, 150), inParagraph(2, 151)]);
    expect(highlights(view)).toEqual([]);
    apply({ annotations: { upserted: [inParagraph(3, 152)], deleted: [] } });
    expect(highlights(view).map(({ id }) => id)).toEqual([1, 2, 3]);
  });
});
