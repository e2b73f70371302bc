/**
 * Runs `work` once the next frame has been painted: for what the analyst need not see in that frame.
 * A hidden page paints no frames, so there it runs at once.
 */
export function afterNextPaint(work: () => void): void {
  if (document.hidden) {
    work();
    return;
  }
  // Animation frame callbacks run just before the paint; a task queued from one runs after it.
  requestAnimationFrame(() => setTimeout(work, 0));
}
