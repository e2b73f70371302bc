import {
  ARTICLE_LIMITS,
  type Article,
  type ArticleEdit,
  type ArticleId,
  type ArticleSummary,
} from '../../../shared/model/article';
import { TextEncoding } from '../../../shared/model/library';
import { formatArticleDateLong, formatByteSize, languageName } from '../article-list/article-summary-format';
import { h, uniqueId } from '../dom/element-builder';
import type { WorkbenchChange } from '../model/workbench-change';
import type { TabHandle } from '../side-panel/side-panel';
import { fieldMessageOf, validateEdit } from './edit-validation';
import { COMMON_LANGUAGE_CODES } from './language-codes';
import type { ReviewField } from '../review/review-field';
import { TagInput } from './tag-input';

export interface MetadataPanelCallbacks {
  /** Saves an edit; resolves with the stored summary, rejects with the failure. */
  save(id: ArticleId, edit: ArticleEdit): Promise<ArticleSummary>;
  /** Decodes the original again; resolves once the new text is on screen. */
  redecode(id: ArticleId, encoding: TextEncoding): Promise<void>;
  /** The article's review status field, which saves through its own command. */
  readonly review: ReviewField;
}

type TextField = 'title' | 'source' | 'url' | 'author' | 'publishedAt' | 'language';

interface FieldSpec {
  field: TextField;
  label: string;
  placeholder?: string;
  hint?: string;
  inputMode?: string;
}

const TEXT_FIELDS: readonly FieldSpec[] = [
  { field: 'title', label: 'Title' },
  { field: 'source', label: 'Source', placeholder: 'e.g. TASS' },
  { field: 'url', label: 'URL', placeholder: 'https://…', inputMode: 'url' },
  { field: 'author', label: 'Author' },
  {
    field: 'publishedAt',
    label: 'Published',
    placeholder: 'YYYY-MM-DD',
    hint: 'As 2025, 2025-02 or 2025-02-28.',
  },
  { field: 'language', label: 'Language', placeholder: 'e.g. de, en, fa' },
];

interface FieldControls {
  input: HTMLInputElement;
  error: HTMLElement;
  hint: HTMLElement | null;
}

/** The panel's place in the side panel. */
export const ARTICLE_TAB = { id: 'article', title: 'Article' } as const;

/**
 * The right-hand "Details" panel (complementary landmark): the open article's title and metadata,
 * its tags, and where it came from.
 *
 * There is no Save button, as everywhere in the workbench: a field is saved when it is committed
 * (Enter, or leaving it) and a tag as soon as it is added or removed; the status bar shows the
 * save state. Each edit is checked with the contract's schema first, and any error (ours or
 * main's) is shown under its field, which keeps the typed value so it can be corrected.
 */
export class MetadataPanel {
  readonly element: HTMLElement;
  private readonly callbacks: MetadataPanelCallbacks;
  private readonly form: HTMLFormElement;
  private readonly empty: HTMLElement;
  private readonly fields = new Map<TextField, FieldControls>();
  private readonly tags: TagInput;
  private readonly tagsError: HTMLElement;
  private readonly languageName: HTMLElement;
  private readonly origin: HTMLElement;
  private readonly redecodeField: HTMLElement;
  private readonly redecodeSelect: HTMLSelectElement;
  private readonly redecodeError: HTMLElement;
  private article: ArticleSummary | null = null;
  /** What the form is to show once the tab is in view (the article on screen, or none). */
  private pending: { readonly article: Article | null } | null = null;
  private readonly tab: TabHandle;

  constructor(callbacks: MetadataPanelCallbacks, tab: TabHandle) {
    this.callbacks = callbacks;
    this.tab = tab;

    const languageList = h(
      'datalist',
      { attrs: { id: uniqueId('language-codes') } },
      COMMON_LANGUAGE_CODES.map((code) => h('option', { attrs: { value: code }, text: languageName(code) })),
    );
    this.languageName = h('p', { className: 'field-hint' });
    const textFields = TEXT_FIELDS.map((spec) => this.buildField(spec, languageList.id));

    const tagsId = uniqueId('details-tags');
    const tagsHintId = uniqueId('details-tags-hint');
    const tagsErrorId = uniqueId('details-tags-error');
    this.tagsError = h('p', { className: 'field-error', attrs: { id: tagsErrorId, role: 'alert', hidden: true } });
    this.tags = new TagInput(tagsId, `${tagsHintId} ${tagsErrorId}`, {
      onChange: (tags) => void this.commit({ tags: [...tags] }),
      onError: (message) => setError(this.tagsError, this.tags.input, message),
    });

    this.redecodeSelect = h('select', { className: 'field-input field-select', attrs: { id: uniqueId('redecode') } });
    this.redecodeError = h('p', { className: 'field-error', attrs: { role: 'alert', hidden: true } });
    this.redecodeField = h('div', { className: 'field' }, [
      h('label', { className: 'field-label', attrs: { for: this.redecodeSelect.id }, text: 'Re-decode as…' }),
      this.redecodeSelect,
      h('p', {
        className: 'field-hint',
        text: 'If letters look wrong (Ã¤ instead of ä), decode the original file again with another encoding.',
      }),
      this.redecodeError,
    ]);
    this.redecodeSelect.addEventListener('change', () => void this.redecode());

    this.origin = h('dl', { className: 'details-origin' });
    this.form = h('form', { className: 'details-form', attrs: { novalidate: true, 'aria-label': 'Article details' } }, [
      ...textFields,
      languageList,
      callbacks.review.element,
      h('div', { className: 'field' }, [
        h('label', { className: 'field-label', attrs: { for: tagsId }, text: 'Tags' }),
        this.tags.element,
        h('p', {
          className: 'field-hint',
          attrs: { id: tagsHintId },
          text: 'Enter adds a tag; Backspace in the empty field removes the last one.',
        }),
        this.tagsError,
      ]),
      h('section', { className: 'details-section', attrs: { 'aria-label': 'Original' } }, [
        h('h3', { className: 'section-label', text: 'Original' }),
        this.origin,
        this.redecodeField,
      ]),
    ]);
    // Enter commits a field (its change event); it must never submit the form.
    this.form.addEventListener('submit', (event) => event.preventDefault());

    this.empty = h('p', { className: 'details-empty', text: 'Open an article to see and edit its details.' });
    // One tab of the side panel (side-panel/side-panel.ts), which owns the heading and close button.
    this.element = h(
      'section',
      { className: 'details-tab metadata-panel', attrs: { 'aria-label': 'Article details' } },
      [h('div', { className: 'details-scroll' }, [this.form, this.empty])],
    );
    this.clear();
  }

  /**
   * Shows what the Workbench announces about the article on screen. While the tab is out of view,
   * the form is filled only when it comes into view (`onShow`): most articles are opened with
   * another tab showing, and filling it was ~3 ms of every open.
   */
  follow(change: WorkbenchChange): void {
    if (change.kind === 'shown') {
      if (this.tab.visible) this.display(change.article);
      else this.pending = { article: change.article };
    } else if (change.kind === 'summary') {
      if (this.pending === null) {
        this.updateSummary(change.summary);
        return;
      }
      const article = this.pending.article;
      if (article?.id === change.summary.id) this.pending = { article: { ...article, ...change.summary } };
    }
  }

  /** The tab came into view: fills the form with the article opened while it was out of view. */
  onShow(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    this.display(pending.article);
  }

  private display(article: Article | null): void {
    if (article === null) this.clear();
    else this.show(article);
  }

  /** Fills the panel for a newly opened article (or after re-decoding, which changes the origin). */
  private show(article: Article): void {
    const switched = this.article?.id !== article.id;
    this.article = article;
    this.form.hidden = false;
    this.empty.hidden = true;
    for (const [field, controls] of this.fields) {
      controls.input.value = valueOf(article, field);
      setError(controls.error, controls.input, '');
    }
    this.updateLanguageName();
    if (switched) this.tags.clearDraft();
    this.tags.setTags(article.metadata.tags);
    setError(this.tagsError, this.tags.input, '');
    this.callbacks.review.show(article);
    this.renderOrigin(article);
  }

  /**
   * The stored summary changed (this panel's save, or a rename elsewhere). A field the analyst has
   * changed but not yet saved (or whose save is still on its way) keeps what was typed, so an
   * earlier save's answer arriving late never wipes it; every other field follows the store.
   */
  private updateSummary(summary: ArticleSummary): void {
    if (this.article?.id !== summary.id) return;
    const previous = this.article;
    this.article = { ...previous, ...summary };
    for (const [field, controls] of this.fields) {
      const untouched = controls.input.value.trim() === valueOf(previous, field);
      if (untouched && document.activeElement !== controls.input) controls.input.value = valueOf(summary, field);
    }
    this.updateLanguageName();
    if (sameTags(this.tags.value, previous.metadata.tags)) this.tags.setTags(summary.metadata.tags);
    this.callbacks.review.show(summary);
  }

  private clear(): void {
    this.article = null;
    this.form.hidden = true;
    this.empty.hidden = false;
  }

  private buildField(spec: FieldSpec, languageListId: string): HTMLElement {
    const id = uniqueId(`details-${spec.field}`);
    const errorId = uniqueId(`details-${spec.field}-error`);
    const hintId = uniqueId(`details-${spec.field}-hint`);
    const isLanguage = spec.field === 'language';
    const input = h('input', {
      className: 'field-input',
      attrs: {
        id,
        name: spec.field,
        type: 'text',
        dir: spec.field === 'url' || isLanguage || spec.field === 'publishedAt' ? 'ltr' : 'auto',
        autocomplete: 'off',
        spellcheck: 'false',
        placeholder: spec.placeholder,
        inputmode: spec.inputMode,
        list: isLanguage ? languageListId : undefined,
        maxlength: spec.field === 'title' ? ARTICLE_LIMITS.titleMaxChars : ARTICLE_LIMITS.metadataFieldMaxChars,
        'aria-describedby': `${spec.hint || isLanguage ? `${hintId} ` : ''}${errorId}`,
      },
    });
    const error = h('p', { className: 'field-error', attrs: { id: errorId, role: 'alert', hidden: true } });
    let hint: HTMLElement | null = null;
    if (isLanguage) {
      hint = this.languageName;
      hint.id = hintId;
    } else if (spec.hint) {
      hint = h('p', { className: 'field-hint', attrs: { id: hintId }, text: spec.hint });
    }
    this.fields.set(spec.field, { input, error, hint });
    input.addEventListener('change', () => void this.commitField(spec.field));
    input.addEventListener('input', () => {
      setError(error, input, '');
      if (isLanguage) this.updateLanguageName();
    });
    input.addEventListener('keydown', (event) => {
      // Esc puts back the stored value, like leaving a cell unedited.
      if (event.key === 'Escape' && this.article !== null && input.value !== valueOf(this.article, spec.field)) {
        event.preventDefault();
        input.value = valueOf(this.article, spec.field);
        setError(error, input, '');
        if (isLanguage) this.updateLanguageName();
      }
    });
    return h('div', { className: 'field' }, [
      h('label', { className: 'field-label', attrs: { for: id }, text: spec.label }),
      input,
      hint,
      error,
    ]);
  }

  private async commitField(field: TextField): Promise<void> {
    const controls = this.fields.get(field);
    if (controls === undefined || this.article === null) return;
    const trimmed = controls.input.value.trim();
    if (trimmed === valueOf(this.article, field)) {
      setError(controls.error, controls.input, '');
      return;
    }
    // An emptied field means "unknown"; the title is the exception and must stay.
    const edit: ArticleEdit = field === 'title' ? { title: trimmed } : { [field]: trimmed === '' ? null : trimmed };
    await this.commit(edit, controls);
  }

  private async commit(edit: ArticleEdit, controls?: FieldControls): Promise<void> {
    const article = this.article;
    if (article === null) return;
    const errorElement = controls?.error ?? this.tagsError;
    const input = controls?.input ?? this.tags.input;
    const invalid = validateEdit(edit);
    if (invalid !== null) {
      setError(errorElement, input, invalid);
      return;
    }
    try {
      const saved = await this.callbacks.save(article.id, edit);
      if (this.article?.id !== saved.id) return;
      setError(errorElement, input, '');
      // What was just saved is now the stored value (the store trims; show it as stored).
      this.article = { ...this.article, ...saved };
      if (controls !== undefined && document.activeElement !== controls.input) {
        const field = controls.input.name as TextField;
        controls.input.value = valueOf(saved, field);
      }
      if (edit.tags !== undefined && sameTags(this.tags.value, edit.tags)) this.tags.setTags(saved.metadata.tags);
      this.updateSummary(saved);
    } catch (error) {
      if (this.article?.id !== article.id) return;
      setError(errorElement, input, fieldMessageOf(error));
      // Tags show what is stored, so a refused tag does not look saved.
      if (edit.tags !== undefined) this.tags.setTags(this.article.metadata.tags);
    }
  }

  private async redecode(): Promise<void> {
    const article = this.article;
    const choice = TextEncoding.safeParse(this.redecodeSelect.value);
    if (article === null || !choice.success) return;
    this.redecodeSelect.disabled = true;
    setError(this.redecodeError, this.redecodeSelect, '');
    try {
      await this.callbacks.redecode(article.id, choice.data);
    } catch (error) {
      if (this.article?.id === article.id) setError(this.redecodeError, this.redecodeSelect, fieldMessageOf(error));
    } finally {
      this.redecodeSelect.disabled = false;
      this.redecodeSelect.value = '';
    }
  }

  private updateLanguageName(): void {
    const code = this.fields.get('language')?.input.value.trim() ?? '';
    const name = code === '' ? '' : languageName(code);
    this.languageName.textContent =
      code === '' ? 'A language code such as de, en or fa.' : name === code ? 'Unknown language code.' : name;
  }

  private renderOrigin(article: Article): void {
    const { origin } = article;
    const rows: [string, string, string?][] = [
      ['Added', formatArticleDateLong(article.createdAt)],
      ['File', origin.fileName ?? 'Pasted text'],
      ['Type', origin.mediaType],
      ['Encoding', origin.encoding ?? '—'],
      ['Size', formatByteSize(origin.byteLength)],
      ['SHA-256', origin.contentHash, 'details-hash'],
    ];
    this.origin.replaceChildren(
      ...rows.flatMap(([term, value, className]) => [
        h('dt', { text: term }),
        h('dd', { className, attrs: { dir: 'auto', title: value }, text: value }),
      ]),
    );
    this.redecodeField.hidden = origin.encoding === null;
    if (origin.encoding !== null) {
      const current = origin.encoding.toLowerCase();
      this.redecodeSelect.replaceChildren(
        h('option', { attrs: { value: '' }, text: `Keep ${origin.encoding}` }),
        ...TextEncoding.options.map((encoding) =>
          h('option', {
            attrs: { value: encoding, disabled: encoding === current },
            text: encoding === current ? `${encoding} (current)` : encoding,
          }),
        ),
      );
      this.redecodeSelect.value = '';
      setError(this.redecodeError, this.redecodeSelect, '');
    }
  }
}

function valueOf(article: ArticleSummary, field: TextField): string {
  return field === 'title' ? article.title : (article.metadata[field] ?? '');
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

function setError(error: HTMLElement, control: HTMLElement, message: string): void {
  error.textContent = message;
  error.hidden = message === '';
  control.setAttribute('aria-invalid', String(message !== ''));
}
