import { describe, expect, it } from 'vitest';
import { GazetteerSource } from '../../../main/store/suggestions/gazetteer-source';
import { PatternSource } from '../../../main/store/suggestions/pattern-source';
import { ProjectStore } from '../../../main/store/project-store';
import type { Suggestion } from '../../../shared/model/suggestion';
import type { Gazetteer, PatternSet } from '../../../shared/model/suggestion-source';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { label, seedProject } from '../annotation-store/fixtures';
import { recordChanges } from '../support/change-set-check';
import { present } from '../support/present';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** The eight people, places and organisations of the seed article, as an analyst's gazetteer lists them. */
const SEED_GAZETTEER = [
  'name\ttype\taliases\twikidata',
  'Xi Jinping\tPerson\tXi|Präsident Xi\tQ15031',
  'Sergei Schoigu\tPerson\tSchoigu|Sergei Shoigu\tQ312792',
  'Wladimir Putin\tPerson\tPutin|Präsident Putin\tQ7747',
  'Peking\tLocation\tBeijing\tQ956',
  'China\tLocation\t\tQ148',
  'Russland\tLocation\tRussia\tQ159',
  'TASS\tOrganisation\t\thttps://tass.ru',
  'Russische Föderation\tOrganisation\t\t',
].join('\r\n');

const SEED_PATTERNS = [
  '{"label": "Organisation", "pattern": [{"LOWER": "global"}, {"LOWER": "times"}]}',
  '{"label": "ORG", "pattern": "Sicherheitsrates"}',
  '{"label": "Person", "pattern": [{"TEXT": "Lin"}, {"IS_TITLE": true}]}',
].join('\n');

function importGazetteer(store: ProjectStore, text = SEED_GAZETTEER, fileName = 'seed people.tsv'): Gazetteer {
  const imported = store.importSuggestionSource({ kind: 'gazetteer', fileName, text });
  if (imported.kind !== 'gazetteer') throw new Error('not a gazetteer');
  return imported.gazetteer;
}

function importPatterns(store: ProjectStore, text = SEED_PATTERNS, fileName = 'seed.jsonl'): PatternSet {
  const imported = store.importSuggestionSource({ kind: 'patterns', fileName, text });
  if (imported.kind !== 'pattern') throw new Error('not a pattern set');
  return imported.patternSet;
}

/** Suggestions as [text, label name, entity] for reading in a test. */
function readable(store: ProjectStore, suggestions: readonly Suggestion[]) {
  const names = new Map(store.listLabels().map((entry) => [entry.id, entry.name]));
  return suggestions.map((suggestion) => [
    suggestion.quote.exact,
    names.get(suggestion.labelId),
    suggestion.entity === null
      ? null
      : suggestion.entity.kind === 'new'
        ? `new ${suggestion.entity.draft.name}`
        : `existing ${suggestion.entity.entityIds.join(',')}`,
  ]);
}

/** How often each [text, label, entity] was proposed. */
function tally(rows: readonly unknown[][]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.join(' · ')] = (counts[row.join(' · ')] ?? 0) + 1;
  return counts;
}

/** The seed article as the sources read it: German, then an English tweet. */
function seedArticle(store: ProjectStore, articleId: number) {
  const { text } = store.getArticle(articleId);
  const tweet = text.indexOf('Responding');
  const after = text.indexOf('\n', text.indexOf('(@globaltimesnews)'));
  return {
    id: articleId,
    text,
    runs: [
      { start: 0, end: tweet, language: 'de' },
      { start: tweet, end: after, language: 'en' },
      { start: after, end: text.length, language: 'de' },
    ],
  };
}

describe('suggestion sources', () => {
  it('import a gazetteer and list it, announced in a change set', () => {
    const { store } = seedProject(tempDir());
    const recorder = recordChanges(store);
    const gazetteer = importGazetteer(store);
    expect(gazetteer).toMatchObject({ name: 'seed people', fileName: 'seed people.tsv', enabled: true, entryCount: 8 });
    expect(recorder.take()).toEqual([{ gazetteers: { upserted: [gazetteer], deleted: [] } }]);
    expect(store.listSuggestionSources()).toEqual({ gazetteers: [gazetteer], patternSets: [] });
  });

  it('propose every seed entity the gazetteer lists, linking those the registry has', () => {
    const { store, articleId } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const xi = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping' });
    const gazetteer = importGazetteer(store);
    const suggestions = new GazetteerSource(store['db']).propose(seedArticle(store, articleId));
    expect(suggestions.every((s) => s.origin.kind === 'gazetteer' && s.origin.gazetteerId === gazetteer.id)).toBe(true);
    // The hand-made gold list: every mention of the eight in the seed article, "Schoigus" included,
    // and "Russian" in the English tweet not taken for a German form of "Russia".
    expect(tally(readable(store, suggestions))).toEqual({
      'Beijing · Location · new Peking': 1,
      'China · Location · new China': 7,
      'Peking · Location · new Peking': 5,
      'Präsident Putin · Person · new Wladimir Putin': 1,
      [`Präsident Xi Jinping · Person · existing ${xi.id}`]: 2,
      [`Präsident Xi · Person · existing ${xi.id}`]: 1,
      'Russia · Location · new Russland': 1,
      'Russischen Föderation · Organisation · new Russische Föderation': 1,
      'Russland · Location · new Russland': 3,
      'Schoigu · Person · new Sergei Schoigu': 2,
      'Schoigus · Person · new Sergei Schoigu': 2,
      'Sergei Schoigu · Person · new Sergei Schoigu': 2,
      'Sergei Shoigu · Person · new Sergei Schoigu': 1,
      'TASS · Organisation · new TASS': 2,
      'Wladimir Putin · Person · new Wladimir Putin': 1,
      [`Xi · Person · existing ${xi.id}`]: 1,
    });
    const peking = suggestions.find((s) => s.quote.exact === 'Peking')?.entity;
    expect(peking).toEqual({
      kind: 'new',
      draft: {
        typeLabelId: label(store, 'entity', 'Location').id,
        name: 'Peking',
        aliases: ['Beijing'],
        externalIds: [{ scheme: 'wikidata', value: 'Q956' }],
      },
    });
  });

  it('propose labels from a pattern file and the built-in rules switched on', () => {
    const { store, articleId } = seedProject(tempDir());
    const patterns = importPatterns(store);
    const other = label(store, 'entity', 'Other');
    const dates = store.setBuiltInRule('date', label(store, 'entity', 'Date/Time').id);
    const hashtags = store.setBuiltInRule('hashtag', other.id);
    store.setBuiltInRule('handle', other.id);
    store.setBuiltInRule('url', other.id);
    const suggestions = new PatternSource(store['db']).propose(seedArticle(store, articleId));
    expect(suggestions.every((s) => s.entity === null && s.form === 'pattern')).toBe(true);
    expect(readable(store, suggestions).sort()).toEqual(
      [
        ['Sicherheitsrates', 'Organisation', null],
        ['Sicherheitsrates', 'Organisation', null],
        ['Sicherheitsrates', 'Organisation', null],
        ['Lin Jian', 'Person', null],
        ['Lin Jian', 'Person', null],
        ['Global Times', 'Organisation', null],
        ['February 28, 2025', 'Date/Time', null],
        ['#China', 'Other', null],
        ['#Russia', 'Other', null],
        ['@globaltimesnews', 'Other', null],
        ['pic.twitter.com/5TSGau8d0L', 'Other', null],
      ].sort(),
    );
    expect(patterns.labelIds).toEqual([label(store, 'entity', 'Organisation').id, label(store, 'entity', 'Person').id]);
    expect(dates).toMatchObject({ name: 'Dates', builtIn: 'date', fileName: null, ruleCount: 1 });
    expect(store.setBuiltInRule('hashtag', label(store, 'entity', 'Event').id)).toEqual({
      ...hashtags,
      labelIds: [label(store, 'entity', 'Event').id],
    });
  });

  it('refuse a file whose labels the project lacks, listing them, and keep nothing of it', () => {
    const { store } = seedProject(tempDir());
    expect(() =>
      importPatterns(store, '{"label": "NORP", "pattern": "Russen"}\n{"label": "WEAPON", "pattern": "Rakete"}'),
    ).toThrow(
      '"seed.jsonl" names labels the project does not have ("NORP", "WEAPON"): add them in Annotation schema or use one of',
    );
    expect(() => importGazetteer(store, 'name,type\nPutin,Person\n,Person\nSchoigu,\n', 'list.csv')).toThrow(
      '"list.csv" was not imported: line 3: no name; line 4: no type for "Schoigu".',
    );
    expect(store.listSuggestionSources()).toEqual({ gazetteers: [], patternSets: [] });
  });

  it('switch sources off and on, remove them, and stop proposing what is off or gone', () => {
    const { store, articleId } = seedProject(tempDir());
    const gazetteer = importGazetteer(store);
    const source = new GazetteerSource(store['db']);
    const article = seedArticle(store, articleId);
    expect(source.propose(article)).toHaveLength(33);
    const recorder = recordChanges(store);
    store.setSuggestionSourceEnabled({ kind: 'gazetteer', gazetteerId: gazetteer.id }, false);
    expect(recorder.take()).toEqual([{ gazetteers: { upserted: [{ ...gazetteer, enabled: false }], deleted: [] } }]);
    expect(source.propose(article)).toEqual([]);
    store.setSuggestionSourceEnabled({ kind: 'gazetteer', gazetteerId: gazetteer.id }, true);
    expect(source.propose(article)).toHaveLength(33);
    store.removeSuggestionSource({ kind: 'gazetteer', gazetteerId: gazetteer.id });
    expect(present(recorder.take()[1]).gazetteers).toEqual({ upserted: [], deleted: [gazetteer.id] });
    expect(source.propose(article)).toEqual([]);
    expect(() => store.removeSuggestionSource({ kind: 'gazetteer', gazetteerId: gazetteer.id })).toThrow(
      'That gazetteer does not exist (it may have been removed).',
    );
  });

  it('match a gazetteer under the project’s options, built again on every connection when they change', () => {
    const { store, articleId } = seedProject(tempDir());
    importGazetteer(store, 'name\ttype\nPEKING\tLocation\nRussische Foderation\tOrganisation');
    // Another connection, as the reader worker's: it learns of the options from the project file.
    const other = ProjectStore.open(store.path);
    try {
      const source = new GazetteerSource(other['db']);
      const article = seedArticle(store, articleId);
      const peking = { 'Peking · Location · new PEKING': 5 };
      const federation = { 'Russischen Föderation · Organisation · new Russische Foderation': 1 };
      expect(tally(readable(store, source.propose(article)))).toEqual({ ...peking, ...federation });
      store.suggestions.setOptions({ ignoreCase: false, ignoreDiacritics: true });
      expect(tally(readable(store, source.propose(article)))).toEqual(federation);
      store.suggestions.setOptions({ ignoreCase: true, ignoreDiacritics: false });
      expect(tally(readable(store, source.propose(article)))).toEqual(peking);
    } finally {
      other.close();
    }
  });

  it('count each source’s suggestions across the corpus and its acceptance rate', () => {
    const { store, articleId } = seedProject(tempDir());
    const gazetteer = importGazetteer(store);
    const patterns = importPatterns(store);
    const hashtags = store.setBuiltInRule('hashtag', label(store, 'entity', 'Other').id);
    store.setSuggestionSourceEnabled({ kind: 'pattern', patternSetId: hashtags.id }, false);
    // The analyst accepts three of the gazetteer's suggestions and turns one down, and turns down
    // one of the pattern file's: the counts come from what the suggestion store remembered.
    const proposed = store.suggestions.forArticle(articleId);
    const from = (kind: string) => proposed.filter((suggestion) => suggestion.origin.kind === kind);
    const [first, second, third, fourth] = from('gazetteer');
    const [pattern] = from('pattern');
    if (first === undefined || second === undefined || third === undefined || fourth === undefined) {
      throw new Error('the gazetteer proposes fewer than four suggestions in the seed article');
    }
    if (pattern === undefined) throw new Error('the pattern file proposes nothing in the seed article');
    store.suggestions.accept([first, second, third].map((suggestion) => ({ suggestion })));
    store.suggestions.reject([fourth, pattern]);
    expect(store.suggestionSourceStatistics()).toEqual([
      {
        source: { kind: 'gazetteer', gazetteerId: gazetteer.id },
        proposed: 34,
        accepted: 3,
        rejected: 1,
        acceptanceRate: 0.75,
      },
      {
        source: { kind: 'pattern', patternSetId: patterns.id },
        proposed: 6,
        accepted: 0,
        rejected: 1,
        acceptanceRate: 0,
      },
      {
        source: { kind: 'pattern', patternSetId: hashtags.id },
        proposed: null,
        accepted: 0,
        rejected: 0,
        acceptanceRate: null,
      },
    ]);
  });

  it('keep their corpus counts right as articles are added, edited and put in the trash', () => {
    const { store } = seedProject(tempDir());
    const gazetteer = importGazetteer(store);
    const proposed = () => store.suggestionSourceStatistics().map((statistics) => statistics.proposed);
    const seedCount = 34;
    expect(proposed()).toEqual([seedCount]);
    const text = 'Xi Jinping reiste nach Peking, dann nach Russland.';
    const { id } = store.createArticle(articleFromPaste({ title: 'Reise', text }));
    expect(proposed()).toEqual([seedCount + 3]);
    store.editArticleText({
      id,
      changes: [{ from: 0, to: text.length, insertedText: 'Peking' }],
      blocks: plainTextBlocks('Peking'),
    });
    expect(proposed()).toEqual([seedCount + 1]);
    store.trashArticles([id]);
    expect(proposed()).toEqual([seedCount]);
    store.setSuggestionSourceEnabled({ kind: 'gazetteer', gazetteerId: gazetteer.id }, false);
    expect(proposed()).toEqual([null]);
  });
});
