import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { SuggestionOptions, SuggestionRejection } from '../../../shared/model/suggestion';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId } from '../dom/element-builder';
import type { ModelChange } from '../model/model-change';
import type { WorkbenchModel } from '../model/workbench-model';
import { counted } from '../text/plural';
import { quoteInContext } from './quote-in-context';

export interface RejectionsDialogDeps {
  readonly api: Pick<WorkbenchApi, 'invoke'>;
  readonly model: Pick<WorkbenchModel, 'label' | 'subscribe'>;
  /** Runs a write through the save state; null when it failed (and was reported). */
  write<T>(action: () => Promise<T>): Promise<T | null>;
  reportError(error: unknown): void;
}

/**
 * The project's rejected suggestions, newest first, each with "Propose again", and the matching
 * options (ignore case, ignore diacritics) that decide what the registry proposes. What it shows
 * follows the change sets while it is open (an undo, another window), and it stops listening when
 * it closes.
 */
export class RejectionsDialog {
  private readonly deps: RejectionsDialogDeps;
  private readonly modal: ModalDialog<void>;
  private readonly summary: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly ignoreCase: HTMLInputElement;
  private readonly ignoreDiacritics: HTMLInputElement;
  private rejections: SuggestionRejection[] = [];
  /** The options as the project has them. */
  private options: SuggestionOptions = { ignoreCase: false, ignoreDiacritics: false };
  private release: (() => void) | null = null;

  constructor(deps: RejectionsDialogDeps) {
    this.deps = deps;
    const headingId = uniqueId('rejections-heading');
    this.summary = h('p', { className: 'dialog-message', attrs: { 'aria-live': 'polite' } });
    this.list = h('ul', {
      className: 'occurrence-list rejection-list',
      attrs: { 'aria-label': 'Rejected suggestions' },
    });
    this.ignoreCase = h('input', { attrs: { type: 'checkbox', name: 'ignore-case' } });
    this.ignoreDiacritics = h('input', { attrs: { type: 'checkbox', name: 'ignore-diacritics' } });
    const close = h('button', { className: 'button button-primary', attrs: { type: 'button' }, text: 'Close' });
    this.modal = new ModalDialog<void>(
      [
        h('header', { className: 'dialog-header' }, [
          h('h2', {
            className: 'dialog-heading',
            attrs: { id: headingId },
            text: 'Suggestions: matching and rejections',
          }),
        ]),
        h('div', { className: 'dialog-body' }, [
          h('fieldset', { className: 'suggestion-options' }, [
            h('legend', { text: 'When names in the registry are matched in the text' }),
            h('label', { className: 'suggestion-option' }, [this.ignoreCase, 'Ignore case (PUTIN is Putin)']),
            h('label', { className: 'suggestion-option' }, [this.ignoreDiacritics, 'Ignore accents (Sojgu is Šojgu)']),
          ]),
          h('h3', { className: 'dialog-subheading', text: 'Rejected suggestions' }),
          this.summary,
          this.list,
        ]),
        h('footer', { className: 'dialog-actions' }, [close]),
      ],
      {
        className: 'rejections-dialog',
        labelledBy: headingId,
        dismissed: undefined,
        onClosed: () => this.stopFollowing(),
      },
    );
    close.addEventListener('click', () => this.modal.dismiss());
    for (const box of [this.ignoreCase, this.ignoreDiacritics]) {
      box.addEventListener('change', () => void this.saveOptions());
    }
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  /** Loads the rejections and options, then shows them; resolves when closed. */
  async show(): Promise<void> {
    let loaded: [SuggestionRejection[], SuggestionOptions];
    try {
      loaded = await Promise.all([
        this.deps.api.invoke('suggestion.rejections'),
        this.deps.api.invoke('suggestion.options'),
      ]);
    } catch (error) {
      this.deps.reportError(error);
      return;
    }
    const [rejections, options] = loaded;
    this.rejections = rejections;
    this.showOptions(options);
    this.render();
    this.stopFollowing();
    this.release = this.deps.model.subscribe((change) => this.follow(change));
    await this.modal.open(this.list.querySelector('button') ?? this.ignoreCase);
  }

  private follow(change: ModelChange): void {
    if (change.kind === 'suggestion-options') this.showOptions(change.options);
    if (change.kind !== 'suggestion-rejections') return;
    const restored = new Set(change.restored);
    const kept = this.rejections.filter((rejection) => !restored.has(rejection.id));
    const rejected = new Set(change.rejected.map((rejection) => rejection.id));
    this.rejections = [...change.rejected, ...kept.filter((rejection) => !rejected.has(rejection.id))];
    this.render();
  }

  private stopFollowing(): void {
    this.release?.();
    this.release = null;
  }

  private showOptions(options: SuggestionOptions): void {
    this.options = options;
    this.ignoreCase.checked = options.ignoreCase;
    this.ignoreDiacritics.checked = options.ignoreDiacritics;
  }

  private async saveOptions(): Promise<void> {
    const options: SuggestionOptions = {
      ignoreCase: this.ignoreCase.checked,
      ignoreDiacritics: this.ignoreDiacritics.checked,
    };
    const saved = await this.deps.write(() => this.deps.api.invoke('suggestion.setOptions', options));
    // A refused change leaves the boxes as the project has them.
    if (saved === null) this.showOptions(this.options);
  }

  private render(): void {
    const count = this.rejections.length;
    this.summary.textContent =
      count === 0
        ? 'No suggestion has been rejected in this project.'
        : `${counted(count, 'suggestion is', 'suggestions are')} not proposed again. “Propose again” brings one back.`;
    const hadFocus = this.list.contains(document.activeElement);
    this.list.replaceChildren(...this.rejections.map((rejection) => this.row(rejection)));
    if (hadFocus) (this.list.querySelector('button') ?? this.ignoreCase).focus();
  }

  private row(rejection: SuggestionRejection): HTMLLIElement {
    const label = this.deps.model.label(rejection.labelId);
    const again = h('button', {
      className: 'button button-small',
      attrs: { type: 'button', 'aria-label': `Propose “${rejection.quote.exact}” again` },
      text: 'Propose again',
    });
    again.addEventListener('click', () => {
      void this.deps.write(() => this.deps.api.invoke('suggestion.unreject', { ids: [rejection.id] }));
    });
    return h('li', { className: 'rejection' }, [
      h('div', { className: 'rejection-text' }, [
        quoteInContext(rejection.quote),
        h('span', {
          className: 'rejection-detail',
          attrs: { dir: 'auto' },
          text: `${label?.name ?? 'Label'} · ${rejection.articleTitle}`,
        }),
      ]),
      again,
    ]);
  }
}
