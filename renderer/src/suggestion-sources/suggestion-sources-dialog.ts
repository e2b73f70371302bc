import type { Label } from '../../../shared/model/annotation';
import type {
  BuiltInRuleId,
  Gazetteer,
  PatternSet,
  SuggestionSourceKind,
  SuggestionSourceRef,
  SuggestionSourceStatistics,
} from '../../../shared/model/suggestion-source';
import { BUILT_IN_RULES } from '../../../shared/suggestions/built-in-rules';
import type { AnnotationSession } from '../annotation/annotation-session';
import { DialogStatusLine } from '../dialogs/dialog-status-line';
import { dialogHeader } from '../dialogs/dialog-header';
import { ModalDialog } from '../dialogs/modal-dialog';
import { h, uniqueId, type Child } from '../dom/element-builder';
import { userMessageOf } from '../errors/user-message';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import { KeyedRows } from '../model/keyed-rows';
import { counted } from '../text/plural';
import { statisticsText } from './source-statistics-text';

const BUILT_IN_ORDER: readonly BuiltInRuleId[] = ['date', 'handle', 'hashtag', 'url'];

function refKey(source: SuggestionSourceRef): string {
  return source.kind === 'gazetteer' ? `gazetteer:${source.gazetteerId}` : `pattern:${source.patternSetId}`;
}

/**
 * "Suggestion sources": the imported gazetteers and pattern files, each with what it proposes
 * across the corpus and how often its suggestions were accepted, a switch and Remove; importing
 * more; and the built-in rules, each switched on with the label it proposes. The lists come from
 * the store when the dialog opens and follow change sets after that; the counts are made on
 * opening (they match the whole corpus) and again on request.
 */
export class SuggestionSourcesDialog implements Disposable {
  private readonly modal: ModalDialog<void>;
  private readonly session: AnnotationSession;
  private readonly sections: HTMLElement;
  private readonly status: DialogStatusLine;
  private readonly gazetteers = new KeyedRows<Gazetteer>();
  private readonly patternSets = new KeyedRows<PatternSet>();
  private statistics = new Map<string, SuggestionSourceStatistics>();
  private readonly subscriptions = new DisposableStore();

  constructor(session: AnnotationSession) {
    this.session = session;
    const headingId = uniqueId('sources-heading');
    this.sections = h('div', { className: 'schema-sections' });
    this.status = new DialogStatusLine(session);
    const button = (text: string, action: () => Promise<void>) => {
      const element = h('button', { className: 'button', attrs: { type: 'button' }, text });
      element.addEventListener('click', () => void action());
      return element;
    };
    this.modal = new ModalDialog<void>(
      [
        dialogHeader(headingId, 'Suggestion sources', () => this.modal.dismiss()),
        h('div', { className: 'dialog-body schema-body' }, [this.sections]),
        h('footer', { className: 'dialog-actions schema-actions' }, [
          button('Import gazetteer…', () => this.importFile('gazetteer')),
          button('Import pattern file…', () => this.importFile('patterns')),
          button('Count again', () => this.count()),
          this.status.element,
        ]),
      ],
      { className: 'schema-dialog sources-dialog', labelledBy: headingId, dismissed: undefined },
    );
    this.subscriptions.addRelease(
      session.model.subscribe((change) => {
        if (change.kind === 'suggestion-sources') {
          if (change.gazetteers !== undefined)
            this.gazetteers.apply(change.gazetteers.upserted, change.gazetteers.deleted);
          if (change.patternSets !== undefined) {
            this.patternSets.apply(change.patternSets.upserted, change.patternSets.deleted);
          }
        } else if (change.kind !== 'labels') return;
        if (this.modal.isOpen) this.render();
      }),
    );
  }

  get element(): HTMLDialogElement {
    return this.modal.element;
  }

  async open(): Promise<void> {
    if (this.modal.isOpen) return;
    this.status.say('');
    this.statistics = new Map();
    const opened = this.modal.open();
    try {
      const sources = await this.session.api.invoke('suggestionSources.list');
      this.gazetteers.replaceAll(sources.gazetteers);
      this.patternSets.replaceAll(sources.patternSets);
    } catch (error) {
      this.status.say(userMessageOf(error), true);
    }
    this.render();
    this.sections.querySelector<HTMLElement>('input, select, button')?.focus();
    void this.count();
    await opened;
  }

  dispose(): void {
    this.subscriptions.dispose();
  }

  private async count(): Promise<void> {
    try {
      const statistics = await this.session.api.invoke('suggestionSources.statistics');
      this.statistics = new Map(statistics.map((entry) => [refKey(entry.source), entry]));
    } catch (error) {
      this.status.say(userMessageOf(error), true);
      return;
    }
    if (this.modal.isOpen) this.render();
  }

  private render(): void {
    const focused =
      document.activeElement instanceof HTMLElement ? document.activeElement.dataset['focusKey'] : undefined;
    const imported = this.patternSets.all.filter((set) => set.builtIn === null);
    this.sections.replaceChildren(
      this.section(
        'Gazetteers',
        this.gazetteers.all.map((gazetteer) =>
          this.sourceRow(
            { kind: 'gazetteer', gazetteerId: gazetteer.id },
            gazetteer.name,
            `${gazetteer.fileName}, ${counted(gazetteer.entryCount, 'name', 'names')}`,
            gazetteer.enabled,
          ),
        ),
        'No gazetteers yet: import a CSV or TSV list of names and types.',
      ),
      this.section(
        'Pattern files',
        imported.map((set) =>
          this.sourceRow(
            { kind: 'pattern', patternSetId: set.id },
            set.name,
            `${set.fileName ?? ''}, ${counted(set.ruleCount, 'rule', 'rules')} for ${this.labelNames(set.labelIds)}`,
            set.enabled,
          ),
        ),
        'No pattern files yet: import a Prodigy or spaCy patterns file (JSON Lines).',
      ),
      this.section(
        'Built-in rules',
        BUILT_IN_ORDER.map((rule) => this.builtInRow(rule)),
        '',
      ),
    );
    if (focused !== undefined) this.sections.querySelector<HTMLElement>(`[data-focus-key="${focused}"]`)?.focus();
  }

  private section(title: string, rows: readonly Child[], empty: string): HTMLElement {
    const headingId = uniqueId('sources-section');
    return h('section', { className: 'schema-section', attrs: { 'aria-labelledby': headingId } }, [
      h('h3', { className: 'section-label', attrs: { id: headingId }, text: title }),
      rows.length === 0
        ? h('p', { className: 'sources-empty', text: empty })
        : h('ul', { className: 'schema-rows sources-rows' }, rows),
    ]);
  }

  private sourceRow(source: SuggestionSourceRef, name: string, detail: string, enabled: boolean): HTMLElement {
    const key = refKey(source);
    const toggle = h('input', {
      attrs: { type: 'checkbox', 'aria-label': `Suggest from ${name}`, 'data-focus-key': `on-${key}` },
    });
    toggle.checked = enabled;
    toggle.addEventListener('change', () => void this.setEnabled(source, name, toggle.checked));
    const remove = h('button', {
      className: 'button button-small',
      attrs: { type: 'button', 'aria-label': `Remove ${name}`, 'data-focus-key': `remove-${key}` },
      text: 'Remove',
    });
    remove.addEventListener('click', () => void this.remove(source, name));
    return h('li', { className: 'sources-row', attrs: { 'data-source': key } }, [
      toggle,
      h('div', { className: 'sources-text' }, [
        h('span', { className: 'sources-name', attrs: { dir: 'auto' }, text: name }),
        h('span', { className: 'sources-detail', attrs: { dir: 'auto' }, text: detail }),
        h('span', { className: 'sources-statistics', text: statisticsText(this.statistics.get(key)) }),
      ]),
      remove,
    ]);
  }

  private builtInRow(rule: BuiltInRuleId): HTMLElement {
    const { title, examples } = BUILT_IN_RULES[rule];
    const set = this.patternSets.all.find((candidate) => candidate.builtIn === rule);
    const labels = this.session.model.spanLabels;
    const chosen = set?.labelIds[0] ?? defaultLabel(rule, labels);
    const toggle = h('input', {
      attrs: { type: 'checkbox', 'aria-label': `Suggest ${title}`, 'data-focus-key': `builtin-${rule}` },
    });
    toggle.checked = set?.enabled === true;
    const select = h(
      'select',
      {
        className: 'field-input sources-label',
        attrs: { 'aria-label': `Label for ${title}`, 'data-focus-key': `builtin-label-${rule}` },
      },
      labels.map((label) => h('option', { attrs: { value: String(label.id) }, text: label.name })),
    );
    if (chosen !== undefined) select.value = String(chosen);
    const apply = () => {
      if (toggle.checked) void this.setBuiltIn(rule, Number(select.value));
      else if (set !== undefined) void this.setEnabled({ kind: 'pattern', patternSetId: set.id }, title, false);
    };
    toggle.addEventListener('change', apply);
    select.addEventListener('change', () => {
      if (toggle.checked) apply();
    });
    const key = set === undefined ? undefined : refKey({ kind: 'pattern', patternSetId: set.id });
    return h('li', { className: 'sources-row', attrs: { 'data-builtin': rule } }, [
      toggle,
      h('div', { className: 'sources-text' }, [
        h('span', { className: 'sources-name', text: title }),
        h('span', { className: 'sources-detail', text: examples }),
        ...(key === undefined || set?.enabled !== true
          ? []
          : [h('span', { className: 'sources-statistics', text: statisticsText(this.statistics.get(key)) })]),
      ]),
      select,
    ]);
  }

  private labelNames(ids: readonly number[]): string {
    return ids.map((id) => this.session.model.label(id)?.name ?? '?').join(', ');
  }

  private async importFile(kind: SuggestionSourceKind): Promise<void> {
    const imported = await this.status.run(() => this.session.api.invoke('suggestionSources.import', { kind }));
    if (imported === null) return;
    this.status.say(
      imported.kind === 'gazetteer'
        ? `Imported “${imported.gazetteer.name}” with ${counted(imported.gazetteer.entryCount, 'name', 'names')}.`
        : `Imported “${imported.patternSet.name}” with ${counted(imported.patternSet.ruleCount, 'rule', 'rules')}.`,
    );
    await this.count();
  }

  private async setEnabled(source: SuggestionSourceRef, name: string, enabled: boolean): Promise<void> {
    const done = await this.status.run(async () => {
      await this.session.api.invoke('suggestionSources.setEnabled', { source, enabled });
      return true;
    });
    if (done === null) {
      this.render();
      return;
    }
    this.status.say(enabled ? `“${name}” suggests again.` : `“${name}” is switched off.`);
    await this.count();
  }

  private async setBuiltIn(rule: BuiltInRuleId, labelId: number): Promise<void> {
    const set = await this.status.run(() => this.session.api.invoke('suggestionSources.setBuiltIn', { rule, labelId }));
    if (set === null) {
      this.render();
      return;
    }
    this.status.say(`${BUILT_IN_RULES[rule].title} are suggested as ${this.labelNames(set.labelIds)}.`);
    await this.count();
  }

  private async remove(source: SuggestionSourceRef, name: string): Promise<void> {
    const removed = await this.status.run(async () => {
      await this.session.api.invoke('suggestionSources.remove', { source });
      return true;
    });
    if (removed !== null) this.status.say(`Removed “${name}”; annotations accepted from it stay.`);
  }
}

/** The label a built-in rule proposes until the analyst picks one: dates as dates, the rest as Other. */
function defaultLabel(rule: BuiltInRuleId, labels: readonly Label[]): number | undefined {
  const wanted = rule === 'date' ? /date|time|datum/iu : /^(other|misc|sonstig)/iu;
  return (labels.find((label) => wanted.test(label.name)) ?? labels[0])?.id;
}
