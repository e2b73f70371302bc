import { describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../../main/store/project-store';
import type { ChangeSet } from '../../../shared/model/change-set';
import type { CurationQuery, Disagreement } from '../../../shared/model/curation';
import { expectRefused, span } from '../annotation-store/fixtures';
import { useTempDir } from '../support/temp-dir';
import { SEED_CLAIM_TEXT } from '../support/text-span';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { alterProjectFile, insertLayer, LONG_TITLE, SHORT_TITLE, twoLayerProject } from './team-fixtures';

const tempDir = useTempDir();

const ANA = { uid: '0b6f6c1e-5d1a-4c1e-9a55-2f0e7d9b1a01', name: 'Ana Ruiz', email: null };

function only(list: readonly Disagreement[], kind: Disagreement['kind']): Disagreement {
  const found = list.filter((disagreement) => disagreement.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Disagreement;
}

/** Every change set the store announces from now on. */
function changesOf(store: ProjectStore): ChangeSet[] {
  const changes: ChangeSet[] = [];
  store.onChanged((change) => changes.push(change));
  return changes;
}

function curatedProject() {
  const project = twoLayerProject(tempDir());
  const curator = project.store.useAnnotator(ANA);
  const query: CurationQuery = { a: project.ana, b: project.ben };
  return { ...project, curator, query };
}

describe('the disagreements of two layers', () => {
  it('lists the title boundary and the claim stance, each with what differs in words', () => {
    const { store, query, text, labels } = curatedProject();
    const list = store.curationDisagreements(query);
    expect(list.map((disagreement) => disagreement.kind)).toEqual(['boundary', 'claim']);
    const boundary = only(list, 'boundary');
    expect({ start: boundary.start, end: boundary.end }).toEqual(span(text, LONG_TITLE));
    expect(boundary.a).toMatchObject({ labelId: labels.location, quote: SHORT_TITLE });
    expect(boundary.b).toMatchObject({ labelId: labels.location, quote: LONG_TITLE });
    expect(boundary.differences).toEqual([`Text: “${SHORT_TITLE}” ≠ “${LONG_TITLE}”`]);
    const claim = only(list, 'claim');
    expect({ start: claim.start, end: claim.end }).toEqual(span(text, SEED_CLAIM_TEXT));
    expect(claim.differences).toEqual(['Stance: supports ≠ refutes']);
    expect(list.every((disagreement) => disagreement.curated.length === 0 && disagreement.decision === undefined)).toBe(
      true,
    );
  });

  it('keys each disagreement the same way in every session', () => {
    const { store, query, reopen } = curatedProject();
    const keys = store.curationDisagreements(query).map((disagreement) => disagreement.key);
    expect(new Set(keys).size).toBe(2);
    expect(
      reopen()
        .curationDisagreements(query)
        .map((disagreement) => disagreement.key),
    ).toEqual(keys);
  });

  it('keeps a decision to the two layers it was taken between', () => {
    const { store, query, path, articleId, text, labels } = curatedProject();
    const carl = insertLayer(path, 'Carl', [
      { articleId, labelId: labels.location, fragments: [span(text, LONG_TITLE)], quote: LONG_TITLE },
    ]);
    const withBen = only(store.curationDisagreements(query), 'boundary');
    store.decideCuration(query, withBen.key, 'b');
    // Ana against Carl differs at the same place in the same way, but "b" there would be Carl's version.
    const withCarl = only(store.curationDisagreements({ a: query.a, b: carl }), 'boundary');
    expect(withCarl.key).not.toBe(withBen.key);
    expect(withCarl.decision).toBeUndefined();
    expect(only(store.curationDisagreements(query), 'boundary').decision?.choice).toBe('b');
  });

  it('shows what the project holds at a place as curated, and narrows to the chosen labels', () => {
    const { store, query, articleId, text, labels } = curatedProject();
    const mine = store.createAnnotation({ articleId, labelId: labels.location, fragments: [span(text, SHORT_TITLE)] });
    store.createAnnotation({ articleId, labelId: labels.person, fragments: [span(text, 'Sergei Schoigu')] });
    const boundary = only(store.curationDisagreements(query), 'boundary');
    expect(boundary.curated).toEqual([
      { annotationId: mine.id, labelId: labels.location, fragments: mine.fragments, quote: SHORT_TITLE },
    ]);
    expect(store.curationDisagreements({ ...query, labelIds: [labels.claim] }).map((d) => d.kind)).toEqual(['claim']);
  });
});

describe('deciding a disagreement', () => {
  it('writes the chosen version into the project and records who decided, as one undoable step', () => {
    const { store, query, curator, labels, text } = curatedProject();
    const changes = changesOf(store);
    const boundary = only(store.curationDisagreements(query), 'boundary');
    const decision = store.decideCuration(query, boundary.key, 'b');
    expect(decision).toMatchObject({ key: boundary.key, choice: 'b', decidedBy: curator.id });
    const [written] = store.listAnnotations(boundary.articleId);
    expect(written).toMatchObject({ labelId: labels.location, fragments: [span(text, LONG_TITLE)] });
    expect(changes).toHaveLength(1);
    expect(changes[0]?.annotations?.upserted.map((annotation) => annotation.id)).toEqual([written?.id]);
    expect(changes[0]?.curationDecisions).toEqual({ upserted: [decision], deleted: [] });
    expect(changes[0]?.history?.undo).toBe(`Curate “${SHORT_TITLE}”: accept B`);
    const after = only(store.curationDisagreements(query), 'boundary');
    expect(after.decision).toEqual(decision);
    expect(after.curated.map((item) => item.annotationId)).toEqual([written?.id]);

    store.undo();
    expect(store.listAnnotations(boundary.articleId)).toEqual([]);
    expect(only(store.curationDisagreements(query), 'boundary').decision).toBeUndefined();
    expect(changes[1]?.curationDecisions).toEqual({ upserted: [], deleted: [boundary.key] });
    expect(changes[1]?.annotations?.deleted).toEqual([written?.id]);

    store.redo();
    expect(store.listAnnotations(boundary.articleId)).toEqual([written]);
    expect(only(store.curationDisagreements(query), 'boundary').decision).toEqual(decision);
  });

  it('replaces a curated version that differs, and keeps the decision through a reopen', () => {
    const { store, query, reopen, labels, text } = curatedProject();
    const boundary = only(store.curationDisagreements(query), 'boundary');
    store.decideCuration(query, boundary.key, 'b');
    const decision = store.decideCuration(query, boundary.key, 'a');
    expect(store.listAnnotations(boundary.articleId).map((annotation) => annotation.fragments)).toEqual([
      [span(text, SHORT_TITLE)],
    ]);
    const reopened = reopen();
    const again = only(reopened.curationDisagreements(query), 'boundary');
    expect(again.decision).toEqual(decision);
    expect(again.curated).toMatchObject([{ labelId: labels.location, quote: SHORT_TITLE }]);
    reopened.close();
  });

  it("curates a claim's attributes and creates its claimant by the name the layer gives", () => {
    const { store, query, labels } = curatedProject();
    const claim = only(store.curationDisagreements(query), 'claim');
    store.decideCuration(query, claim.key, 'a');
    const [created] = store.listAnnotations(claim.articleId);
    const xi = store.listEntities().find((entity) => entity.name === 'Xi Jinping');
    expect(xi?.typeLabelId).toBe(labels.person);
    expect(created?.claim).toEqual({
      claimantEntityId: xi?.id,
      aboutEntityIds: [],
      attributes: { [labels.stance]: labels.supports },
    });
    store.decideCuration(query, claim.key, 'b');
    const [changed] = store.listAnnotations(claim.articleId);
    // The same annotation, so its notes and relations stay; only its stance is Ben's now.
    expect(changed?.id).toBe(created?.id);
    expect(changed?.claim?.attributes).toEqual({ [labels.stance]: labels.refutes });
    expect(store.listEntities().filter((entity) => entity.name === 'Xi Jinping')).toHaveLength(1);
    expectRefused(() => store.decideCuration(query, claim.key, 'both'), 'invalid-argument', /one claimant/);
  });

  it('rejects by removing the curated version, and records a hand edit without writing', () => {
    const { store, query, articleId, text, labels } = curatedProject();
    store.createAnnotation({ articleId, labelId: labels.location, fragments: [span(text, SHORT_TITLE)] });
    const boundary = only(store.curationDisagreements(query), 'boundary');
    store.decideCuration(query, boundary.key, 'edited');
    expect(store.listAnnotations(articleId)).toHaveLength(1);
    expect(only(store.curationDisagreements(query), 'boundary').decision?.choice).toBe('edited');
    store.decideCuration(query, boundary.key, 'reject');
    expect(store.listAnnotations(articleId)).toEqual([]);
    expect(store.historyState().undo).toBe(`Curate “${SHORT_TITLE}”: reject`);
  });

  it('refuses a key that no longer names a disagreement, and changes nothing', () => {
    const { store, query, path, ben } = curatedProject();
    const boundary = only(store.curationDisagreements(query), 'boundary');
    expectRefused(() => store.decideCuration(query, 'no such key', 'a'), 'not-found', /no longer there/);
    // Ben's layer now agrees with Ana's on the title: the disagreement is gone.
    alterProjectFile(path, `DELETE FROM layer_annotation WHERE layer_id = ${ben} AND quote = '${LONG_TITLE}'`);
    expectRefused(() => store.decideCuration(query, boundary.key, 'b'), 'not-found', /no longer there/);
    expect(store.listAnnotations(boundary.articleId)).toEqual([]);
    expect(store.historyState().undo).toBeNull();
  });

  it('accepts both versions of a label disagreement, and a span only one layer has', () => {
    const { store, path, articleId, text, labels } = curatedProject();
    const organisation = store.listLabels().find((candidate) => candidate.name === 'Organisation')?.id ?? 0;
    const peking = { articleId, fragments: [span(text, 'Peking')], quote: 'Peking' };
    const a = insertLayer(path, 'Dai', [{ ...peking, labelId: labels.location }]);
    const b = insertLayer(path, 'Eli', [
      { ...peking, labelId: organisation },
      { articleId, labelId: labels.person, fragments: [span(text, 'Schoigu')], quote: 'Schoigu' },
    ]);
    const [label, onlyB] = store.curationDisagreements({ a, b });
    expect(label?.differences).toEqual(['Label: Location ≠ Organisation']);
    expect(onlyB).toMatchObject({ kind: 'only-b', differences: ['Only B: Person “Schoigu”'] });
    store.decideCuration({ a, b }, label?.key ?? '', 'both');
    store.decideCuration({ a, b }, onlyB?.key ?? '', 'b');
    expect(store.listAnnotations(articleId).map((annotation) => [annotation.labelId, annotation.quote.exact])).toEqual([
      [labels.location, 'Peking'],
      [organisation, 'Peking'],
      [labels.person, 'Schoigu'],
    ]);
    store.decideCuration({ a, b }, onlyB?.key ?? '', 'a');
    expect(store.listAnnotations(articleId)).toHaveLength(2);
  });

  it('keeps UTF-16 offsets after emoji, combining marks and CJK, and links mentions to entities by name', () => {
    const { store, path, labels } = curatedProject();
    const text = '🙂🇩🇪 Cafe\u0301, שלום! 习近平在北京会见了绍伊古。';
    const { id: articleId } = store.createArticle(articleFromPaste({ title: 'CJK', text }));
    const stored = store.getArticle(articleId).text;
    const mention = (phrase: string, entityName?: string) => ({
      articleId,
      labelId: labels.person,
      fragments: [span(stored, phrase)],
      quote: phrase,
      ...(entityName === undefined ? {} : { entityName }),
    });
    const a = insertLayer(path, 'Dai', [mention('习近平', '习近平')]);
    const b = insertLayer(path, 'Eli', [mention('习近平在北京'), mention('绍伊古', '绍伊古')]);
    const list = store.curationDisagreements({ a, b });
    expect(list.map((d) => [d.kind, stored.slice(d.start, d.end)])).toEqual([
      ['boundary', '习近平在北京'],
      ['only-b', '绍伊古'],
    ]);
    expect(list[0]?.start).toBe(stored.indexOf('习近平'));
    store.decideCuration({ a, b }, list[0]?.key ?? '', 'a');
    store.decideCuration({ a, b }, list[1]?.key ?? '', 'b');
    const written = store.listAnnotations(articleId);
    expect(written.map((annotation) => annotation.quote.exact)).toEqual(['习近平', '绍伊古']);
    const names = new Map(store.listEntities().map((entity) => [entity.id, entity.name]));
    expect(written.map((annotation) => names.get(annotation.entityId ?? 0))).toEqual(['习近平', '绍伊古']);
    const report = store.computeAgreement({ layers: [a, b] });
    expect(report.disagreements.map((d) => d.quote)).toEqual(['习近平在北京', '绍伊古']);
  });
});
