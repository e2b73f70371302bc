import type { EntityMention } from '../../../shared/model/annotation';
import { h } from '../dom/element-builder';

/** Mentions drawn at once; an entity mentioned more often gets a "Show more" button. */
const PAGE = 200;

export interface MentionActions {
  open(mention: EntityMention): void;
  split(mention: EntityMention): void;
}

/** An entity's mentions across the corpus: article title and the quote in its context. */
export class EntityMentionList {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly moreButton: HTMLButtonElement;
  private readonly actions: MentionActions;
  private mentions: readonly EntityMention[] = [];
  private shown = PAGE;

  constructor(actions: MentionActions) {
    this.actions = actions;
    this.heading = h('h3', { className: 'section-label' });
    this.list = h('ul', { className: 'entity-mentions' });
    this.moreButton = h('button', { className: 'button button-small button-quiet', attrs: { type: 'button' } });
    this.moreButton.addEventListener('click', () => {
      this.shown += PAGE;
      this.render();
    });
    this.element = h('section', { className: 'details-section entity-mentions-section' }, [
      this.heading,
      this.list,
      this.moreButton,
    ]);
  }

  show(mentions: readonly EntityMention[] | null): void {
    this.mentions = mentions ?? [];
    this.shown = PAGE;
    this.heading.textContent = mentions === null ? 'Mentions (loading…)' : `Mentions (${mentions.length})`;
    this.render();
  }

  private render(): void {
    this.list.replaceChildren(...this.mentions.slice(0, this.shown).map((mention) => this.row(mention)));
    const left = this.mentions.length - this.shown;
    this.moreButton.hidden = left <= 0;
    this.moreButton.textContent = `Show more (${left} left)`;
  }

  private row(mention: EntityMention): HTMLLIElement {
    const open = h('button', { className: 'entity-mention-open', attrs: { type: 'button' } }, [
      h('span', {
        className: 'entity-mention-title',
        attrs: { dir: 'auto' },
        text: mention.articleTitle || 'Untitled',
      }),
      h('span', { className: 'entity-mention-quote', attrs: { dir: 'auto' } }, [
        contextText(mention.quote.prefix, 'before'),
        h('mark', { text: mention.quote.exact }),
        contextText(mention.quote.suffix, 'after'),
      ]),
    ]);
    open.addEventListener('click', () => this.actions.open(mention));
    const split = h('button', {
      className: 'button button-small button-quiet entity-mention-split',
      attrs: {
        type: 'button',
        'aria-label': `Split off “${mention.quote.exact}” in ${mention.articleTitle} as a new entity`,
      },
      text: 'Split off…',
    });
    split.addEventListener('click', () => this.actions.split(mention));
    return h('li', { className: 'entity-mention' }, [open, split]);
  }
}

/** Context on one line, cut at a word so it does not start or end mid-word. */
function contextText(text: string, side: 'before' | 'after'): string {
  const flat = text.replace(/\s+/gu, ' ');
  if (side === 'before') return flat.length < 32 ? flat : `…${flat.replace(/^\S*\s?/u, '')}`;
  return flat.length < 32 ? flat : `${flat.replace(/\s?\S*$/u, '')}…`;
}
