import { h } from '../dom/element-builder';
import { icon } from '../dom/icons';
import { DisposableStore, listen, type Disposable } from '../lifecycle/disposable';
import { isModalOpen } from '../dom/text-entry-focus';
import { dropContents, type DropContents } from './dropped-files';

/**
 * Drag and drop of files onto the window: while files are dragged over it, a full-window overlay
 * says what dropping will do; dropping hands the files to `onDrop`. Anything else dragged (text,
 * links) is left to the page. Every file drag is stopped from reaching the browser's default,
 * which would navigate the window to the dropped file.
 */
export class DropOverlay implements Disposable {
  readonly element: HTMLElement;
  /** dragenter/dragleave fire for every child element crossed; the overlay hides when this is back to 0. */
  private depth = 0;
  private readonly listeners = new DisposableStore();

  constructor(target: Document, onDrop: (contents: DropContents) => void) {
    this.element = h('div', { className: 'drop-overlay', attrs: { hidden: true, 'aria-hidden': 'true' } }, [
      h('div', { className: 'drop-card' }, [
        icon('import', 'icon drop-icon'),
        h('p', { className: 'drop-title', text: 'Drop files to import them' }),
        h('p', {
          className: 'drop-hint',
          text: 'Text, Markdown, HTML, Word and PDF files become articles. To import a whole folder, use Import › Import folder…',
        }),
      ]),
    ]);

    const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void) =>
      this.listeners.add(listen(target, type, listener));
    on('dragenter', (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      this.depth += 1;
      if (!isModalOpen()) this.show();
    });
    on('dragover', (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = isModalOpen() ? 'none' : 'copy';
    });
    on('dragleave', (event) => {
      if (!carriesFiles(event)) return;
      // Once shown, the overlay (whose children ignore the pointer) is the only thing under the
      // drag, so enter and leave pair up and the count reaches 0 only when the drag leaves the window.
      this.depth = Math.max(0, this.depth - 1);
      if (this.depth === 0) this.hide();
    });
    on('drop', (event) => {
      if (!carriesFiles(event) || event.dataTransfer === null) return;
      event.preventDefault();
      this.hide();
      if (isModalOpen()) return;
      onDrop(dropContents(event.dataTransfer));
    });
    // A drag cancelled with Esc or ended elsewhere sends no dragleave to us in some cases.
    on('dragend', () => this.hide());
  }

  dispose(): void {
    this.listeners.dispose();
  }

  private show(): void {
    this.element.hidden = false;
  }

  private hide(): void {
    this.depth = 0;
    this.element.hidden = true;
  }
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}
