import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from '../../../main/store/project-store';
import type { TextFragment } from '../../../shared/model/annotation';
import type { LayerClaim } from '../../../shared/model/layer';
import { label, seedProject, span } from '../annotation-store/fixtures';
import { SEED_CLAIM_TEXT } from '../support/text-span';

/** One annotation of a colleague's layer, as the layer import stores it. */
export interface LayerRow {
  readonly articleId: number;
  readonly labelId: number;
  readonly fragments: readonly TextFragment[];
  readonly quote: string;
  readonly entityId?: number;
  readonly entityName?: string;
  readonly claim?: LayerClaim;
}

/**
 * Adds a colleague's layer straight into the project file on a connection of its own, as the layer
 * import (built separately) will: an annotator, the layer, its annotations.
 */
export function insertLayer(path: string, colleague: string, rows: readonly LayerRow[]): number {
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA foreign_keys = ON');
    const annotator = db
      .prepare("INSERT INTO annotator (uid, name, email, created_at) VALUES (?, ?, NULL, '2026-12-01T10:00:00.000Z')")
      .run(`uid-${colleague}`, colleague).lastInsertRowid;
    const layerId = Number(
      db
        .prepare(
          `INSERT INTO layer (uid, name, annotator_id, format, file_names, imported_at)
           VALUES (?, ?, ?, 'bundle', '[]', '2026-12-01T10:00:00.000Z')`,
        )
        .run(`layer-${colleague}`, colleague, annotator).lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO layer_annotation (layer_id, article_id, uid, label_id, start, end, fragments_json, quote,
         entity_id, entity_name, claim_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    rows.forEach((row, index) =>
      insert.run(
        layerId,
        row.articleId,
        `${colleague}-${index}`,
        row.labelId,
        row.fragments[0]?.start ?? 0,
        row.fragments.at(-1)?.end ?? 0,
        JSON.stringify(row.fragments.map(({ start, end }) => [start, end])),
        row.quote,
        row.entityId ?? null,
        row.entityName ?? null,
        row.claim === undefined ? null : JSON.stringify(row.claim),
      ),
    );
    return layerId;
  } finally {
    db.close();
  }
}

/** Runs SQL on the project file from outside the store, as another process would. */
export function alterProjectFile(path: string, sql: string): void {
  const db = new DatabaseSync(path);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

export const LONG_TITLE = 'Sekretär des Sicherheitsrates der Russischen Föderation';
export const SHORT_TITLE = 'Russischen Föderation';

/**
 * The seed article with two colleagues' layers, Ana's and Ben's, that agree on the mention of "Xi
 * Jinping" and on the span of Xi's claim, and differ twice: Ana marks "Russischen Föderation" as a
 * location where Ben marks the whole title "Sekretär des Sicherheitsrates der Russischen
 * Föderation", and Ana codes the claim's stance as "supports" where Ben codes "refutes". Both name
 * the claimant only (the project has no entity for him yet).
 */
export function twoLayerProject(dir: string) {
  const project = seedProject(dir);
  const { store, articleId, text } = project;
  const person = label(store, 'entity', 'Person').id;
  const location = label(store, 'entity', 'Location').id;
  const claimLabel = label(store, 'claim', 'Claim').id;
  const stance = label(store, 'claim-attribute', 'stance');
  const value = (name: string) =>
    store.listLabels().find((candidate) => candidate.parentId === stance.id && candidate.name === name)?.id ?? 0;
  const supports = value('supports');
  const refutes = value('refutes');
  const row = (labelId: number, phrase: string, extra: Partial<LayerRow> = {}): LayerRow => ({
    articleId,
    labelId,
    fragments: [span(text, phrase)],
    quote: phrase,
    ...extra,
  });
  const claim = (stanceValue: number): LayerClaim => ({
    claimantName: 'Xi Jinping',
    aboutNames: [],
    aboutEntityIds: [],
    attributes: { [stance.id]: stanceValue },
  });
  const xi = row(person, 'Xi Jinping', { entityName: 'Xi Jinping' });
  const ana = insertLayer(project.path, 'Ana', [
    xi,
    row(location, SHORT_TITLE),
    row(claimLabel, SEED_CLAIM_TEXT, { claim: claim(supports) }),
  ]);
  const ben = insertLayer(project.path, 'Ben', [
    xi,
    row(location, LONG_TITLE),
    row(claimLabel, SEED_CLAIM_TEXT, { claim: claim(refutes) }),
  ]);
  return {
    ...project,
    ana,
    ben,
    labels: { person, location, claim: claimLabel, stance: stance.id, supports, refutes },
    reopen: (): ProjectStore => {
      store.close();
      return ProjectStore.open(project.path);
    },
  };
}
