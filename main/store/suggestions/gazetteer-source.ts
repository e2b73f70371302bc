import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { buildTextQuote } from '../../../shared/annotation/text-quote';
import type { ExternalId } from '../../../shared/model/annotation';
import type { GazetteerId, SuggestedEntity, Suggestion } from '../../../shared/model/suggestion';
import type { FoldingOptions } from '../../../shared/suggestions/match-folding';
import { RegistryMatcher } from '../../../shared/suggestions/registry-matcher';
import { BuiltPerSourceVersion } from './source-version';
import { readSuggestionOptions } from './suggestion-options';
import type { ArticleToSuggest, SuggestionSource } from './suggestion-source';

interface EntryRow {
  id: number;
  gazetteer_id: number;
  type_label_id: number;
  name: string;
  aliases_json: string;
  external_ids_json: string;
}

interface Entry {
  readonly name: string;
  readonly typeLabelId: number;
  readonly aliases: readonly string[];
  readonly externalIds: readonly ExternalId[];
}

interface IndexedGazetteer {
  readonly id: GazetteerId;
  readonly matcher: RegistryMatcher;
  readonly entries: ReadonlyMap<number, Entry>;
}

/**
 * The enabled gazetteers as a source: each name and alias proposes its type, through the registry
 * recommender's matcher under the project's matching options (so case, diacritics, word
 * boundaries, CJK names and inflected forms behave exactly as for the registry). A name the
 * registry already has, with the same type, proposes that entity; any other a new entity with the
 * gazetteer's name, aliases and external id.
 */
export class GazetteerSource implements SuggestionSource {
  private readonly gazetteers: BuiltPerSourceVersion<IndexedGazetteer[]>;
  private readonly registered: StatementSync;

  constructor(db: DatabaseSync) {
    this.gazetteers = new BuiltPerSourceVersion(db, () => indexGazetteers(db, readSuggestionOptions(db)));
    this.registered = db.prepare(
      `SELECT id FROM entity WHERE type_label_id = :type AND name = :name COLLATE NOCASE
       UNION
       SELECT a.entity_id FROM entity_alias a JOIN entity e ON e.id = a.entity_id
       WHERE a.alias = :name COLLATE NOCASE AND e.type_label_id = :type
       ORDER BY 1`,
    );
  }

  propose(article: ArticleToSuggest): Suggestion[] {
    return this.gazetteers.current().flatMap((gazetteer) =>
      gazetteer.matcher.find(article.text, article.runs).flatMap((match): Suggestion[] => {
        const entry = gazetteer.entries.get(match.entityIds[0] ?? 0);
        if (entry === undefined) return [];
        return [
          {
            articleId: article.id,
            start: match.start,
            end: match.end,
            labelId: match.labelId,
            quote: buildTextQuote(article.text, [{ start: match.start, end: match.end }]),
            matched: match.name,
            entity: this.entityFor(entry),
            origin: { kind: 'gazetteer', gazetteerId: gazetteer.id },
            form: match.form,
          },
        ];
      }),
    );
  }

  private entityFor(entry: Entry): SuggestedEntity {
    const ids = this.registered.all({ type: entry.typeLabelId, name: entry.name }) as { id: number }[];
    if (ids.length > 0) return { kind: 'existing', entityIds: ids.map(({ id }) => id) };
    return {
      kind: 'new',
      draft: {
        typeLabelId: entry.typeLabelId,
        name: entry.name,
        aliases: [...entry.aliases],
        externalIds: [...entry.externalIds],
      },
    };
  }
}

function indexGazetteers(db: DatabaseSync, options: FoldingOptions): IndexedGazetteer[] {
  const ids = db.prepare('SELECT id FROM gazetteer WHERE enabled = 1 ORDER BY id').all() as { id: number }[];
  const read = db.prepare(
    `SELECT id, gazetteer_id, type_label_id, name, aliases_json, external_ids_json
     FROM gazetteer_entry WHERE gazetteer_id = ? ORDER BY id`,
  );
  return ids.map(({ id }) => {
    const entries = new Map<number, Entry>();
    for (const row of read.all(id) as unknown as EntryRow[]) {
      entries.set(row.id, {
        name: row.name,
        typeLabelId: row.type_label_id,
        aliases: JSON.parse(row.aliases_json) as string[],
        externalIds: JSON.parse(row.external_ids_json) as ExternalId[],
      });
    }
    const matcher = new RegistryMatcher(
      [...entries].map(([entryId, entry]) => ({
        entityId: entryId,
        labelId: entry.typeLabelId,
        names: [entry.name, ...entry.aliases],
      })),
      options,
    );
    return { id, matcher, entries };
  });
}
