// First: configures zod before any schema exists (see the module).
import './zod-jitless';

// Styles first, in cascade order: ProseMirror's required base rules, then ours on top.
import 'prosemirror-view/style/prosemirror.css';
import '../styles/theme.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/controls.css';
import '../styles/toolbar.css';
import '../styles/article-list.css';
import '../styles/article-view.css';
import '../styles/details.css';
import '../styles/search.css';
import '../styles/status-bar.css';
import '../styles/dialog.css';
import '../styles/menu.css';
import '../styles/toast.css';
import '../styles/import.css';
import '../styles/job-progress.css';
import '../styles/export.css';
import '../styles/annotation.css';
import '../styles/side-list.css';
import '../styles/annotation-list.css';
import '../styles/entity-panel.css';
import '../styles/schema-settings.css';
import '../styles/suggestion-sources.css';
import '../styles/annotation-inspector.css';
import '../styles/relation-arcs.css';
import '../styles/suggestions.css';
import '../styles/layers.css';
import '../styles/analysis.css';
import '../styles/analysis-charts.css';
import '../styles/analysis-networks.css';
import '../styles/analysis-team.css';

import { createWorkbenchApi } from '../../shared/ipc/create-workbench-api';
import { startWorkbench } from './workbench/start-workbench';

/** Boot: find the host's transport, wrap it in the typed API, and build the window. */
function boot(): void {
  const root = document.getElementById('app');
  if (root === null) throw new Error('index.html has no #app element.');
  const transport = window.workbenchTransport;
  if (transport === undefined) {
    // Without a transport there is no backend: say so instead of showing an empty, broken window.
    root.classList.add('boot-failed');
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'boot-error';
    message.textContent = 'The workbench could not connect to its backend. Restart the app.';
    root.replaceChildren(message);
    return;
  }
  startWorkbench(root, createWorkbenchApi(transport));
}

boot();
