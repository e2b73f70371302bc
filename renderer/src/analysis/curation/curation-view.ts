import type { CommandId } from '../../../../shared/commands/command-catalog';
import type { ArticleId } from '../../../../shared/model/article';
import type { CurationChoice, CurationItem, CurationQuery, Disagreement } from '../../../../shared/model/curation';
import type { LayerRef } from '../../../../shared/model/layer';
import { h } from '../../dom/element-builder';
import { DisposableStore, toDisposable } from '../../lifecycle/disposable';
import type { AnalysisContext, AnalysisView, AnalysisViewKind } from '../analysis-view';
import { LayerChoices } from '../layer-choices';
import type { CurationActions } from './curation-desk';
import { CurationWalk, curatedVersion } from './curation-walk';
import { textAround, type TextPiece } from './text-around';

const KIND_TEXT: Record<Disagreement['kind'], string> = {
  boundary: 'Boundaries differ',
  label: 'Labels differ',
  'only-a': 'Only in layer A',
  'only-b': 'Only in layer B',
  claim: 'The claim is coded differently',
};

const CHOICE_TEXT: Record<CurationChoice, string> = {
  a: 'Accepted A',
  b: 'Accepted B',
  both: 'Accepted both',
  reject: 'Rejected both',
  edited: 'Edited by hand',
};

/** The walk's buttons, each running its command (so its key and title are the registry's). */
const BUTTONS: readonly { id: CommandId; text: string }[] = [
  { id: 'curation-accept-a', text: 'Accept A' },
  { id: 'curation-accept-b', text: 'Accept B' },
  { id: 'curation-accept-both', text: 'Accept both' },
  { id: 'curation-reject', text: 'Reject' },
  { id: 'curation-edit', text: 'Edit' },
  { id: 'curation-previous', text: 'Previous' },
  { id: 'curation-next', text: 'Next' },
  { id: 'undo', text: 'Undo' },
];

const ARTICLE_TEXTS_KEPT = 20;
const RELOAD_DELAY_MS = 200;

/**
 * Curation of two layers' disagreements, one at a time: the text around it with A's, B's and the
 * curated version side by side, what differs in a claim, and who decided what. Every decision is
 * `curation.decide` (one undoable step); the view follows decisions and annotations through the
 * model's change sets and asks for the list again only when annotations changed by other means.
 */
class CurationView implements AnalysisView, CurationActions {
  readonly element: HTMLElement;
  private readonly store = new DisposableStore();
  private readonly layers: LayerChoices;
  private readonly walk = new CurationWalk();
  private readonly articleTexts = new Map<ArticleId, string>();
  /** Articles whose text is on its way, so drawing again meanwhile does not ask twice. */
  private readonly textsAsked = new Set<ArticleId>();
  private readonly layerBar = h('div', { className: 'curation-layers' });
  private readonly progress = h('span', { className: 'analysis-count', attrs: { role: 'status' } });
  private readonly walkElement: HTMLElement;
  private readonly body = h('div', { className: 'curation-body' });
  private a: LayerRef | undefined;
  private b: LayerRef | undefined;
  private stale = true;
  private loading = 0;
  private deciding = false;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private message = 'Choose two layers to curate.';

  constructor(private readonly context: AnalysisContext) {
    this.layers = new LayerChoices(context.model);
    const desk = context.curationDesk;
    this.store.add(desk.attach(this));
    this.walkElement = h(
      'div',
      {
        className: 'curation-walk',
        attrs: {
          tabindex: 0,
          role: 'group',
          'aria-label': 'Disagreement — A, B, H accept, R reject, E edit, N and P move, U undo',
        },
      },
      [this.body, this.buttons()],
    );
    this.walkElement.addEventListener('keydown', (event) => {
      if (desk.commands.handleKey(event)) event.preventDefault();
    });
    this.store.addRelease(
      context.model.subscribe((change) => {
        if (change.kind === 'curation-decisions') this.followDecisions(change.decided, change.undone);
        else if (change.kind === 'corpus-annotations' && !change.curated) this.markStale();
        else if (change.kind === 'project') {
          this.articleTexts.clear();
          this.markStale();
        } else if (change.kind === 'labels' || change.kind === 'articles') this.render();
        else if (change.kind === 'layers') this.refreshLayers();
      }),
    );
    this.store.add(toDisposable(() => clearTimeout(this.reloadTimer)));
    this.element = h('section', { className: 'analysis-view curation-view', attrs: { 'aria-label': 'Curation' } }, [
      h('div', { className: 'analysis-view-bar' }, [this.layerBar, this.progress]),
      this.walkElement,
    ]);
    this.render();
  }

  get isShown(): boolean {
    return this.element.isConnected && this.element.checkVisibility();
  }

  show(): void {
    this.refreshLayers();
    if (this.stale) this.reload().catch((error: unknown) => this.context.reportError(error));
  }

  dispose(): void {
    this.store.dispose();
  }

  async decide(choice: Exclude<CurationChoice, 'edited'>): Promise<void> {
    await this.record(choice);
  }

  async edit(): Promise<void> {
    const current = this.walk.current;
    if (current === undefined) return;
    this.context.openArticle(current.articleId, current.start);
    await this.record('edited');
  }

  step(by: 1 | -1): void {
    if (this.walk.step(by)) this.render();
  }

  private get query(): CurationQuery | undefined {
    return this.a === undefined || this.b === undefined || this.a === this.b ? undefined : { a: this.a, b: this.b };
  }

  /** Decides the disagreement shown and moves on; a key pressed again before the answer is ignored. */
  private async record(choice: CurationChoice): Promise<void> {
    const current = this.walk.current;
    const query = this.query;
    if (current === undefined || query === undefined || this.deciding) return;
    this.deciding = true;
    try {
      const decision = await this.context.api.invoke('curation.decide', { query, key: current.key, choice });
      // The change set may have brought it already; applying it again changes nothing.
      this.walk.applyDecisions([decision], []);
      if (this.walk.current?.key === current.key) this.walk.advance();
      this.render();
    } finally {
      this.deciding = false;
    }
  }

  private followDecisions(decided: Parameters<CurationWalk['applyDecisions']>[0], undone: readonly string[]): void {
    if (!this.walk.applyDecisions(decided, undone)) return;
    const first = undone[0];
    if (first !== undefined) this.walk.goTo(first);
    this.render();
  }

  /** Annotations changed by other means than curation: the list is asked again once, when shown. */
  private markStale(): void {
    this.stale = true;
    if (!this.isShown) return;
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reload().catch((error: unknown) => this.context.reportError(error));
    }, RELOAD_DELAY_MS);
  }

  private refreshLayers(): void {
    const choices = this.layers.all;
    const known = (ref: LayerRef | undefined) => ref !== undefined && choices.some((choice) => choice.ref === ref);
    const a = known(this.a) ? this.a : choices[0]?.ref;
    const b = known(this.b) && this.b !== a ? this.b : choices.find((choice) => choice.ref !== a)?.ref;
    if (a !== this.a || b !== this.b) this.stale = true;
    this.a = a;
    this.b = b;
    this.renderLayers();
  }

  private async reload(): Promise<void> {
    const query = this.query;
    const asked = ++this.loading;
    this.stale = false;
    if (query === undefined) {
      this.message =
        this.layers.all.length < 2
          ? 'There is only the project’s own layer: import a colleague’s work as a layer to curate.'
          : 'Choose two different layers.';
      this.walk.replace([]);
      this.render();
      return;
    }
    const items = await this.context.api.invoke('curation.disagreements', query);
    if (asked !== this.loading) return;
    this.walk.replace(items);
    this.message = 'Layers A and B agree everywhere: nothing to curate.';
    this.render();
  }

  /** The text of the disagreement's article, asked once and kept for the next few. */
  private async articleText(id: ArticleId): Promise<string> {
    const kept = this.articleTexts.get(id);
    if (kept !== undefined) return kept;
    const { text } = await this.context.api.invoke('article.get', { id });
    if (this.articleTexts.size >= ARTICLE_TEXTS_KEPT) {
      const oldest = this.articleTexts.keys().next();
      if (oldest.done !== true) this.articleTexts.delete(oldest.value);
    }
    this.articleTexts.set(id, text);
    return text;
  }

  private renderLayers(): void {
    const picker = (name: 'A' | 'B', value: LayerRef | undefined, chosen: (ref: LayerRef) => void) => {
      const select = h(
        'select',
        { className: 'field-input field-select', attrs: { 'aria-label': `Layer ${name}` } },
        this.layers.all.map((choice, index) =>
          h('option', { attrs: { value: String(index), selected: choice.ref === value }, text: choice.name }),
        ),
      );
      select.addEventListener('change', () => {
        const choice = this.layers.all[Number(select.value)];
        if (choice === undefined) return;
        chosen(choice.ref);
        this.reload().catch((error: unknown) => this.context.reportError(error));
      });
      return h('label', { className: 'curation-layer' }, [`Layer ${name} `, select]);
    };
    this.layerBar.replaceChildren(
      picker('A', this.a, (ref) => (this.a = ref)),
      picker('B', this.b, (ref) => (this.b = ref)),
    );
  }

  private buttons(): HTMLElement {
    const { commands } = this.context.curationDesk;
    return h(
      'div',
      { className: 'curation-actions' },
      BUTTONS.map(({ id, text }) => {
        const { title, key } = commands.describe(id);
        const button = h('button', {
          className: 'button button-small',
          attrs: { type: 'button', title: key === undefined ? title : `${title} (${key})`, 'aria-keyshortcuts': key },
          text: key === undefined ? text : `${text} (${key})`,
        });
        button.addEventListener('click', () => commands.run(id));
        return button;
      }),
    );
  }

  private render(): void {
    this.progress.textContent = this.walk.total === 0 ? '' : this.walk.progress;
    const current = this.walk.current;
    if (current === undefined) {
      this.body.replaceChildren(h('p', { className: 'curation-empty', text: this.message }));
      return;
    }
    const text = this.articleTexts.get(current.articleId);
    if (text === undefined) {
      this.body.replaceChildren(h('p', { className: 'curation-empty', text: 'Loading the article…' }));
      const id = current.articleId;
      if (this.textsAsked.has(id)) return;
      this.textsAsked.add(id);
      this.articleText(id)
        .then(() => this.render())
        .catch((error: unknown) => this.context.reportError(error))
        .finally(() => this.textsAsked.delete(id));
      return;
    }
    const title = this.context.model.articleSummary(current.articleId)?.title ?? `Article ${current.articleId}`;
    const differences =
      current.differences.length === 0
        ? []
        : [
            h('div', { className: 'curation-differences' }, [
              h('h4', { text: 'What differs' }),
              h(
                'ul',
                {},
                current.differences.map((difference) => h('li', { text: difference })),
              ),
            ]),
          ];
    this.body.replaceChildren(
      h('h3', {
        className: 'curation-heading',
        text: `Disagreement ${this.walk.index + 1} of ${this.walk.total}: ${KIND_TEXT[current.kind]} — ${title}`,
      }),
      h('div', { className: 'curation-versions' }, [
        this.version(`A: ${this.layerName(this.a)}`, text, current, current.a === undefined ? [] : [current.a]),
        this.version(`B: ${this.layerName(this.b)}`, text, current, current.b === undefined ? [] : [current.b]),
        this.version('Curated (the project’s own)', text, current, curatedVersion(current)),
      ]),
      ...differences,
      h('p', { className: 'curation-decision', text: this.decisionText(current) }),
    );
  }

  private layerName(ref: LayerRef | undefined): string {
    return ref === undefined ? '' : this.layers.name(ref);
  }

  private decisionText({ decision }: Disagreement): string {
    if (decision === undefined) return 'Not decided yet.';
    const who = this.context.model.annotator(decision.decidedBy)?.name ?? 'an unknown annotator';
    return `${CHOICE_TEXT[decision.choice]} by ${who} on ${new Date(decision.decidedAt).toLocaleString()}.`;
  }

  private version(
    heading: string,
    text: string,
    disagreement: Disagreement,
    items: readonly CurationItem[],
  ): HTMLElement {
    const marks = items.flatMap((item) => item.fragments);
    return h('section', { className: 'curation-version', attrs: { 'aria-label': heading } }, [
      h('h4', { text: heading }),
      h('p', { className: 'curation-text' }, textAround(text, disagreement, marks).map(pieceElement)),
      items.length === 0
        ? h('p', { className: 'curation-none', text: 'No annotation here.' })
        : h(
            'ul',
            { className: 'curation-items' },
            items.map((item) => h('li', { text: this.itemText(item) })),
          ),
    ]);
  }

  /** A version in words: its label and text, its entity, and a claim's claimant, subjects and attributes. */
  private itemText(item: CurationItem): string {
    const label = (id: number) => this.context.model.label(id)?.name ?? `Label ${id}`;
    const parts = [`${label(item.labelId)}: “${item.quote}”`];
    const entity =
      item.entityName ?? (item.entityId === undefined ? undefined : this.context.model.entity(item.entityId)?.name);
    if (entity !== undefined) parts.push(`entity ${entity}`);
    const claim = item.claim;
    if (claim !== undefined) {
      if (claim.claimantName !== undefined) parts.push(`claimant ${claim.claimantName}`);
      if (claim.aboutNames.length > 0) parts.push(`about ${claim.aboutNames.join(', ')}`);
      for (const [attribute, value] of Object.entries(claim.attributes)) {
        parts.push(`${label(Number(attribute))} ${label(value)}`);
      }
    }
    return parts.join('; ');
  }
}

function pieceElement(piece: TextPiece): HTMLElement | string {
  return piece.marked ? h('mark', { className: 'curation-mark', text: piece.text }) : piece.text;
}

export const CURATION_VIEW: AnalysisViewKind = {
  id: 'curation',
  title: 'Curation',
  create: (context) => new CurationView(context),
};
