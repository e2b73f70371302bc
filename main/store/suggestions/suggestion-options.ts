import type { DatabaseSync } from 'node:sqlite';
import { SuggestionOptions } from '../../../shared/model/suggestion';

/** The project_meta key the options are kept under, in the project file. */
export const SUGGESTION_OPTIONS_KEY = 'suggestion_options';

/** Until the analyst chooses: "PUTIN" finds Putin and "Sojgu" finds "Šojgu". */
export const DEFAULT_SUGGESTION_OPTIONS: SuggestionOptions = { ignoreCase: true, ignoreDiacritics: true };

/** The project's options; a missing or unreadable entry (a file edited by hand) reads as the defaults. */
export function readSuggestionOptions(db: DatabaseSync): SuggestionOptions {
  const row = db.prepare('SELECT value FROM project_meta WHERE key = ?').get(SUGGESTION_OPTIONS_KEY) as
    { value: string } | undefined;
  if (row === undefined) return DEFAULT_SUGGESTION_OPTIONS;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return DEFAULT_SUGGESTION_OPTIONS;
  }
  const parsed = SuggestionOptions.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SUGGESTION_OPTIONS;
}

export function writeSuggestionOptions(db: DatabaseSync, options: SuggestionOptions): SuggestionOptions {
  const value = SuggestionOptions.parse(options);
  db.prepare(
    'INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(SUGGESTION_OPTIONS_KEY, JSON.stringify(value));
  return value;
}
