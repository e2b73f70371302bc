import type { ArticleAnnotation } from '../../../shared/model/annotation';
import { snapToWords } from '../../../shared/text/segment-snapping';
import { labelColourClass } from '../annotation/label-colours';
import { quoteText } from '../annotation/quote-text';
import { h } from '../dom/element-builder';
import type { InspectorContext } from './inspector-context';
import { actionButton, sectionHeading } from './inspector-dom';

/** Annotations whose text vanished when the article was edited, each to re-attach, delete or select. */
export function renderOrphans(orphans: readonly ArticleAnnotation[], context: InspectorContext): HTMLElement | null {
  if (orphans.length === 0) return null;
  const { session, actions } = context;
  return h(
    'section',
    { className: 'inspector-section inspector-orphans', attrs: { 'aria-label': 'Orphaned annotations' } },
    [
      sectionHeading(`Orphaned annotations (${orphans.length})`),
      h('p', { className: 'field-hint', text: 'Their text was not found after the article’s text changed.' }),
      h(
        'ul',
        { className: 'inspector-list' },
        orphans.map((orphan) => {
          const name = quoteText(orphan, 60);
          return h('li', { className: 'inspector-orphan' }, [
            h('span', { className: 'inspector-orphan-label' }, [
              h('span', {
                className: `label-swatch ${labelColourClass({ id: orphan.labelId })}`,
                attrs: { 'aria-hidden': 'true' },
              }),
              session.model.label(orphan.labelId)?.name ?? '',
            ]),
            actionButton(name, () => actions.reveal(orphan.id), {
              className: 'inspector-link',
              focusKey: `orphan-select-${orphan.id}`,
              attrs: { dir: 'auto', title: 'Select this annotation' },
            }),
            h('div', { className: 'inspector-buttons' }, [
              actionButton('Re-attach to selection', () => void reattach(orphan, context), {
                focusKey: `orphan-reattach-${orphan.id}`,
                attrs: { title: 'Anchor it to the text selected in the article' },
              }),
              actionButton('Delete', () => void session.delete([orphan.id]), {
                className: 'button button-small button-danger-quiet',
                focusKey: `orphan-delete-${orphan.id}`,
                attrs: { 'aria-label': `Delete orphaned annotation “${name}”` },
              }),
            ]),
          ]);
        }),
      ),
    ],
  );
}

/** Anchors an orphan to the words selected in the article, then selects it there. */
async function reattach(orphan: ArticleAnnotation, context: InspectorContext): Promise<void> {
  const { session } = context;
  const article = session.model.article;
  const selection = context.selectedTextRange();
  const range = article === null || selection === null ? null : snapToWords(article.text, selection, article.language);
  if (range === null || range.start >= range.end) {
    context.notify('Select the text in the article to attach the annotation to, then press Re-attach again.');
    return;
  }
  const done = await session.write(() =>
    session.api.invoke('annotation.reattach', { id: orphan.id, fragments: [{ start: range.start, end: range.end }] }),
  );
  if (done === null) return;
  context.actions.reveal(orphan.id);
}
