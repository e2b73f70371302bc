import { ARTICLE_LIMITS, Tag } from '../../../shared/model/article';
import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';

export interface TagInputCallbacks {
  /** The tags changed (a tag added or removed). */
  onChange(tags: readonly string[]): void;
  /** A tag could not be added; the sentence says why (empty message clears). */
  onError(message: string): void;
}

/**
 * A chip input for tags: each tag is a chip with a remove button, followed by a text field.
 * Enter adds what was typed; Backspace in the empty field removes the last tag. Every change is
 * announced through a polite live region, because chips appearing and vanishing are silent otherwise.
 */
export class TagInput {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly chips: HTMLUListElement;
  private readonly announcer: HTMLElement;
  private readonly callbacks: TagInputCallbacks;
  private tags: string[] = [];

  constructor(inputId: string, describedBy: string, callbacks: TagInputCallbacks) {
    this.callbacks = callbacks;
    this.chips = h('ul', { className: 'tag-chips', attrs: { 'aria-label': 'Current tags' } });
    this.input = h('input', {
      className: 'tag-input-field',
      attrs: {
        id: inputId,
        type: 'text',
        dir: 'auto',
        autocomplete: 'off',
        spellcheck: 'false',
        maxlength: ARTICLE_LIMITS.tagMaxChars,
        placeholder: 'Add a tag',
        'aria-describedby': describedBy,
      },
    });
    this.announcer = h('span', { className: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
    this.element = h('div', { className: 'tag-input field-input' }, [this.chips, this.input, this.announcer]);

    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.input.addEventListener('input', () => this.callbacks.onError(''));
    // A click on the box's empty space means "type here".
    this.element.addEventListener('click', (event) => {
      if (event.target === this.element || event.target === this.chips) this.input.focus();
    });
  }

  get value(): readonly string[] {
    return this.tags;
  }

  /** Shows `tags` without reporting a change (a new article, or the saved state after a failure). */
  setTags(tags: readonly string[]): void {
    this.tags = [...tags];
    this.render();
  }

  clearDraft(): void {
    this.input.value = '';
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.addDraft();
    } else if (event.key === 'Backspace' && this.input.value === '' && this.tags.length > 0) {
      event.preventDefault();
      this.remove(this.tags.length - 1, false);
    }
  }

  private addDraft(): void {
    const draft = this.input.value.trim();
    if (draft === '') return;
    const parsed = Tag.safeParse(draft);
    if (!parsed.success) {
      this.callbacks.onError(parsed.error.issues[0]?.message ?? 'That is not a valid tag.');
      return;
    }
    if (this.tags.includes(parsed.data)) {
      this.input.value = '';
      this.announce(`${parsed.data} is already a tag.`);
      return;
    }
    if (this.tags.length >= ARTICLE_LIMITS.tagsMax) {
      this.callbacks.onError(`An article can have at most ${ARTICLE_LIMITS.tagsMax} tags.`);
      return;
    }
    this.tags = [...this.tags, parsed.data];
    this.input.value = '';
    this.render();
    this.announce(`Tag ${parsed.data} added.`);
    this.callbacks.onChange(this.tags);
  }

  private remove(index: number, fromButton: boolean): void {
    const removed = this.tags[index];
    if (removed === undefined) return;
    this.tags = this.tags.filter((_, i) => i !== index);
    this.render();
    this.announce(`Tag ${removed} removed.`);
    // The button that had focus is gone: keep the keyboard user in the tag field.
    if (fromButton) this.input.focus();
    this.callbacks.onChange(this.tags);
  }

  private render(): void {
    this.chips.replaceChildren(
      ...this.tags.map((tag, index) => {
        const remove = h('button', {
          className: 'tag-chip-remove',
          attrs: { type: 'button', 'aria-label': `Remove tag ${tag}`, title: 'Remove tag' },
        });
        remove.append(icon('close', 'icon icon-tiny'));
        remove.addEventListener('click', () => this.remove(index, true));
        return h('li', { className: 'tag-chip' }, [
          h('span', { className: 'tag-chip-text', attrs: { dir: 'auto' }, text: tag }),
          remove,
        ]);
      }),
    );
    this.chips.hidden = this.tags.length === 0;
  }

  private announce(message: string): void {
    this.announcer.textContent = message;
  }
}
