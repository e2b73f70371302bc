import type { Layer, LayerFormat, LayerId, LayerRef } from '../../../shared/model/layer';
import { LayerName } from '../../../shared/model/layer';
import { h, uniqueId } from '../dom/element-builder';
import { listen, toDisposable, type Disposable } from '../lifecycle/disposable';
import type { WorkbenchModel } from '../model/workbench-model';
import type { TabHandle } from '../side-panel/side-panel';
import { counted } from '../text/plural';
import {
  LAYER_DISPLAY_MODE_NAMES,
  LAYER_DISPLAY_MODES,
  type LayerDisplay,
  type LayerDisplayMode,
} from './layer-display';
import { layerStyles } from './layer-mark-decorations';
import { layerAnnotatorName } from './layer-naming';

/** The tab's place in the side panel. */
export const LAYERS_TAB = { id: 'layers', title: 'Layers' } as const;

const FORMAT_NAMES: Record<LayerFormat, string> = {
  bundle: 'Workbench bundle',
  w3c: 'W3C Web Annotation',
  brat: 'brat',
  doccano: 'doccano',
  'label-studio': 'Label Studio',
};

export interface LayerPanelHooks {
  readonly model: Pick<WorkbenchModel, 'layers' | 'layer' | 'annotator' | 'project' | 'subscribe'>;
  readonly display: LayerDisplay;
  /** Runs "Import a colleague's layer…". */
  importLayer(): void;
  /** Renames a layer; resolves false when the rename failed (already reported). */
  rename(id: LayerId, name: string): Promise<boolean>;
  /** Asks, then removes a layer as one undoable step. */
  remove(id: LayerId): Promise<void>;
  readonly tab: Pick<TabHandle, 'visible'>;
}

/**
 * The Layers tab: how the article shows layers (overlay, one at a time, side by side), the
 * project's own layer and each colleague's with whose it is, its format and counts, a switch to
 * show or hide it and a choice of the layer shown alone or beside the article; colleagues' layers
 * can be renamed and removed. Redrawn only while in view; focus stays on the control it was on.
 */
export class LayerPanel implements Disposable {
  readonly element: HTMLElement;
  private readonly hooks: LayerPanelHooks;
  private readonly modes: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly subscriptions: Disposable[];
  private readonly radioGroup = uniqueId('layer-chosen');
  private readonly modeGroup = uniqueId('layer-mode');
  /** The layer whose name is being edited, if any. */
  private renaming: LayerId | null = null;
  private renameError = '';
  private stale = false;

  constructor(hooks: LayerPanelHooks) {
    this.hooks = hooks;
    this.modes = h('fieldset', { className: 'layer-modes' });
    this.summary = h('p', { className: 'side-list-count', attrs: { 'aria-live': 'polite' } });
    this.list = h('ul', { className: 'layer-list', attrs: { 'aria-label': 'Layers' } });
    const importButton = h('button', {
      className: 'button button-small',
      attrs: { type: 'button' },
      text: 'Import a colleague’s layer…',
    });
    this.element = h('section', { className: 'details-tab layer-tab', attrs: { 'aria-label': 'Layers' } }, [
      h('div', { className: 'layer-tab-head' }, [
        this.modes,
        h('div', { className: 'layer-tab-actions' }, [this.summary, importButton]),
      ]),
      h('div', { className: 'side-list-scroll' }, [this.list]),
    ]);
    const unsubscribe = hooks.model.subscribe((change) => {
      if (change.kind === 'layers' || change.kind === 'annotators' || change.kind === 'project') this.renderSoon();
    });
    this.subscriptions = [
      toDisposable(unsubscribe),
      hooks.display.onDidChange(() => this.renderSoon()),
      listen(importButton, 'click', () => hooks.importLayer()),
      listen(this.element, 'change', (event) => this.onChange(event)),
      listen(this.element, 'click', (event) => this.onClick(event)),
      listen(this.element, 'submit', (event) => void this.onSubmit(event)),
      listen(this.element, 'keydown', (event) => this.onKey(event)),
    ];
    this.render();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  onShow(): void {
    if (!this.stale) return;
    this.stale = false;
    this.render();
  }

  private renderSoon(): void {
    if (this.hooks.tab.visible) this.render();
    else this.stale = true;
  }

  private render(): void {
    const focusKey = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-focus]')?.dataset[
      'focus'
    ];
    const { model } = this.hooks;
    const layers = model.layers;
    this.modes.replaceChildren(
      h('legend', { text: 'Show layers' }),
      ...LAYER_DISPLAY_MODES.map((mode) => this.modeChoice(mode)),
    );
    this.summary.textContent =
      layers.length === 0
        ? 'No colleague’s layer yet.'
        : `${counted(layers.length, 'colleague’s layer', 'colleagues’ layers')}.`;
    const styles = layerStyles(layers.map((layer) => layer.id));
    const articles = model.project?.articleCount ?? 0;
    this.list.replaceChildren(
      this.row('project', 'Project (curated)', 'Your annotations: what you edit and export', [
        counted(articles, 'article', 'articles'),
      ]),
      ...layers.map((layer) =>
        this.row(
          layer.id,
          layer.name,
          `By ${layerAnnotatorName(layer, model)} · ${FORMAT_NAMES[layer.format]}`,
          [
            counted(layer.articleCount, 'article', 'articles'),
            counted(layer.annotationCount, 'annotation', 'annotations'),
          ],
          styles.get(layer.id) ?? 0,
          layer,
        ),
      ),
    );
    if (focusKey !== undefined) this.element.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
  }

  private modeChoice(mode: LayerDisplayMode): HTMLElement {
    const id = uniqueId('layer-mode');
    return h('span', { className: 'layer-mode' }, [
      h('input', {
        attrs: {
          type: 'radio',
          id,
          name: this.modeGroup,
          value: mode,
          checked: this.hooks.display.mode === mode,
          'data-mode': mode,
          'data-focus': `mode:${mode}`,
        },
      }),
      h('label', { attrs: { for: id }, text: LAYER_DISPLAY_MODE_NAMES[mode] }),
    ]);
  }

  private row(
    ref: LayerRef,
    name: string,
    detail: string,
    counts: readonly string[],
    style?: number,
    layer?: Layer,
  ): HTMLLIElement {
    const { display } = this.hooks;
    const key = String(ref);
    const shownId = uniqueId('layer-shown');
    const chosenId = uniqueId('layer-chosen');
    const nameId = uniqueId('layer-name');
    const heading =
      layer !== undefined && this.renaming === layer.id
        ? this.renameForm(layer)
        : h('span', { className: 'layer-name', attrs: { id: nameId, dir: 'auto' }, text: name });
    return h('li', { className: 'layer-row', attrs: { 'data-layer-ref': key } }, [
      h('div', { className: 'layer-row-head' }, [
        h('span', {
          className: style === undefined ? 'layer-swatch layer-swatch-project' : `layer-swatch layer-style-${style}`,
          attrs: { 'aria-hidden': 'true' },
        }),
        heading,
      ]),
      h('p', { className: 'layer-detail', attrs: { dir: 'auto' }, text: `${detail} · ${counts.join(', ')}` }),
      h('div', { className: 'layer-controls' }, [
        h('span', { className: 'layer-toggle' }, [
          h('input', {
            attrs: {
              type: 'checkbox',
              id: shownId,
              checked: !display.isHidden(ref),
              'data-shown': key,
              'data-focus': `shown:${key}`,
            },
          }),
          h('label', { attrs: { for: shownId }, text: 'Shown' }),
        ]),
        h('span', { className: 'layer-toggle' }, [
          h('input', {
            attrs: {
              type: 'radio',
              id: chosenId,
              name: this.radioGroup,
              checked: display.chosen === ref,
              'data-chosen': key,
              'data-focus': `chosen:${key}`,
              'aria-describedby': nameId,
            },
          }),
          h('label', { attrs: { for: chosenId }, text: 'Show alone or beside' }),
        ]),
        ...(layer === undefined || this.renaming === layer.id
          ? []
          : [
              h('button', {
                className: 'button button-small button-quiet',
                attrs: {
                  type: 'button',
                  'data-rename': key,
                  'data-focus': `rename:${key}`,
                  'aria-describedby': nameId,
                },
                text: 'Rename',
              }),
              h('button', {
                className: 'button button-small button-danger-quiet',
                attrs: {
                  type: 'button',
                  'data-remove': key,
                  'data-focus': `remove:${key}`,
                  'aria-describedby': nameId,
                },
                text: 'Remove…',
              }),
            ]),
      ]),
    ]);
  }

  private renameForm(layer: Layer): HTMLFormElement {
    const inputId = uniqueId('layer-rename');
    const errorId = uniqueId('layer-rename-error');
    const input = h('input', {
      className: 'field-input',
      attrs: {
        id: inputId,
        type: 'text',
        value: layer.name,
        maxlength: 100,
        'data-focus': `rename-input:${layer.id}`,
        'aria-invalid': this.renameError === '' ? null : 'true',
        'aria-describedby': this.renameError === '' ? null : errorId,
      },
    });
    queueMicrotask(() => {
      if (!input.isConnected || document.activeElement === input) return;
      input.focus();
      input.select();
    });
    return h('form', { className: 'layer-rename', attrs: { 'data-rename-form': String(layer.id) } }, [
      h('label', { className: 'visually-hidden', attrs: { for: inputId }, text: 'New name of the layer' }),
      input,
      h('button', { className: 'button button-small', attrs: { type: 'submit' }, text: 'Save' }),
      h('button', {
        className: 'button button-small button-quiet',
        attrs: { type: 'button', 'data-cancel-rename': '' },
        text: 'Cancel',
      }),
      this.renameError === ''
        ? null
        : h('p', { className: 'field-error', attrs: { id: errorId, role: 'alert' }, text: this.renameError }),
    ]);
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const { display } = this.hooks;
    const mode = input.dataset['mode'] as LayerDisplayMode | undefined;
    if (mode !== undefined) display.setMode(mode);
    const shown = input.dataset['shown'];
    if (shown !== undefined) display.setHidden(toRef(shown), !input.checked);
    const chosen = input.dataset['chosen'];
    if (chosen !== undefined && input.checked) {
      display.choose(toRef(chosen));
      // Choosing a layer while all are overlaid means wanting to see it alone.
      if (display.mode === 'overlay') display.setMode('single');
    }
  }

  private onClick(event: Event): void {
    const button = (event.target as Element | null)?.closest<HTMLElement>('button');
    if (button === null || button === undefined) return;
    const rename = button.dataset['rename'];
    if (rename !== undefined) this.startRename(Number(rename));
    const remove = button.dataset['remove'];
    if (remove !== undefined) void this.hooks.remove(Number(remove));
    if (button.dataset['cancelRename'] !== undefined) this.stopRename(this.renaming);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.renaming === null) return;
    if (!(event.target as Element | null)?.closest('form')) return;
    event.preventDefault();
    event.stopPropagation();
    this.stopRename(this.renaming);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const id = Number(form.dataset['renameForm']);
    const value = form.querySelector('input')?.value ?? '';
    const parsed = LayerName.safeParse(value);
    if (!parsed.success) {
      this.renameError = parsed.error.issues[0]?.message ?? 'Enter a name for the layer.';
      this.render();
      return;
    }
    if (parsed.data === this.hooks.model.layer(id)?.name || (await this.hooks.rename(id, parsed.data))) {
      this.stopRename(id);
    }
  }

  private startRename(id: LayerId): void {
    this.renaming = id;
    this.renameError = '';
    this.render();
  }

  private stopRename(id: LayerId | null): void {
    this.renaming = null;
    this.renameError = '';
    this.render();
    if (id !== null) this.element.querySelector<HTMLElement>(`[data-rename="${id}"]`)?.focus();
  }
}

function toRef(key: string): LayerRef {
  return key === 'project' ? 'project' : Number(key);
}
