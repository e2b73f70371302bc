import type { ArticleId } from '../../../shared/model/article';
import type { Suggestion } from '../../../shared/model/suggestion';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId } from '../dom/element-builder';
import { counted } from '../text/plural';
import { quoteInContext } from './quote-in-context';

/** The occurrences of one article, as `suggestion.occurrences` groups them. */
export interface ArticleOccurrences {
  readonly articleId: ArticleId;
  readonly articleTitle: string;
  readonly suggestions: readonly Suggestion[];
}

/** Rows drawn at a time: the list grows by this many as its end scrolls into view. */
export const OCCURRENCE_ROWS_PER_PAGE = 200;

interface Group {
  readonly title: string;
  /** Indices into the flat list of occurrences: [first, end). */
  readonly first: number;
  readonly end: number;
}

/**
 * The review of a corpus-wide "annotate all": every occurrence in context, grouped by article,
 * each with a tick box (all ticked) and one per article for all of its occurrences. A frequent name
 * has thousands, so the rows are drawn a page at a time as the list scrolls (or "Show more" is
 * pressed); what is ticked is kept apart from the rows, so undrawn ones count too. Nothing is
 * written until "Annotate" is pressed.
 */
export class OccurrencesDialog {
  private readonly modal: ModalDialog<Suggestion[] | null>;
  private readonly heading: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly more: HTMLButtonElement;
  private readonly confirmButton: HTMLButtonElement;
  private readonly observer: IntersectionObserver | null;
  private occurrences: Suggestion[] = [];
  private groups: Group[] = [];
  private ticked: boolean[] = [];
  private tickedCount = 0;
  /** Occurrences drawn so far (a prefix of the flat list). */
  private drawn = 0;
  /** The group the next row to draw belongs to, and its drawn nested list to add rows to. */
  private groupCursor = 0;
  private openGroupList: HTMLUListElement | null = null;

  constructor() {
    const headingId = uniqueId('occurrences-heading');
    this.heading = h('h2', { className: 'dialog-heading', attrs: { id: headingId } });
    this.summary = h('p', { className: 'dialog-message', attrs: { 'aria-live': 'polite' } });
    this.list = h('ul', { className: 'occurrence-list corpus-occurrences', attrs: { 'aria-label': 'Occurrences' } });
    this.more = h('button', { className: 'button button-quiet', attrs: { type: 'button' }, text: 'Show more' });
    const tickAll = h('button', { className: 'button button-quiet', attrs: { type: 'button' }, text: 'Tick all' });
    const untickAll = h('button', { className: 'button button-quiet', attrs: { type: 'button' }, text: 'Untick all' });
    const cancel = h('button', { className: 'button', attrs: { type: 'button' }, text: 'Cancel' });
    this.confirmButton = h('button', { className: 'button button-primary', attrs: { type: 'button' } });
    this.modal = new ModalDialog<Suggestion[] | null>(
      [
        h('header', { className: 'dialog-header' }, [this.heading]),
        h('div', { className: 'dialog-body' }, [
          this.summary,
          h('div', { className: 'occurrence-tools' }, [tickAll, untickAll]),
          this.list,
          this.more,
        ]),
        h('footer', { className: 'dialog-actions' }, [cancel, this.confirmButton]),
      ],
      {
        className: 'annotate-all-dialog occurrences-dialog',
        labelledBy: headingId,
        dismissed: null,
        keepScrollOnReturn: true,
      },
    );
    cancel.addEventListener('click', () => this.modal.dismiss());
    this.confirmButton.addEventListener('click', () =>
      this.modal.settle(this.occurrences.filter((_, i) => this.ticked[i] === true)),
    );
    tickAll.addEventListener('click', () => this.tickRange(0, this.occurrences.length, true));
    untickAll.addEventListener('click', () => this.tickRange(0, this.occurrences.length, false));
    this.more.addEventListener('click', () => this.drawMore());
    this.list.addEventListener('change', (event) => this.onBoxChanged(event.target));
    // The list grows as its end comes into view; "Show more" does it from the keyboard too.
    this.observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            if (entries.some((entry) => entry.isIntersecting)) this.drawMore();
          });
    this.observer?.observe(this.more);
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  /** Resolves with the ticked occurrences, or null if cancelled. */
  confirm(title: string, articles: readonly ArticleOccurrences[]): Promise<Suggestion[] | null> {
    this.heading.textContent = title;
    this.occurrences = [];
    this.groups = [];
    for (const article of articles) {
      const first = this.occurrences.length;
      this.occurrences.push(...article.suggestions);
      this.groups.push({ title: article.articleTitle, first, end: this.occurrences.length });
    }
    this.ticked = this.occurrences.map(() => true);
    this.tickedCount = this.occurrences.length;
    this.drawn = 0;
    this.groupCursor = 0;
    this.openGroupList = null;
    this.list.replaceChildren();
    this.list.scrollTop = 0;
    this.drawMore();
    this.updateCount();
    return this.modal.open(this.confirmButton);
  }

  /** Draws the next page of rows, continuing the group the last page ended in. */
  private drawMore(): void {
    const end = Math.min(this.occurrences.length, this.drawn + OCCURRENCE_ROWS_PER_PAGE);
    for (let index = this.drawn; index < end; index++) {
      while ((this.groups[this.groupCursor]?.end ?? Infinity) <= index) {
        this.groupCursor += 1;
        this.openGroupList = null;
      }
      const group = this.groups[this.groupCursor];
      if (group === undefined) break;
      if (this.openGroupList === null) {
        this.openGroupList = h('ul', { className: 'occurrence-group-list' });
        this.list.append(
          h('li', { className: 'occurrence-group' }, [this.groupHeader(group, this.groupCursor), this.openGroupList]),
        );
      }
      this.openGroupList.append(this.row(index));
    }
    this.drawn = end;
    this.more.hidden = this.drawn >= this.occurrences.length;
    this.more.textContent = `Show more (${counted(this.occurrences.length - this.drawn, 'occurrence', 'occurrences')} left)`;
  }

  private groupHeader(group: Group, groupIndex: number): HTMLElement {
    const box = h('input', { attrs: { type: 'checkbox', 'data-group': String(groupIndex) } });
    this.showGroupTicks(box, group);
    return h('label', { className: 'occurrence-group-label', attrs: { dir: 'auto' } }, [
      box,
      h('span', { className: 'occurrence-group-title', text: group.title }),
      h('span', { className: 'occurrence-group-count', text: `(${group.end - group.first})` }),
    ]);
  }

  private row(index: number): HTMLLIElement {
    const occurrence = this.occurrences[index];
    const box = h('input', { attrs: { type: 'checkbox', 'data-index': String(index) } });
    box.checked = this.ticked[index] === true;
    return h('li', { className: 'occurrence' }, [
      h('label', { className: 'occurrence-label' }, [
        box,
        occurrence === undefined ? '' : quoteInContext(occurrence.quote),
      ]),
    ]);
  }

  private onBoxChanged(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement)) return;
    const group = target.dataset.group;
    if (group !== undefined) {
      const { first, end } = this.groups[Number(group)] ?? { first: 0, end: 0 };
      this.tickRange(first, end, target.checked);
      return;
    }
    const index = Number(target.dataset.index);
    if (this.ticked[index] === target.checked) return;
    this.ticked[index] = target.checked;
    this.tickedCount += target.checked ? 1 : -1;
    this.refreshGroupBoxes();
    this.updateCount();
  }

  private tickRange(first: number, end: number, ticked: boolean): void {
    for (let index = first; index < end; index++) {
      if (this.ticked[index] === ticked) continue;
      this.ticked[index] = ticked;
      this.tickedCount += ticked ? 1 : -1;
    }
    for (const box of this.list.querySelectorAll<HTMLInputElement>('input[data-index]')) {
      box.checked = this.ticked[Number(box.dataset.index)] === true;
    }
    this.refreshGroupBoxes();
    this.updateCount();
  }

  private refreshGroupBoxes(): void {
    for (const box of this.list.querySelectorAll<HTMLInputElement>('input[data-group]')) {
      const group = this.groups[Number(box.dataset.group)];
      if (group !== undefined) this.showGroupTicks(box, group);
    }
  }

  private showGroupTicks(box: HTMLInputElement, group: Group): void {
    let ticked = 0;
    for (let index = group.first; index < group.end; index++) if (this.ticked[index] === true) ticked++;
    box.checked = ticked === group.end - group.first;
    box.indeterminate = ticked > 0 && !box.checked;
    box.setAttribute('aria-label', `All ${group.end - group.first} in “${group.title}”`);
  }

  private updateCount(): void {
    const ticked = this.tickedCount;
    const articles = counted(this.groups.length, 'article', 'articles');
    this.summary.textContent = `${ticked} of ${counted(this.occurrences.length, 'occurrence', 'occurrences')} in ${articles} will be annotated, as one step you can undo.`;
    this.confirmButton.textContent = ticked === 1 ? 'Annotate 1' : `Annotate ${ticked}`;
    this.confirmButton.disabled = ticked === 0;
  }
}
