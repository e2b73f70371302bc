import type { Plugin } from 'prosemirror-state';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Article, ArticleId } from '../../../shared/model/article';
import { codePointLength } from '../../../shared/text/code-points';
import { formatArticleDateLong, formatCharCount } from '../article-list/article-summary-format';
import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { articleSchema } from './article-schema';
import { articleToDoc } from './article-to-doc';
import type { TextPositionMap } from './text-position-map';

export interface ArticleViewOptions {
  /**
   * Extra ProseMirror plugins put into every article's state. This is where the annotation layer
   * plugs in: its plugin keeps the standoff annotations, maps them, and returns them from
   * `props.decorations`; `positions` converts its stored text offsets to document positions.
   */
  plugins?: readonly Plugin[];
}

export type PlaceholderKind = 'no-articles' | 'no-selection' | 'loading';

/** Loading is only announced if it takes this long, so fast loads do not flash a placeholder. */
const LOADING_DELAY_MS = 150;

/**
 * The main pane: the article's title as the page's single <h1> and its text in a ProseMirror view.
 * The view is read-only for now (`editable: false`) but keeps a real EditorState, so text selection,
 * decorations and later editing all go through ProseMirror as usual.
 */
export class ArticleView {
  readonly element: HTMLElement;
  private readonly article: HTMLElement;
  private readonly title: HTMLHeadingElement;
  private readonly meta: HTMLElement;
  private readonly placeholder: HTMLElement;
  private readonly editor: EditorView;
  private readonly plugins: readonly Plugin[];
  private shown: { id: ArticleId; positions: TextPositionMap } | null = null;
  private loadingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ArticleViewOptions = {}) {
    this.plugins = options.plugins ?? [];
    this.title = h('h1', { className: 'article-title', attrs: { id: 'article-title', dir: 'auto' } });
    this.meta = h('p', { className: 'article-meta' });
    const body = h('div', { className: 'article-body-container' });
    this.article = h('article', { className: 'article', attrs: { 'aria-labelledby': 'article-title', hidden: true } }, [
      h('header', { className: 'article-header' }, [this.title, this.meta]),
      body,
    ]);
    this.placeholder = h('div', { className: 'article-placeholder' });
    // The pane scrolls; tabindex -1 lets the skip link move focus here without adding a tab stop.
    this.element = h('main', { className: 'article-pane', attrs: { id: 'article-pane', tabindex: '-1' } }, [
      this.article,
      this.placeholder,
    ]);
    this.editor = new EditorView(body, {
      state: EditorState.create({ schema: articleSchema, plugins: [...this.plugins] }),
      editable: () => false,
      attributes: {
        class: 'article-body',
        role: 'document',
        'aria-label': 'Article body',
        // Focusable so keyboard users can select text and scroll; it is not editable.
        tabindex: '0',
        spellcheck: 'false',
      },
    });
    this.showPlaceholder('no-selection');
  }

  /** The ProseMirror view, for the annotation layer (posAtCoords, coordsAtPos, dispatch). */
  get editorView(): EditorView {
    return this.editor;
  }

  /** Position ↔ text offset map of the article on screen, or null if none is shown. */
  get positions(): TextPositionMap | null {
    return this.shown?.positions ?? null;
  }

  get articleId(): ArticleId | null {
    return this.shown?.id ?? null;
  }

  /** Shows an article. Throws InvalidArticleLayoutError (before touching the screen) if its blocks are broken. */
  show(article: Article): void {
    const { doc, positions } = articleToDoc(article);
    this.clearLoadingTimer();
    this.editor.updateState(EditorState.create({ doc, plugins: [...this.plugins] }));
    this.shown = { id: article.id, positions };
    this.title.textContent = article.title || 'Untitled article';
    this.meta.replaceChildren(
      h('time', { attrs: { datetime: article.createdAt }, text: formatArticleDateLong(article.createdAt) }),
      h('span', { className: 'article-meta-separator', attrs: { 'aria-hidden': 'true' }, text: '·' }),
      h('span', { text: formatCharCount(codePointLength(article.text)) }),
    );
    this.article.hidden = false;
    this.placeholder.hidden = true;
    this.element.scrollTop = 0;
  }

  showPlaceholder(kind: PlaceholderKind): void {
    this.clearLoadingTimer();
    if (kind === 'loading') {
      // Keep the previous article visible briefly; most articles load faster than a flash would last.
      this.loadingTimer = setTimeout(() => this.renderPlaceholder('loading'), LOADING_DELAY_MS);
      return;
    }
    this.renderPlaceholder(kind);
  }

  /** Keeps the article on screen after all: a load announced with `showPlaceholder('loading')` was dropped. */
  cancelLoading(): void {
    this.clearLoadingTimer();
  }

  private renderPlaceholder(kind: PlaceholderKind): void {
    this.shown = null;
    this.article.hidden = true;
    this.title.textContent = '';
    this.editor.updateState(EditorState.create({ schema: articleSchema, plugins: [...this.plugins] }));
    this.placeholder.hidden = false;
    this.placeholder.replaceChildren(...placeholderContent(kind));
  }

  private clearLoadingTimer(): void {
    if (this.loadingTimer !== undefined) clearTimeout(this.loadingTimer);
    this.loadingTimer = undefined;
  }
}

function placeholderContent(kind: PlaceholderKind): Node[] {
  const shortcut = navigator.platform.startsWith('Mac') ? '⌘V' : 'Ctrl+V';
  switch (kind) {
    case 'loading':
      return [h('p', { className: 'placeholder-title', attrs: { role: 'status' }, text: 'Loading article…' })];
    case 'no-selection':
      return [
        icon('document', 'placeholder-icon'),
        h('p', { className: 'placeholder-title', text: 'No article open' }),
        h('p', { className: 'placeholder-hint', text: 'Choose an article from the list to read it.' }),
      ];
    case 'no-articles':
      return [
        icon('document', 'placeholder-icon'),
        h('p', { className: 'placeholder-title', text: 'This project has no articles yet' }),
        h('p', { className: 'placeholder-hint' }, [
          'Copy an article’s text and press ',
          h('kbd', { text: shortcut }),
          ' anywhere in this window, or use ',
          h('strong', { text: 'New article' }),
          ' in the toolbar.',
        ]),
      ];
  }
}
