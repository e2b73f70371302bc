import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Article } from '../../../shared/model/article';
import { articleToDoc } from '../article-view/article-to-doc';
import type { TextPositionMap } from '../article-view/text-position-map';
import { h, uniqueId } from '../dom/element-builder';
import { listen, toDisposable, type Disposable } from '../lifecycle/disposable';
import type { WorkbenchModel } from '../model/workbench-model';
import type { LayerDisplay } from './layer-display';
import type { LayerMarks } from './layer-marks';
import { layerMarksKey, layerMarksPlugin, type LayerMarksMeta } from './layer-marks-plugin';
import { layerAnnotatorName, layerMarkLookup, type LayerNamingModel } from './layer-naming';

export type ComparePaneModel = LayerNamingModel & Pick<WorkbenchModel, 'fullArticle' | 'subscribe'>;

/**
 * Side by side: a second, read-only pane beside the article with the same text and the chosen
 * colleague's marks. The two panes scroll together, by the share of their height scrolled, since
 * they hold the same text at the same width.
 */
export class LayerComparePane implements Disposable {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private readonly headingId: string;
  /** Only while the pane shows: the window has one ProseMirror text otherwise, as tools and tests expect. */
  private editor: EditorView | null = null;
  private readonly model: ComparePaneModel;
  private readonly display: LayerDisplay;
  private readonly marks: LayerMarks;
  private readonly articlePane: HTMLElement;
  private readonly subscriptions: Disposable[];
  private shown: { article: Article; positions: TextPositionMap } | null = null;
  private readonly plugin = layerMarksPlugin();
  /** The pane a scroll is being copied to, whose own scroll event must not echo back. */
  private following: HTMLElement | null = null;

  constructor(model: ComparePaneModel, display: LayerDisplay, marks: LayerMarks, articlePane: HTMLElement) {
    this.model = model;
    this.display = display;
    this.marks = marks;
    this.articlePane = articlePane;
    const headingId = uniqueId('layer-compare-heading');
    this.headingId = headingId;
    this.heading = h('h2', { className: 'layer-compare-heading', attrs: { id: headingId } });
    const body = h('div', { className: 'article-body-container' });
    this.body = body;
    // A region that scrolls is focusable, so the keyboard can scroll it (and it scrolls the article).
    this.element = h(
      'section',
      { className: 'layer-compare-pane', attrs: { 'aria-labelledby': headingId, tabindex: '0', hidden: true } },
      [h('div', { className: 'article layer-compare-article' }, [this.heading, body])],
    );
    const unsubscribe = model.subscribe((change) => {
      if (change.kind === 'article' || change.kind === 'text') this.update(true);
      if (change.kind === 'labels' || change.kind === 'annotators' || change.kind === 'layers') this.update(false);
    });
    this.subscriptions = [
      toDisposable(unsubscribe),
      display.onDidChange(() => this.update(false)),
      marks.onDidChange(() => this.update(false)),
      listen(this.element, 'scroll', () => this.follow(this.element, this.articlePane)),
      listen(articlePane, 'scroll', () => this.follow(this.articlePane, this.element)),
    ];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.closeText();
  }

  private update(articleChanged: boolean): void {
    const layerId = this.display.paneLayer;
    const article = this.model.fullArticle;
    const layer = layerId === null ? undefined : this.model.layer(layerId);
    this.element.hidden = layer === undefined || article === null;
    if (layer === undefined || article === null) {
      this.closeText();
      return;
    }
    const editor = articleChanged || this.shown?.article !== article ? this.showText(article) : this.editor;
    if (editor === null) return;
    this.heading.textContent = `${layerAnnotatorName(layer, this.model)}’s layer “${layer.name}” (read-only)`;
    const positions = this.shown?.positions ?? null;
    const meta: LayerMarksMeta = {
      annotations: this.marks.annotations.filter((annotation) => annotation.layerId === layer.id),
      positions: this.marks.articleId === article.id ? positions : null,
      lookup: layerMarkLookup(this.model),
    };
    editor.dispatch(editor.state.tr.setMeta(layerMarksKey, meta));
    this.follow(this.articlePane, this.element);
  }

  private showText(article: Article): EditorView {
    const { doc, positions } = articleToDoc(article);
    const state = EditorState.create({ doc, plugins: [this.plugin] });
    this.shown = { article, positions };
    if (this.editor !== null) {
      this.editor.updateState(state);
      return this.editor;
    }
    this.editor = new EditorView(this.body, {
      state,
      editable: () => false,
      attributes: { class: 'article-body', role: 'document', 'aria-labelledby': this.headingId },
    });
    return this.editor;
  }

  private closeText(): void {
    this.editor?.destroy();
    this.editor = null;
    this.shown = null;
  }

  private follow(from: HTMLElement, to: HTMLElement): void {
    if (this.element.hidden || this.following === from) {
      this.following = null;
      return;
    }
    const range = from.scrollHeight - from.clientHeight;
    const share = range <= 0 ? 0 : from.scrollTop / range;
    const target = Math.round(share * Math.max(0, to.scrollHeight - to.clientHeight));
    if (Math.abs(to.scrollTop - target) < 1) return;
    this.following = to;
    to.scrollTop = target;
  }
}
