import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { askForAnnotator } from '../annotators/annotator-prompt';
import { listenForMenuCommands } from '../commands/menu-commands';
import { listenForWindowKeys } from '../commands/window-keys';
import { DisposableStore, listen, toDisposable, type Disposable } from '../lifecycle/disposable';
import { createArticleEditor } from './article-editor';
import { listenForPastedArticles } from './paste-to-create';
import { registerWindowCommands } from './window-commands';
import { mountWindow } from './window-layout';
import { createWindowServices } from './window-services';
import { createWindowViews } from './window-views';
import { Workbench } from './workbench';

/**
 * Builds the window and loads the open project. Each step uses only what the steps before it
 * built: the services over the transport (with an empty command registry), the article editor,
 * the Workbench (the window's state), the views that show it, the commands that act on all of
 * these, the layout, and last the window-wide listeners that run commands. Disposing the result
 * releases every listener and subscription and empties the window.
 */
export function startWorkbench(root: HTMLElement, api: WorkbenchApi): Disposable {
  const running = new DisposableStore();
  running.add(toDisposable(() => root.replaceChildren()));
  const services = createWindowServices(api);
  const editor = running.add(createArticleEditor(services));
  const workbench = running.add(
    new Workbench(api, {
      article: editor.article,
      status: services.status,
      toasts: services.toasts,
      confirm: services.confirm,
      annotations: editor.annotationUi.session,
      textEditor: editor.textEditor,
      saves: services.saves,
      reportError: services.reportError,
    }),
  );
  const views = running.add(createWindowViews(root, services, editor, workbench));
  running.add(registerWindowCommands(services, editor, workbench, views));
  mountWindow(root, services, editor, views);

  running.add(listenForMenuCommands(api, services.commands));
  running.add(listenForWindowKeys(document, services.commands));
  running.add(listenForPastedArticles(document, (text) => void workbench.createFromClipboard(text)));
  // Last line of defence: a failure nobody caught still reaches the user instead of only the console.
  running.add(listen(window, 'unhandledrejection', (event) => services.reportError(event.reason)));

  // Asked once per machine, after the project is on screen: the answer stamps what is written next.
  void workbench
    .start()
    .then(() => askForAnnotator(api, views.annotatorDialog, true))
    .catch((error: unknown) => services.reportError(error));
  return running;
}
