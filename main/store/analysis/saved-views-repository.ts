import type { DatabaseSync } from 'node:sqlite';
import { SavedAnalysisView, SavedViewName } from '../../../shared/model/analysis';
import { AnalysisFilter } from '../../../shared/model/analysis-filter';
import { parseInput } from '../store-input';

interface ViewRow {
  id: number;
  name: string;
  filterJson: string;
}

const SELECT_VIEWS = 'SELECT id, name, filter_json AS filterJson FROM analysis_view';

/** A stored view whose filter no longer reads (a newer version's, or a damaged file) is left out. */
function toView(row: ViewRow): SavedAnalysisView[] {
  let filter: unknown;
  try {
    filter = JSON.parse(row.filterJson);
  } catch {
    return [];
  }
  const parsed = AnalysisFilter.safeParse(filter);
  return parsed.success ? [{ id: row.id, name: row.name, filter: parsed.data }] : [];
}

export function listSavedViews(db: DatabaseSync): SavedAnalysisView[] {
  const rows = db.prepare(`${SELECT_VIEWS} ORDER BY name COLLATE NOCASE, id`).all() as unknown as ViewRow[];
  return rows.flatMap(toView);
}

export function getSavedViews(db: DatabaseSync, ids: readonly number[]): SavedAnalysisView[] {
  const rows = db
    .prepare(`${SELECT_VIEWS} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as unknown as ViewRow[];
  return rows.flatMap(toView);
}

/** Saves the filter under the name; a view of that name (in any case) takes the new filter. */
export function saveView(db: DatabaseSync, name: string, filter: AnalysisFilter, now: string): SavedAnalysisView {
  const checkedName = parseInput(SavedViewName, name);
  const checkedFilter = parseInput(AnalysisFilter, filter);
  const row = db
    .prepare(
      `INSERT INTO analysis_view (name, filter_json, created_at) VALUES (?, ?, ?)
       ON CONFLICT (name COLLATE NOCASE) DO UPDATE SET filter_json = excluded.filter_json
       RETURNING id`,
    )
    .get(checkedName, JSON.stringify(checkedFilter), now) as { id: number };
  return SavedAnalysisView.parse({ id: row.id, name: checkedName, filter: checkedFilter });
}

export function deleteSavedView(db: DatabaseSync, id: number): void {
  db.prepare('DELETE FROM analysis_view WHERE id = ?').run(id);
}
