import type { AnnotationId } from '../../../shared/model/annotation';
import type { ArticleView } from '../article-view/article-view';
import { listen, type Disposable } from '../lifecycle/disposable';
import type { AnnotationActions } from './annotation-actions';
import type { AnnotationHoverCard } from './annotation-hover-card';
import type { AnnotationSession } from './annotation-session';

/**
 * Pointer input on the article: hovering shows every annotation under the pointer, a click on
 * annotated text (without selecting any) selects the innermost annotation there, and dragging
 * from one annotation to another with Alt held creates a relation between them. Dispose to stop
 * listening for the end of a drag outside the article.
 */
export function listenForAnnotationPointer(
  view: ArticleView,
  session: AnnotationSession,
  actions: AnnotationActions,
  card: AnnotationHoverCard,
): Disposable {
  const dom = view.editorView.dom;
  let dragSource: AnnotationId | null = null;

  const innermostAt = (event: MouseEvent): AnnotationId | null => {
    const element = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-annotation-id]') : null;
    if (element === null || !dom.contains(element)) return null;
    const offset = textOffsetAt(view, event);
    const under = offset === null ? [] : session.model.annotationsAt(offset);
    const id = Number(element.dataset['annotationId']);
    // The element under the pointer is the innermost drawn one; the offset lookup catches annotations sharing its text.
    return under.find((annotation) => annotation.id === id)?.id ?? under[0]?.id ?? null;
  };

  dom.addEventListener('mousemove', (event) => {
    if (!(event.target instanceof Element) || event.target.closest('[data-annotation-id]') === null) {
      card.hide();
      return;
    }
    const offset = textOffsetAt(view, event);
    card.show(
      offset === null ? [] : session.model.annotationsOverlapping({ start: offset, end: offset + 1 }),
      event.clientX,
      event.clientY,
    );
  });
  dom.addEventListener('mouseleave', () => card.hide());
  dom.addEventListener('mousedown', (event) => {
    dragSource = event.altKey && event.button === 0 ? innermostAt(event) : null;
    if (dragSource !== null) {
      event.preventDefault();
      dom.classList.add('relation-dragging');
    }
  });
  dom.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    const selection = document.getSelection();
    if (selection !== null && !selection.isCollapsed) return;
    session.select(innermostAt(event));
  });
  return listen(window, 'mouseup', (event) => {
    const source = dragSource;
    dragSource = null;
    dom.classList.remove('relation-dragging');
    if (source === null) return;
    const target = innermostAt(event);
    if (target !== null && target !== source) void actions.createRelation(source, target);
  });
}

function textOffsetAt(view: ArticleView, event: MouseEvent): number | null {
  const positions = view.positions;
  const found = view.editorView.posAtCoords({ left: event.clientX, top: event.clientY });
  if (positions === null || found === null) return null;
  return positions.docPosToTextOffset(found.pos);
}
