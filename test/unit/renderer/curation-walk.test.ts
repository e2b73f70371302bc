import { describe, expect, it } from 'vitest';
import type { CurationDecision, CurationItem, Disagreement } from '../../../shared/model/curation';
import { CurationWalk, curatedVersion } from '../../../renderer/src/analysis/curation/curation-walk';
import { textAround } from '../../../renderer/src/analysis/curation/text-around';
import { keyEvent, windowRegistry } from '../support/window-commands';

const item = (start: number, end: number, labelId = 1): CurationItem => ({
  labelId,
  fragments: [{ start, end }],
  quote: 'x'.repeat(end - start),
});

function disagreement(key: string, extra: Partial<Disagreement> = {}): Disagreement {
  return {
    key,
    articleId: 1,
    kind: 'boundary',
    start: 0,
    end: 10,
    a: item(0, 10),
    b: item(0, 4),
    differences: [],
    curated: [item(0, 10)],
    ...extra,
  };
}

const decision = (key: string, choice: CurationDecision['choice'] = 'a'): CurationDecision => ({
  key,
  articleId: 1,
  choice,
  decidedBy: 3,
  decidedAt: '2026-12-06T23:00:00Z',
});

describe('walking through disagreements', () => {
  it('counts what is decided and moves one at a time, staying at the ends', () => {
    const walk = new CurationWalk([
      disagreement('k1', { decision: decision('k1') }),
      disagreement('k2'),
      disagreement('k3'),
    ]);
    expect(walk.progress).toBe('1 of 3 decided');
    expect(walk.step(-1)).toBe(false);
    expect(walk.step(1)).toBe(true);
    expect(walk.step(1)).toBe(true);
    expect(walk.step(1)).toBe(false);
    expect(walk.current?.key).toBe('k3');
  });

  it('after a decision goes on to the next undecided disagreement', () => {
    const walk = new CurationWalk([
      disagreement('k1'),
      disagreement('k2', { decision: decision('k2') }),
      disagreement('k3'),
    ]);
    walk.applyDecisions([decision('k1', 'both')], []);
    walk.advance();
    expect(walk.current?.key).toBe('k3');
    expect(walk.progress).toBe('2 of 3 decided');
  });

  it('takes decisions and undos from change sets, once however often they come', () => {
    const walk = new CurationWalk([disagreement('k1'), disagreement('k2')]);
    expect(walk.applyDecisions([decision('k2', 'reject')], [])).toBe(true);
    expect(walk.applyDecisions([decision('k2', 'reject')], [])).toBe(true);
    expect(walk.decided).toBe(1);
    expect(walk.applyDecisions([], ['k2'])).toBe(true);
    expect(walk.decided).toBe(0);
    expect(walk.applyDecisions([decision('other')], ['k1'])).toBe(false);
  });

  it('goes back to a disagreement whose decision was undone', () => {
    const walk = new CurationWalk([disagreement('k1'), disagreement('k2')]);
    walk.step(1);
    expect(walk.goTo('k1')).toBe(true);
    expect(walk.current?.key).toBe('k1');
    expect(walk.goTo('gone')).toBe(false);
  });

  it('keeps its place by key when the list is asked for again', () => {
    const walk = new CurationWalk([disagreement('k1'), disagreement('k2'), disagreement('k3')]);
    walk.step(1);
    walk.replace([disagreement('k0'), disagreement('k2'), disagreement('k3')]);
    expect(walk.current?.key).toBe('k2');
    walk.replace([disagreement('k9')]);
    expect(walk.index).toBe(0);
    walk.replace([]);
    expect(walk.current).toBeUndefined();
    expect(walk.progress).toBe('0 of 0 decided');
  });

  it('shows as curated what the decision put there, else what the project holds', () => {
    const base = disagreement('k1');
    expect(curatedVersion(base)).toEqual(base.curated);
    expect(curatedVersion({ ...base, decision: decision('k1', 'b') })).toEqual([base.b]);
    expect(curatedVersion({ ...base, decision: decision('k1', 'both') })).toEqual([base.a, base.b]);
    expect(curatedVersion({ ...base, decision: decision('k1', 'reject') })).toEqual([]);
    expect(curatedVersion({ ...base, decision: decision('k1', 'edited') })).toEqual(base.curated);
    const onlyB = disagreement('k2', { kind: 'only-b' });
    delete onlyB.a;
    expect(curatedVersion({ ...onlyB, decision: decision('k2', 'both') })).toEqual([onlyB.b]);
  });
});

describe('the text around a disagreement', () => {
  it('marks a version’s span and says where the text goes on', () => {
    const text = 'Die Regierung der Russischen Föderation erklärte am Montag, dass';
    const start = text.indexOf('Russischen');
    const end = start + 'Russischen Föderation'.length;
    expect(textAround(text, { start, end }, [{ start, end }], 10)).toEqual([
      { text: '…', marked: false },
      { text: 'erung der ', marked: false },
      { text: 'Russischen Föderation', marked: true },
      { text: ' erklärte ', marked: false },
      { text: '…', marked: false },
    ]);
  });

  it('never cuts an emoji in half at its edges, and keeps CRLF, RTL and CJK text whole', () => {
    const text = '😀😀 שלום\r\n東京 مرحبا 😀😀';
    const start = text.indexOf('東京');
    const pieces = textAround(text, { start, end: start + 2 }, [{ start, end: start + 2 }], 7);
    const shown = pieces.map((piece) => piece.text).join('');
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
    expect(pieces.find((piece) => piece.marked)?.text).toBe('東京');
    expect(shown).toContain('\r\n');
  });

  it('marks overlapping versions as one stretch and nothing outside them', () => {
    const pieces = textAround('abcdefghij', { start: 2, end: 8 }, [
      { start: 2, end: 5 },
      { start: 4, end: 8 },
    ]);
    expect(pieces).toEqual([
      { text: 'ab', marked: false },
      { text: 'cdefgh', marked: true },
      { text: 'ij', marked: false },
    ]);
  });
});

describe('the curation keys', () => {
  const press = (code: string, shiftKey = false) => keyEvent({ code, key: code.slice(3).toLowerCase(), shiftKey });

  it('decide, edit and move in the curation walk, and undo with U', () => {
    const { registry, curation } = windowRegistry({ curationShown: true });
    expect(registry.handleKey(press('KeyA'), 'curation')).toBe(true);
    expect(registry.handleKey(press('KeyB'), 'curation')).toBe(true);
    expect(registry.handleKey(press('KeyH'), 'curation')).toBe(true);
    expect(registry.handleKey(press('KeyR'), 'curation')).toBe(true);
    expect(curation.view.decide.mock.calls.map(([choice]) => choice)).toEqual(['a', 'b', 'both', 'reject']);
    expect(registry.handleKey(press('KeyE'), 'curation')).toBe(true);
    expect(curation.view.edit).toHaveBeenCalledOnce();
    for (const code of ['KeyN', 'KeyJ', 'KeyP', 'KeyK']) registry.handleKey(press(code), 'curation');
    expect(curation.view.step.mock.calls.map(([by]) => by)).toEqual([1, 1, -1, -1]);
    expect(registry.handleKey(press('KeyU'), 'curation')).toBe(true);
  });

  it('leave the article’s keys alone, and apply only while the curation view is on screen', () => {
    const shown = windowRegistry({ curationShown: true });
    // In the article, A accepts a suggestion, not a curation version.
    shown.registry.handleKey(press('KeyA'), 'article');
    expect(shown.suggestions.actions.accept).toHaveBeenCalled();
    expect(shown.curation.view.decide).not.toHaveBeenCalled();
    const typing = windowRegistry({ curationShown: true, textEntryFocused: true });
    expect(typing.registry.handleKey(press('KeyA'), 'curation')).toBe(false);
    const hidden = windowRegistry({ curationShown: false });
    expect(hidden.registry.handleKey(press('KeyA'), 'curation')).toBe(false);
    expect(hidden.registry.available().map((command) => command.id)).not.toContain('curation-accept-a');
    expect(shown.registry.available().map((command) => command.id)).toContain('curation-accept-a');
  });

  it('do not apply when no curation view is there to act on', () => {
    const { registry, curation } = windowRegistry({ curationShown: true });
    curation.desk.active = null;
    expect(registry.handleKey(press('KeyA'), 'curation')).toBe(false);
  });
});
