import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { Plugin } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Article, ArticleId, ArticleSummary } from '../../../shared/model/article';
import type { CommandRegistry } from '../commands/command-registry';
import { formatArticleDateLong, formatCharCount, formatPublishedDate } from '../article-list/article-summary-format';
import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { DisposableStore, listen, type Disposable } from '../lifecycle/disposable';
import { articleSchema } from './article-schema';
import { articleToDoc } from './article-to-doc';
import { LinkMenu } from './link-menu';
import { openInBrowser } from './link-target';
import { TextPositionMap, type TextRange } from './text-position-map';
import { EDIT_TRACKER_SAVED_META, editTracker, editsSinceSave } from './edit-tracker';
import { holdEdits, isEditing, readOnlyGuard, setEditing } from './read-only-guard';
import { setTransientRange, transientHighlights, transientRange } from './transient-highlights';

export interface ArticleViewOptions {
  /**
   * Extra ProseMirror plugins put into every article's state. This is where the annotation layer
   * plugs in: its plugin keeps the standoff annotations, maps them, and returns them from
   * `props.decorations`; `positions` converts its stored text offsets to document positions.
   */
  plugins?: readonly Plugin[];
  /**
   * Runs the article's keys (`on: 'article'` in the command catalog) and the header's buttons:
   * "Edit text" and "Move to trash".
   */
  commands: Pick<CommandRegistry, 'run' | 'handleKey'>;
  /** "Copy link address" in the link menu. */
  onCopyLink?(href: string): void;
  /** A link was asked to open but is not a web address. */
  onLinkNotOpenable?(href: string): void;
}

export type PlaceholderKind = 'no-articles' | 'no-selection' | 'loading';

/** Loading is only announced if it takes this long, so fast loads do not flash a placeholder. */
const LOADING_DELAY_MS = 150;
/** How long a revealed search hit stays tinted (the CSS fade runs inside this). */
const FLASH_MS = 2_000;
/** Where a revealed hit lands in the pane: a third from the top reads more naturally than dead centre. */
const REVEAL_AT = 1 / 3;

/**
 * The main pane: the article's title as the page's single <h1>, a meta line, and its text in a
 * ProseMirror view. The view is read-only for now (`editable: false`) but keeps a real EditorState,
 * so text selection, decorations and later editing all go through ProseMirror as usual.
 *
 * Links are spans, not anchors: a plain click selects text like anywhere else; Ctrl/Cmd+click or
 * the context menu (right click, or the Menu key / Shift+F10 with the caret in a link) opens them.
 */
export class ArticleView implements Disposable {
  readonly element: HTMLElement;
  private readonly article: HTMLElement;
  private readonly title: HTMLHeadingElement;
  private readonly meta: HTMLElement;
  private readonly placeholder: HTMLElement;
  private readonly editor: EditorView;
  private readonly plugins: readonly Plugin[];
  private readonly options: ArticleViewOptions;
  private readonly linkMenu: LinkMenu;
  private readonly editButton: HTMLButtonElement;
  private shown: { id: ArticleId; positions: TextPositionMap } | null = null;
  private loadingTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions = new DisposableStore();

  constructor(options: ArticleViewOptions) {
    this.options = options;
    this.plugins = [...(options.plugins ?? []), transientHighlights(), readOnlyGuard(), editTracker()];
    this.title = h('h1', { className: 'article-title', attrs: { id: 'article-title', dir: 'auto' } });
    this.meta = h('p', { className: 'article-meta' });
    const trashButton = h('button', {
      className: 'icon-button article-trash',
      attrs: { type: 'button', 'aria-label': 'Move to trash', title: 'Move to trash' },
    });
    trashButton.append(icon('trash'));
    trashButton.addEventListener('click', () => this.options.commands.run('trash-article', { source: 'button' }));
    this.editButton = h('button', {
      className: 'button button-quiet article-edit-button',
      attrs: { type: 'button', title: 'Edit the article text (F2)', 'aria-pressed': 'false' },
      text: 'Edit text',
    });
    this.editButton.addEventListener('click', () =>
      this.options.commands.run(this.editing ? 'finish-editing' : 'edit-text', { source: 'button' }),
    );
    const body = h('div', { className: 'article-body-container' });
    this.linkMenu = new LinkMenu({ copy: (href) => this.options.onCopyLink?.(href) });
    this.article = h('article', { className: 'article', attrs: { 'aria-labelledby': 'article-title', hidden: true } }, [
      h('header', { className: 'article-header' }, [
        h('div', { className: 'article-heading-row' }, [
          this.title,
          h('div', { className: 'article-actions' }, [this.editButton, trashButton]),
        ]),
        this.meta,
      ]),
      body,
    ]);
    this.placeholder = h('div', { className: 'article-placeholder' });
    // The pane scrolls; tabindex -1 lets the skip link move focus here without adding a tab stop.
    this.element = h('main', { className: 'article-pane', attrs: { id: 'article-pane', tabindex: '-1' } }, [
      this.article,
      this.placeholder,
      this.linkMenu.element,
    ]);
    this.editor = new EditorView(body, {
      state: EditorState.create({ schema: articleSchema, plugins: [...this.plugins] }),
      // Editable as far as the browser is concerned, so there is a caret and Shift+arrows select
      // text from the keyboard; the read-only guard refuses every change outside edit mode.
      editable: () => true,
      attributes: (state) => ({
        class: isEditing(state) ? 'article-body editing' : 'article-body',
        role: isEditing(state) ? 'textbox' : 'document',
        'aria-label': isEditing(state) ? 'Article text (editing)' : 'Article body',
        'aria-multiline': isEditing(state) ? 'true' : 'false',
        'data-reading': isEditing(state) ? 'false' : 'true',
        tabindex: '0',
        spellcheck: 'false',
      }),
      handleKeyDown: (_view, event) => this.options.commands.handleKey(event, 'article'),
      handleDOMEvents: {
        mousedown: (_view, event) => this.onMouseDown(event),
        click: (_view, event) => this.onClick(event),
        contextmenu: (_view, event) => this.onContextMenu(event),
      },
    });
    this.listenForLinkModifier();
    this.showPlaceholder('no-selection');
  }

  dispose(): void {
    this.subscriptions.dispose();
    this.clearLoadingTimer();
    clearTimeout(this.flashTimer);
    this.linkMenu.close();
    this.editor.destroy();
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

  /** The selected article text, or null without an article or with only a caret. */
  selectedTextRange(): TextRange | null {
    if (this.shown === null) return null;
    const { from, to } = this.selectionDocRange();
    if (from === to) return null;
    const range = this.shown.positions.docRangeToTextRange({ from, to });
    return range.start < range.end ? range : null;
  }

  /**
   * The selection as document positions. The page's selection is read first: ProseMirror takes it
   * over on `selectionchange`, which can come after a key pressed right after a mouse selection.
   */
  private selectionDocRange(): { from: number; to: number } {
    const selection = document.getSelection();
    if (selection !== null && selection.rangeCount > 0) {
      const range = selection.getRangeAt(0);
      if (this.editor.dom.contains(range.startContainer) && this.editor.dom.contains(range.endContainer)) {
        try {
          const from = this.editor.posAtDOM(range.startContainer, range.startOffset);
          const to = this.editor.posAtDOM(range.endContainer, range.endOffset);
          return { from: Math.min(from, to), to: Math.max(from, to) };
        } catch {
          // A node ProseMirror does not render: use its own selection.
        }
      }
    }
    const { from, to } = this.editor.state.selection;
    return { from, to };
  }

  /** The caret as a text offset (the selection's moving end), or null without an article. */
  caretTextOffset(): number | null {
    if (this.shown === null) return null;
    return this.shown.positions.docPosToTextOffset(this.editor.state.selection.head);
  }

  /** Selects a text range (or puts the caret at its start) without scrolling. */
  selectTextRange(range: TextRange): void {
    if (this.shown === null) return;
    const { from, to } = this.shown.positions.textRangeToDocRange(range);
    this.editor.dispatch(this.editor.state.tr.setSelection(TextSelection.create(this.editor.state.doc, from, to)));
  }

  /** Scrolls a text range into view if it is not visible already. */
  scrollTextRangeIntoView(range: TextRange): void {
    if (this.shown === null) return;
    const { from } = this.shown.positions.textRangeToDocRange(range);
    const { node } = this.editor.domAtPos(from);
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'nearest' });
    const rect = this.editor.coordsAtPos(from);
    const pane = this.element.getBoundingClientRect();
    if (rect.top < pane.top || rect.bottom > pane.bottom) {
      this.element.scrollTop += rect.top - pane.top - pane.height * REVEAL_AT;
    }
  }

  focusText(): void {
    this.editor.focus();
  }

  get editing(): boolean {
    return isEditing(this.editor.state);
  }

  /** Edit mode lets the text itself change (OCR fixes, cutting boilerplate). */
  setEditing(editing: boolean): void {
    setEditing(this.editor, editing);
    this.editButton.textContent = editing ? 'Done editing' : 'Edit text';
    this.editButton.setAttribute('aria-pressed', String(editing));
  }

  /** Holds typing while an edit is being saved, so what is saved is what is on screen. */
  holdEdits(held: boolean): void {
    holdEdits(this.editor, held);
  }

  /** Whether the text on screen differs from the text last saved. */
  get hasUnsavedEdits(): boolean {
    return editsSinceSave(this.editor.state).maps.length > 0;
  }

  /** The edited document, the saved one's positions, and the mapping between them, to save the edit. */
  get pendingEdit(): { doc: ProseMirrorNode; positions: TextPositionMap; toSaved: Mapping } | null {
    if (this.shown === null) return null;
    return {
      doc: this.editor.state.doc,
      positions: this.shown.positions,
      toSaved: editsSinceSave(this.editor.state).invert(),
    };
  }

  /**
   * The edit on screen was saved as `article`: adopt it as the new saved version without
   * redrawing, so the caret, scroll position and focus stay where the analyst is typing. Throws
   * (and changes nothing) if the saved text does not match the document, which the caller then
   * shows afresh.
   */
  adoptSavedText(article: Article): void {
    if (this.shown?.id !== article.id) return;
    const positions = TextPositionMap.fromDocument(this.editor.state.doc, article.blocks, article.text.length);
    this.shown = { id: article.id, positions };
    this.editor.dispatch(this.editor.state.tr.setMeta(EDIT_TRACKER_SAVED_META.key, EDIT_TRACKER_SAVED_META.value));
  }

  /** Shows an article. Throws InvalidArticleLayoutError (before touching the screen) if its blocks are broken. */
  show(article: Article): void {
    const { doc, positions } = articleToDoc(article);
    this.clearLoadingTimer();
    this.linkMenu.close();
    this.editor.updateState(EditorState.create({ doc, plugins: [...this.plugins] }));
    this.shown = { id: article.id, positions };
    this.renderHeader(article);
    this.article.hidden = false;
    this.placeholder.hidden = true;
    this.element.scrollTop = 0;
  }

  /** Updates title and meta line after the article's metadata was edited, without rebuilding the text. */
  updateSummary(summary: ArticleSummary): void {
    if (this.shown?.id === summary.id) this.renderHeader(summary);
  }

  /**
   * Scrolls to a range of the article text, selects it and briefly tints it (a search hit).
   * ProseMirror does not put its selection into the page for a view that is not editable, so the
   * DOM selection is set here too; that is also what lets the analyst copy the hit straight away.
   */
  revealTextRange(range: TextRange): boolean {
    if (this.shown === null) return false;
    const length = this.shown.positions.textLength;
    const start = Math.min(Math.max(range.start, 0), length);
    const end = Math.min(Math.max(range.end, start), length);
    const { from, to } = this.shown.positions.textRangeToDocRange({ start, end });
    const tr = this.editor.state.tr.setSelection(TextSelection.create(this.editor.state.doc, from, to));
    this.editor.dispatch(tr);
    this.flash({ from, to });

    const anchor = this.editor.domAtPos(from);
    const head = this.editor.domAtPos(to);
    this.editor.dom.focus({ preventScroll: true });
    document.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset);
    this.scrollToDom(anchor.node, head);
    return true;
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

  private renderHeader(summary: ArticleSummary): void {
    this.title.textContent = summary.title || 'Untitled article';
    const { source, author, publishedAt } = summary.metadata;
    const parts: Node[] = [];
    if (source) parts.push(h('span', { className: 'article-meta-source', attrs: { dir: 'auto' }, text: source }));
    if (author) parts.push(h('span', { attrs: { dir: 'auto' }, text: author }));
    parts.push(
      publishedAt
        ? h('time', { attrs: { datetime: publishedAt, title: 'Published' }, text: formatPublishedDate(publishedAt) })
        : h('time', {
            attrs: { datetime: summary.createdAt, title: 'Added to the project' },
            text: `Added ${formatArticleDateLong(summary.createdAt)}`,
          }),
    );
    parts.push(h('span', { text: formatCharCount(summary.charCount) }));
    this.meta.replaceChildren(
      ...parts.flatMap((part, index) =>
        index === 0
          ? [part]
          : [h('span', { className: 'article-meta-separator', attrs: { 'aria-hidden': 'true' }, text: '·' }), part],
      ),
    );
  }

  private renderPlaceholder(kind: PlaceholderKind): void {
    this.shown = null;
    this.linkMenu.close();
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

  private flash(range: { from: number; to: number }): void {
    clearTimeout(this.flashTimer);
    setTransientRange(this.editor, 'flash', range);
    const state = this.editor.state;
    this.flashTimer = setTimeout(() => {
      // Only clear our own flash: a new article (new state) has none, and a newer flash keeps its own timer.
      if (this.editor.state.doc === state.doc && transientRange(this.editor.state, 'flash') !== null) {
        setTransientRange(this.editor, 'flash', null);
      }
    }, FLASH_MS);
  }

  /** Puts the start of the DOM range a third of the way down the pane (or leaves it if it is already in view). */
  private scrollToDom(startNode: Node, end: { node: Node; offset: number }): void {
    const block = startNode instanceof Element ? startNode : startNode.parentElement;
    // Off-screen blocks are not laid out (content-visibility), so bring the block near first, then measure.
    block?.scrollIntoView({ block: 'nearest' });
    const selection = document.getSelection();
    const rect =
      selection !== null && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    if (rect === null || (rect.width === 0 && rect.height === 0)) {
      block?.scrollIntoView({ block: 'center' });
      return;
    }
    const pane = this.element.getBoundingClientRect();
    if (rect.top >= pane.top && rect.bottom <= pane.bottom && end.node.isConnected) return;
    this.element.scrollTop += rect.top - pane.top - pane.height * REVEAL_AT;
  }

  /**
   * Ctrl/Cmd+click is ProseMirror's "select the whole block" gesture, which a read-only article has
   * no use for and which would swallow the click meant for a link (and hide the caret afterwards).
   * Such presses are kept from ProseMirror; on a link the page's own handling is stopped too, so
   * the caret stays where it was while the link opens.
   */
  private onMouseDown(event: MouseEvent): boolean {
    if (!(event.ctrlKey || event.metaKey) || event.button !== 0) return false;
    if (linkHrefOf(event.target) !== null) event.preventDefault();
    return true;
  }

  /** Ctrl/Cmd+click on a link opens it; any other click is ordinary text selection. */
  private onClick(event: MouseEvent): boolean {
    if (!(event.ctrlKey || event.metaKey) || event.button !== 0) return false;
    const href = linkHrefOf(event.target);
    if (href === null) return false;
    event.preventDefault();
    if (!openInBrowser(href)) this.options.onLinkNotOpenable?.(href);
    return true;
  }

  /** The link menu, for a right click on a link or the Menu key with the caret inside one. */
  private onContextMenu(event: MouseEvent): boolean {
    const state = this.editor.state;
    // From the keyboard the event targets the focused element (the body itself): use the caret.
    // From the pointer it targets the text that was clicked, whatever the caret.
    const fromKeyboard = event.target === this.editor.dom;
    let href: string | null;
    let range: { from: number; to: number } | null;
    if (fromKeyboard) {
      const found = linkAround(state, this.caretPosition());
      href = found?.href ?? null;
      range = found?.range ?? null;
    } else {
      href = linkHrefOf(event.target);
      const pos = href === null ? 0 : this.editor.posAtDOM(event.target as Node, 0);
      range = href === null ? null : (linkAround(state, pos + 1)?.range ?? linkAround(state, pos)?.range ?? null);
    }
    if (href === null) return false;
    event.preventDefault();
    setTransientRange(this.editor, 'link-anchor', range);
    this.linkMenu.open(href, () => {
      if (this.shown !== null) setTransientRange(this.editor, 'link-anchor', null);
      const focused = document.activeElement;
      if (focused === null || focused === document.body || this.linkMenu.element.contains(focused)) {
        this.editor.dom.focus({ preventScroll: true });
      }
    });
    return true;
  }

  /**
   * Where the caret is. In a read-only view a click moves the page's selection but not always
   * ProseMirror's, so the page's selection is asked first.
   */
  private caretPosition(): number {
    const selection = document.getSelection();
    const node = selection?.focusNode ?? null;
    if (selection !== null && node !== null && this.editor.dom.contains(node)) {
      try {
        return this.editor.posAtDOM(node, selection.focusOffset);
      } catch {
        // A node ProseMirror does not render (none today): fall back to its own selection.
      }
    }
    return this.editor.state.selection.head;
  }

  /** While Ctrl/Cmd is held, links show a pointer: the hint that a click would now open them. */
  private listenForLinkModifier(): void {
    const update = (event: KeyboardEvent | MouseEvent) =>
      this.article.classList.toggle('links-openable', event.ctrlKey || event.metaKey);
    this.subscriptions.add(listen(window, 'keydown', update));
    this.subscriptions.add(listen(window, 'keyup', update));
    this.article.addEventListener('mousemove', update);
    this.subscriptions.add(listen(window, 'blur', () => this.article.classList.remove('links-openable')));
  }
}

function linkHrefOf(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  const link = element?.closest<HTMLElement>('.article-link');
  return link?.dataset['href'] ?? null;
}

/** The link mark at `pos` and the whole range it covers in its textblock, or null. */
function linkAround(state: EditorState, pos: number): { href: string; range: { from: number; to: number } } | null {
  const linkType = state.schema.marks['link'];
  if (linkType === undefined) return null;
  const $pos = state.doc.resolve(Math.min(Math.max(pos, 0), state.doc.content.size));
  const parent = $pos.parent;
  if (!parent.isTextblock) return null;
  const start = $pos.start();
  let found: { href: string; range: { from: number; to: number } } | null = null;
  const offset = $pos.parentOffset;
  parent.forEach((child, childOffset) => {
    if (found !== null || !child.isText) return;
    const mark = linkType.isInSet(child.marks);
    // Inclusive at both ends, so a caret right after a link still finds it.
    if (mark && childOffset <= offset && offset <= childOffset + child.nodeSize) {
      found = {
        href: String(mark.attrs['href']),
        range: { from: start + childOffset, to: start + childOffset + child.nodeSize },
      };
    }
  });
  return found;
}

function placeholderContent(kind: PlaceholderKind): Node[] {
  const shortcut = navigator.platform.startsWith('Mac') ? '⌘V' : 'Ctrl+V';
  switch (kind) {
    case 'loading':
      return [h('p', { className: 'placeholder-title', attrs: { role: 'status' }, text: 'Loading article…' })];
    case 'no-selection':
      return [
        icon('document', 'icon placeholder-icon'),
        h('p', { className: 'placeholder-title', text: 'No article open' }),
        h('p', { className: 'placeholder-hint', text: 'Choose an article from the list to read it.' }),
      ];
    case 'no-articles':
      return [
        icon('document', 'icon placeholder-icon'),
        h('p', { className: 'placeholder-title', text: 'This project has no articles yet' }),
        h('p', { className: 'placeholder-hint' }, [
          'Drop files on this window, use ',
          h('strong', { text: 'Import' }),
          ' or ',
          h('strong', { text: 'New article' }),
          ' in the toolbar, or copy an article’s text and press ',
          h('kbd', { text: shortcut }),
          ' anywhere here.',
        ]),
      ];
  }
}
