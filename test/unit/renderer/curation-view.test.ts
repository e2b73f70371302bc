import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import type { Label } from '../../../shared/model/annotation';
import type { CurationDecision, Disagreement } from '../../../shared/model/curation';
import type { Layer } from '../../../shared/model/layer';
import { AnalysisFilterState } from '../../../renderer/src/analysis/analysis-filter-state';
import type { AnalysisView } from '../../../renderer/src/analysis/analysis-view';
import { curationCommandAccess, curationCommands } from '../../../renderer/src/analysis/curation/curation-commands';
import { CurationDesk } from '../../../renderer/src/analysis/curation/curation-desk';
import { CURATION_VIEW } from '../../../renderer/src/analysis/curation/curation-view';
import { CommandRegistry } from '../../../renderer/src/commands/command-registry';
import { WorkbenchModel } from '../../../renderer/src/model/workbench-model';
import { keyEvent } from '../support/window-commands';

// The view builds DOM elements; a small DOM (linkedom) stands in for the window's, where every
// connected element counts as visible.
beforeEach(() => {
  const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(window.HTMLElement.prototype, { checkVisibility: () => true });
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const TEXT = 'Die Regierung der Russischen Föderation erklärte am Montag 👋, dass nichts geschah.';
const claim: Label = {
  id: 2,
  kind: 'claim',
  name: 'Claim',
  parentId: null,
  color: '#000000',
  hotkey: null,
  position: 2,
};
const organisation: Label = {
  id: 1,
  kind: 'entity',
  name: 'Organisation',
  parentId: null,
  color: '#0072b2',
  hotkey: '1',
  position: 1,
};

const anna: Layer = {
  id: 7,
  uid: 'u7',
  name: 'Anna',
  annotatorId: 4,
  format: 'bundle',
  fileNames: ['anna.json'],
  importedAt: '2026-12-06T20:00:00Z',
  articleCount: 1,
  annotationCount: 2,
};

const span = (start: number, end: number, labelId = 1) => ({
  labelId,
  fragments: [{ start, end }],
  quote: TEXT.slice(start, end),
});

const start = TEXT.indexOf('Russischen');
const DISAGREEMENTS: Disagreement[] = [
  {
    key: 'boundary-1',
    articleId: 1,
    kind: 'boundary',
    start: 4,
    end: start + 21,
    a: span(start, start + 21),
    b: span(4, start + 21),
    differences: [],
    curated: [span(start, start + 21)],
  },
  {
    key: 'claim-1',
    articleId: 1,
    kind: 'claim',
    start: 40,
    end: 60,
    a: span(40, 60, 2),
    b: span(40, 60, 2),
    differences: ['stance'],
    curated: [span(40, 60, 2)],
  },
];

function setUp() {
  const model = new WorkbenchModel();
  model.loadProject({
    project: { name: 'P', displayPath: '/p.awb', articleCount: 1, schemaVersion: 1 },
    articles: [
      {
        id: 1,
        title: 'Seed article',
        charCount: TEXT.length,
        createdAt: '2026-01-01',
        deletedAt: null,
        metadata: { source: null, url: null, author: null, publishedAt: null, language: null, tags: [] },
      },
    ],
    labels: [organisation, claim],
    entities: [],
    history: { undo: null, redo: null },
    savedViews: [],
    annotators: [{ id: 3, uid: '6f1c2a4e-1b2c-4d3e-8f90-123456789abc', name: 'Kim', email: null }],
    layers: [anna],
  });
  const asked: string[] = [];
  const decided: unknown[] = [];
  const invoke = vi.fn(async (call: string, arg?: unknown): Promise<unknown> => {
    asked.push(call);
    switch (call) {
      case 'curation.disagreements':
        return DISAGREEMENTS;
      case 'article.get':
        return { text: TEXT };
      case 'curation.decide': {
        decided.push(arg);
        const { key, choice } = arg as { key: string; choice: CurationDecision['choice'] };
        return { key, articleId: 1, choice, decidedBy: 3, decidedAt: '2026-12-06T23:00:00Z' };
      }
      default:
        throw new Error(`unexpected call ${call}`);
    }
  });
  const api = { invoke, on: () => () => undefined } as unknown as WorkbenchApi;
  const registry = new CommandRegistry((key) => key === 'curationShown', vi.fn());
  for (const command of curationCommands({
    get active() {
      return desk.active;
    },
  }))
    registry.register(command);
  const desk = new CurationDesk(curationCommandAccess(registry, false));
  const openArticle = vi.fn();
  const reportError = vi.fn();
  const view: AnalysisView = CURATION_VIEW.create({
    api,
    model,
    filter: new AnalysisFilterState(),
    curationDesk: desk,
    openArticle,
    showEntity: vi.fn(),
    reportError,
  });
  document.body.append(view.element);
  const press = (code: string) => registry.handleKey(keyEvent({ code, key: code.slice(3).toLowerCase() }), 'curation');
  return { model, view, asked, decided, press, openArticle, reportError };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const text = (view: AnalysisView, selector: string) => view.element.querySelector(selector)?.textContent ?? '';

describe('the curation view', () => {
  it('walks the disagreements of the first two layers with A’s, B’s and the curated version side by side', async () => {
    const { view, asked, decided, press, reportError } = setUp();
    view.show();
    await settle();
    await settle();
    expect(reportError).not.toHaveBeenCalled();
    expect(asked).toEqual(['curation.disagreements', 'article.get']);
    expect(text(view, '.curation-heading')).toBe('Disagreement 1 of 2: Boundaries differ — Seed article');
    const marks = [...view.element.querySelectorAll('.curation-version')].map(
      (version) => version.querySelector('mark')?.textContent,
    );
    expect(marks).toEqual(['Russischen Föderation', 'Regierung der Russischen Föderation', 'Russischen Föderation']);
    expect(text(view, '[role="status"]')).toBe('0 of 2 decided');

    expect(press('KeyB')).toBe(true);
    await settle();
    expect(decided).toEqual([{ query: { a: 'project', b: 7 }, key: 'boundary-1', choice: 'b' }]);
    // The answer is shown without asking for the list again; the walk goes on to the next one.
    expect(asked.filter((call) => call === 'curation.disagreements')).toHaveLength(1);
    expect(text(view, '[role="status"]')).toBe('1 of 2 decided');
    expect(text(view, '.curation-heading')).toContain('Disagreement 2 of 2: The claim is coded differently');
    expect(text(view, '.curation-differences')).toContain('stance');

    press('KeyP');
    expect(text(view, '.curation-decision')).toMatch(/^Accepted B by Kim on /u);
  });

  it('follows a decision undone by the app’s Undo back to its disagreement', async () => {
    const { model, view, press } = setUp();
    view.show();
    await settle();
    await settle();
    expect(press('KeyA')).toBe(true);
    await settle();
    expect(text(view, '[role="status"]')).toBe('1 of 2 decided');
    model.apply({
      curationDecisions: { upserted: [], deleted: ['boundary-1'] },
      annotations: { upserted: [], deleted: [99] },
    });
    expect(text(view, '.curation-heading')).toContain('Disagreement 1 of 2');
    expect(text(view, '.curation-decision')).toBe('Not decided yet.');
    expect(text(view, '[role="status"]')).toBe('0 of 2 decided');
  });

  it('asks for the list again once when annotations changed by other means', async () => {
    vi.useFakeTimers();
    try {
      const { model, view, asked } = setUp();
      view.show();
      await vi.runAllTimersAsync();
      model.apply({ annotations: { upserted: [], deleted: [98] } });
      model.apply({ annotations: { upserted: [], deleted: [97] } });
      await vi.runAllTimersAsync();
      expect(asked.filter((call) => call === 'curation.disagreements')).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('E opens the article at the disagreement and records the decision as edited', async () => {
    const { view, decided, press, openArticle } = setUp();
    view.show();
    await settle();
    await settle();
    press('KeyE');
    await settle();
    expect(openArticle).toHaveBeenCalledWith(1, 4);
    expect(decided).toEqual([{ query: { a: 'project', b: 7 }, key: 'boundary-1', choice: 'edited' }]);
  });
});
