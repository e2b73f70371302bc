import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { CURRENT_SCHEMA_VERSION } from '../../../main/store/migrations';
import { summaryDrift } from '../support/analysis-summaries';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';
import { expectRefused, label, seedProject, span } from './fixtures';

const tempDir = useTempDir();

/** Undoes the migration that added annotators and review statuses. */
const REWIND_ANNOTATORS = `
  DROP TABLE annotator; DROP INDEX article_review_status;
  ${['annotation', 'relation', 'note', 'entity']
    .flatMap((table) => [
      `ALTER TABLE ${table} DROP COLUMN created_by;`,
      `ALTER TABLE ${table} DROP COLUMN updated_by;`,
    ])
    .join('\n')}
  ALTER TABLE relation DROP COLUMN updated_at; ALTER TABLE entity DROP COLUMN updated_at;
  ALTER TABLE article DROP COLUMN review_status; ALTER TABLE article DROP COLUMN review_by;
  ALTER TABLE article DROP COLUMN review_at;`;

describe('the entity registry', () => {
  it('proposes existing entities for a mention by name or alias, ignoring case and accents', () => {
    const { store } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const location = label(store, 'entity', 'Location');
    const xi = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping', aliases: ['Xi'] });
    const shoigu = store.createEntity({
      typeLabelId: person.id,
      name: 'Sergei Schoigu',
      aliases: ['Sergej Šojgu', 'Shoigu'],
    });
    store.createEntity({
      typeLabelId: location.id,
      name: 'Peking',
      aliases: ['Beijing'],
      externalIds: [{ scheme: 'wikidata', value: 'Q956' }],
    });

    expect(store.findEntityCandidates('xi').map((c) => [c.entity.name, c.matched])).toEqual([['Xi Jinping', 'Xi']]);
    expect(store.findEntityCandidates('JINP').map((c) => c.entity.id)).toEqual([xi.id]);
    expect(store.findEntityCandidates('sojgu').map((c) => [c.entity.id, c.matched])).toEqual([
      [shoigu.id, 'Sergej Šojgu'],
    ]);
    expect(store.findEntityCandidates('beij').map((c) => c.entity.externalIds)).toEqual([
      [{ scheme: 'wikidata', value: 'Q956' }],
    ]);
    expect(store.findEntityCandidates('beij', { typeLabelId: person.id })).toEqual([]);
    expect(store.findEntityCandidates('ping')).toEqual([]);
    expectRefused(
      () =>
        store.createEntity({
          typeLabelId: location.id,
          name: 'Moskau',
          externalIds: [{ scheme: 'wikidata', value: 'Moskau' }],
        }),
      'invalid-argument',
      /Use a Wikidata item id such as Q567/,
    );
    expectRefused(
      () => store.createEntity({ typeLabelId: label(store, 'claim', 'Claim').id, name: 'Moskau' }),
      'invalid-argument',
      /“Claim” is not an entity type/,
    );
    store.close();
  });

  it('counts and lists mentions across articles, leaving the trash out', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const second = store.createArticle(
      articleFromPaste({ title: 'Besuch in Moskau', text: 'Präsident Xi reist nach Moskau.' }),
    );
    const trashed = store.createArticle(articleFromPaste({ title: 'Alt', text: 'Xi sprach.' }));
    const xi = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping', aliases: ['Xi'] });
    store.createAnnotations([
      { articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')], entityId: xi.id },
      { articleId, labelId: person.id, fragments: [span(text, 'Präsident Xi', 2)], entityId: xi.id },
      { articleId: second.id, labelId: person.id, fragments: [{ start: 10, end: 12 }], entityId: xi.id },
      { articleId: trashed.id, labelId: person.id, fragments: [{ start: 0, end: 2 }], entityId: xi.id },
    ]);
    store.trashArticles([trashed.id]);

    expect(store.listEntities()).toEqual([{ ...xi, mentionCount: 3, articleCount: 2 }]);
    const mentions = store.entityMentions(xi.id);
    expect(mentions.map((m) => [m.articleTitle, m.quote.exact])).toEqual([
      ['Besuch in Moskau', 'Xi'],
      ['Xi trifft Schoigu', 'Xi Jinping'],
      ['Xi trifft Schoigu', 'Präsident Xi'],
    ]);
    expect(mentions[0]).toMatchObject({
      articleId: second.id,
      fragments: [{ start: 10, end: 12 }],
      quote: { prefix: 'Präsident ' },
    });
    store.close();
  });

  it('keeps each entity’s counts, aliases and ids apart, and follows the trash both ways', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const trashed = store.createArticle(articleFromPaste({ title: 'Alt', text: 'Xi und Putin sprachen.' }));
    const xi = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping', aliases: ['Xi', 'Präsident Xi'] });
    const putin = store.createEntity({
      typeLabelId: person.id,
      name: 'Putin',
      externalIds: [{ scheme: 'wikidata', value: 'Q7747' }],
    });
    const unused = store.createEntity({ typeLabelId: person.id, name: 'Lin Jian', aliases: ['Lin'] });
    store.createAnnotations([
      { articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')], entityId: xi.id },
      { articleId: trashed.id, labelId: person.id, fragments: [{ start: 0, end: 2 }], entityId: xi.id },
      { articleId: trashed.id, labelId: person.id, fragments: [{ start: 7, end: 12 }], entityId: putin.id },
      { articleId: trashed.id, labelId: person.id, fragments: [{ start: 7, end: 12 }], entityId: putin.id },
    ]);
    const counts = (): [string, number, number][] =>
      store.listEntities().map((e) => [e.name, e.mentionCount, e.articleCount]);

    expect(counts()).toEqual([
      ['Lin Jian', 0, 0],
      ['Putin', 2, 1],
      ['Xi Jinping', 2, 2],
    ]);
    store.trashArticles([trashed.id]);
    expect(store.listEntities()).toEqual([
      { ...unused, mentionCount: 0, articleCount: 0 },
      { ...putin, mentionCount: 0, articleCount: 0 },
      { ...xi, mentionCount: 1, articleCount: 1 },
    ]);
    expect(store.entityMentions(putin.id)).toEqual([]);
    store.restoreArticles([trashed.id]);
    expect(counts()).toEqual([
      ['Lin Jian', 0, 0],
      ['Putin', 2, 1],
      ['Xi Jinping', 2, 2],
    ]);
    store.close();
  });

  it('upgrades a project from before the entity-count index, keeping its entities and counts', () => {
    const dir = tempDir();
    const { store, path, articleId, text } = seedProject(dir);
    const person = label(store, 'entity', 'Person');
    const xi = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping', aliases: ['Xi'] });
    store.createAnnotations([
      { articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')], entityId: xi.id },
    ]);
    store.close();
    // Put the file back as migration 3 left it (what the later migrations added undone too).
    const db = new DatabaseSync(path);
    db.exec('DROP INDEX annotation_entity_article; CREATE INDEX annotation_entity ON annotation(entity_id);');
    db.exec('DROP INDEX article_text_hash; ALTER TABLE article DROP COLUMN text_hash;');
    db.exec('ALTER TABLE article DROP COLUMN language_detected;');
    db.exec('ALTER TABLE label DROP COLUMN source_label_ids; ALTER TABLE label DROP COLUMN target_label_ids;');
    const triggers = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'trigger'
         AND (tbl_name IN ('entity', 'entity_alias', 'project_meta') AND name LIKE 'suggestion_%')`,
      )
      .all() as { name: string }[];
    for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
    db.exec('DROP TABLE suggestion_rejection; DROP TABLE suggestion_acceptance;');
    db.exec(`DROP TABLE gazetteer_entry; DROP TABLE gazetteer; DROP TABLE pattern_rule; DROP TABLE pattern_set;
      DROP TABLE suggestion_source_version; DROP TRIGGER suggestion_source_label_delete;
      DROP INDEX entity_name_nocase; DROP INDEX entity_alias_nocase;`);
    db.exec(`DROP TABLE analysis_view; DROP INDEX annotation_label_article; DROP INDEX article_analysis;
      CREATE INDEX annotation_label ON annotation(label_id); DROP INDEX annotation_entity_mention;`);
    db.exec('DROP TABLE curation_decision; DROP TABLE layer_annotation; DROP TABLE layer;');
    const summaryTriggers = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'entity_%' OR name LIKE 'article_label_count_%')",
      )
      .all() as { name: string }[];
    for (const { name } of summaryTriggers) db.exec(`DROP TRIGGER "${name}"`);
    db.exec('DROP TABLE entity_summary; DROP TABLE entity_article_count; DROP TABLE article_label_count;');
    db.exec('DROP TABLE article_block_language;');
    db.exec(REWIND_ANNOTATORS);
    db.exec('PRAGMA user_version = 3');
    db.close();

    const upgraded = ProjectStore.open(path);
    // Relations and entities had no updated_at before: it is unknown after the upgrade.
    expect(upgraded.listEntities()).toEqual([{ ...xi, updatedAt: undefined, mentionCount: 1, articleCount: 1 }]);
    upgraded.close();
    const check = new DatabaseSync(path, { readOnly: true });
    expect(check.prepare('PRAGMA user_version').get()).toEqual({ user_version: CURRENT_SCHEMA_VERSION });
    // The analysis summaries are counted from what the project held before.
    expect(check.prepare('SELECT entity_id AS id, mentions, articles FROM entity_summary').all()).toEqual([
      { id: xi.id, mentions: 1, articles: 1 },
    ]);
    expect(summaryDrift(check)).toEqual([]);
    const indexes = check
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'annotation' AND sql IS NOT NULL")
      .all()
      .map((row) => row.name);
    expect(indexes).toContain('annotation_entity_article');
    expect(indexes).not.toContain('annotation_entity');
    expect(
      check
        .prepare('EXPLAIN QUERY PLAN SELECT count(*) FROM annotation WHERE entity_id = 1')
        .all()
        .map((row) => row.detail),
    ).toEqual(['SEARCH annotation USING COVERING INDEX annotation_entity_article (entity_id=?)']);
    check.close();
  });

  it('merges two entities with their mentions, claims and aliases, and splits a mention off again', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const claimLabel = label(store, 'claim', 'Claim');
    const shoigu = store.createEntity({
      typeLabelId: person.id,
      name: 'Sergei Schoigu',
      aliases: ['Schoigu'],
      note: 'Sicherheitsrat',
    });
    const duplicate = store.createEntity({
      typeLabelId: person.id,
      name: 'Sergei Shoigu',
      aliases: ['Schoigu', 'Shoigu'],
      externalIds: [{ scheme: 'wikidata', value: 'Q313055' }],
    });
    const [first, second] = store.createAnnotations([
      { articleId, labelId: person.id, fragments: [span(text, 'Sergei Schoigu')], entityId: shoigu.id },
      { articleId, labelId: person.id, fragments: [span(text, 'Sergei Shoigu')], entityId: duplicate.id },
    ]);
    const claim = store.createAnnotation({
      articleId,
      labelId: claimLabel.id,
      fragments: [span(text, 'Sekretär des russischen Sicherheitsrates am Freitag in Peking eingetroffen')],
      claim: { claimantEntityId: duplicate.id, aboutEntityIds: [shoigu.id, duplicate.id], attributes: {} },
    });

    const merged = store.mergeEntities(shoigu.id, duplicate.id);
    expect(merged).toEqual({
      id: shoigu.id,
      typeLabelId: person.id,
      name: 'Sergei Schoigu',
      aliases: ['Schoigu', 'Sergei Shoigu', 'Shoigu'],
      externalIds: [{ scheme: 'wikidata', value: 'Q313055' }],
      note: 'Sicherheitsrat',
      createdAt: shoigu.createdAt,
      updatedAt: expect.any(String) as string,
    });
    expect(store.entityMentions(shoigu.id).map((m) => m.annotationId)).toEqual([first?.id, second?.id]);
    expect(store.getAnnotation(claim.id).claim).toMatchObject({
      claimantEntityId: shoigu.id,
      aboutEntityIds: [shoigu.id],
    });
    expectRefused(() => store.getEntity(duplicate.id), 'not-found', /may have been merged/);
    expect(store.listEntities().map((e) => e.name)).toEqual(['Sergei Schoigu']);

    const split = store.splitMentionOff(second?.id ?? 0, { typeLabelId: person.id, name: 'Sergei Shoigu (EN)' });
    expect(store.getAnnotation(second?.id ?? 0).entityId).toBe(split.id);
    expect(store.entityMentions(shoigu.id).map((m) => m.annotationId)).toEqual([first?.id]);
    expect(store.entityMentions(split.id).map((m) => m.quote.exact)).toEqual(['Sergei Shoigu']);
    expectRefused(() => store.mergeEntities(split.id, split.id), 'invalid-argument', /merged with itself/);
    store.close();
  });

  it('refuses a merge whose entity would be more than an entity can hold, and keeps both as they were', () => {
    const { store } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const note = `Vermerk: ${'Zitat geprüft. '.repeat(800)}`.trim();
    const aliases = (prefix: string) => Array.from({ length: 60 }, (_, i) => `${prefix} ${i + 1}`);
    const ids = (prefix: string) =>
      Array.from({ length: 30 }, (_, i) => ({ scheme: 'other' as const, value: `${prefix}-${i + 1}` }));
    const cases = [
      { what: 'notes', kept: { note }, merged: { note }, message: /notes would be \d+ characters long/ },
      { what: 'aliases', kept: { aliases: aliases('A') }, merged: { aliases: aliases('B') }, message: /121 aliases/ },
      { what: 'ids', kept: { externalIds: ids('A') }, merged: { externalIds: ids('B') }, message: /60 external ids/ },
    ];
    for (const { what, kept, merged, message } of cases) {
      const first = store.createEntity({ typeLabelId: person.id, name: `Erster (${what})`, ...kept });
      const second = store.createEntity({ typeLabelId: person.id, name: `Zweiter (${what})`, ...merged });
      expectRefused(() => store.mergeEntities(first.id, second.id), 'invalid-argument', message);
      expect([store.getEntity(first.id), store.getEntity(second.id)]).toEqual([first, second]);
    }
    store.close();
  });
});
