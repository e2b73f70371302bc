import type { AnnotationId } from '../../../shared/model/annotation';
import type { AnnotationSession } from '../annotation/annotation-session';
import { DisposableStore, toDisposable } from '../lifecycle/disposable';

/** Long enough for a large article's annotations to load; short enough not to act much later. */
const WAIT_MS = 10_000;

/**
 * Resolves true once the session holds an annotation: opening an article can return before its
 * annotations are loaded (it was already loading), and a jump to a mention must wait for them.
 */
export function annotationLoaded(session: AnnotationSession, id: AnnotationId): Promise<boolean> {
  if (session.model.annotation(id) !== undefined) return Promise.resolve(true);
  return new Promise((resolve) => {
    const waiting = new DisposableStore();
    const finish = (found: boolean) => {
      waiting.dispose();
      resolve(found);
    };
    waiting.addRelease(
      session.model.subscribe(() => {
        if (session.model.annotation(id) !== undefined) finish(true);
      }),
    );
    const timer = setTimeout(() => finish(false), WAIT_MS);
    waiting.add(toDisposable(() => clearTimeout(timer)));
  });
}
