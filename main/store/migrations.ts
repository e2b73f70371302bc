import { TEXT_HASH_SQL_FUNCTION } from './text-hash';

/** A trigger raising suggestion_registry_version when `event` happens (see that table's migration). */
function raiseRegistryVersion(name: string, event: string): string {
  return `CREATE TRIGGER suggestion_registry_${name} ${event} BEGIN
    UPDATE suggestion_registry_version SET version = version + 1;
  END;`;
}

/** Adds `delta` to one counter of (entity, article), making the row or dropping it when all are 0. */
function countEntityArticle(entity: string, article: string, column: string, delta: number): string {
  return `
    INSERT INTO entity_article_count (entity_id, article_id, ${column}) SELECT ${entity}, ${article}, ${delta}
      WHERE ${entity} IS NOT NULL AND ${article} IS NOT NULL
      ON CONFLICT (entity_id, article_id) DO UPDATE SET ${column} = ${column} + ${delta};
    DELETE FROM entity_article_count WHERE entity_id = ${entity} AND article_id = ${article}
      AND mentions = 0 AND claims_made = 0 AND claims_about = 0;`;
}

/** The article of a claim's annotation; NULL once the annotation is gone (see the BEFORE DELETE trigger). */
const claimArticle = (row: 'OLD' | 'NEW') => `(SELECT article_id FROM annotation WHERE id = ${row}.annotation_id)`;

const LIVE = (article: string) => `EXISTS (SELECT 1 FROM article WHERE id = ${article} AND deleted_at IS NULL)`;
const PUBLISHED = (article: string) => `(SELECT published_at FROM article WHERE id = ${article})`;

/** The earliest or latest published date of an entity's live mentions, counted again. */
const seen = (fn: 'min' | 'max', entity: string) => `(SELECT ${fn}(ar.published_at)
  FROM entity_article_count p JOIN article ar ON ar.id = p.article_id
  WHERE p.entity_id = ${entity} AND p.mentions > 0 AND ar.deleted_at IS NULL)`;

/** `date` folded into a first (min) or last (max) seen date; NULL dates leave it. */
const widen = (fn: 'min' | 'max', column: string, date: string) =>
  `CASE WHEN ${date} IS NULL THEN ${column} WHEN ${column} IS NULL THEN ${date} ELSE ${fn}(${column}, ${date}) END`;

/**
 * Adds (sign 1) or takes away (-1) one entity_article_count row's share of entity_summary, for a
 * live article. Taking away a first or last date counts it again from what is left.
 */
function shareOfSummary(row: 'OLD' | 'NEW', sign: 1 | -1): string {
  const article = `${row}.article_id`;
  const date = PUBLISHED(article);
  if (sign === 1) {
    return `
      INSERT INTO entity_summary (entity_id) SELECT ${row}.entity_id WHERE ${LIVE(article)}
        ON CONFLICT (entity_id) DO NOTHING;
      UPDATE entity_summary SET mentions = mentions + ${row}.mentions, articles = articles + (${row}.mentions > 0),
          claims_made = claims_made + ${row}.claims_made, claims_about = claims_about + ${row}.claims_about,
          first_seen = CASE WHEN ${row}.mentions > 0 THEN ${widen('min', 'first_seen', date)} ELSE first_seen END,
          last_seen = CASE WHEN ${row}.mentions > 0 THEN ${widen('max', 'last_seen', date)} ELSE last_seen END
        WHERE entity_id = ${row}.entity_id AND ${LIVE(article)};`;
  }
  return `
    UPDATE entity_summary SET mentions = mentions - ${row}.mentions, articles = articles - (${row}.mentions > 0),
        claims_made = claims_made - ${row}.claims_made, claims_about = claims_about - ${row}.claims_about
      WHERE entity_id = ${row}.entity_id AND ${LIVE(article)};
    UPDATE entity_summary SET first_seen = ${seen('min', 'entity_id')}, last_seen = ${seen('max', 'entity_id')}
      WHERE entity_id = ${row}.entity_id AND ${row}.mentions > 0 AND ${LIVE(article)}
        AND (first_seen IS ${date} OR last_seen IS ${date});`;
}

/**
 * One entity_article_count row's counters moved (in a live article): the summary moves by the
 * difference, and the dates change only when the entity's first or last mention there comes or goes.
 */
function changeOfSummary(): string {
  const date = PUBLISHED('NEW.article_id');
  return `
    UPDATE entity_summary SET mentions = mentions + NEW.mentions - OLD.mentions,
        articles = articles + (NEW.mentions > 0) - (OLD.mentions > 0),
        claims_made = claims_made + NEW.claims_made - OLD.claims_made,
        claims_about = claims_about + NEW.claims_about - OLD.claims_about,
        first_seen = CASE WHEN NEW.mentions > 0 AND OLD.mentions = 0 THEN ${widen('min', 'first_seen', date)} ELSE first_seen END,
        last_seen = CASE WHEN NEW.mentions > 0 AND OLD.mentions = 0 THEN ${widen('max', 'last_seen', date)} ELSE last_seen END
      WHERE entity_id = NEW.entity_id AND ${LIVE('NEW.article_id')};
    UPDATE entity_summary SET first_seen = ${seen('min', 'entity_id')}, last_seen = ${seen('max', 'entity_id')}
      WHERE entity_id = NEW.entity_id AND NEW.mentions = 0 AND OLD.mentions > 0 AND ${LIVE('NEW.article_id')}
        AND (first_seen IS ${date} OR last_seen IS ${date});`;
}

/** One annotation more (1) or fewer (-1) with a label in an article; a row goes at 0. */
function countArticleLabel(row: 'OLD' | 'NEW', delta: 1 | -1): string {
  return `
    INSERT INTO article_label_count (article_id, label_id, annotations) VALUES (${row}.article_id, ${row}.label_id, ${delta})
      ON CONFLICT (article_id, label_id) DO UPDATE SET annotations = annotations + ${delta};
    DELETE FROM article_label_count WHERE article_id = ${row}.article_id AND label_id = ${row}.label_id AND annotations = 0;`;
}

const ANALYSIS_SUMMARY_TRIGGERS = `
  CREATE TRIGGER article_label_count_insert AFTER INSERT ON annotation BEGIN ${countArticleLabel('NEW', 1)} END;
  CREATE TRIGGER article_label_count_delete AFTER DELETE ON annotation BEGIN ${countArticleLabel('OLD', -1)} END;
  CREATE TRIGGER article_label_count_update AFTER UPDATE OF article_id, label_id ON annotation
  WHEN OLD.article_id IS NOT NEW.article_id OR OLD.label_id IS NOT NEW.label_id BEGIN
    ${countArticleLabel('OLD', -1)}
    ${countArticleLabel('NEW', 1)}
  END;
  CREATE TRIGGER entity_count_annotation_insert AFTER INSERT ON annotation WHEN NEW.entity_id IS NOT NULL BEGIN
    ${countEntityArticle('NEW.entity_id', 'NEW.article_id', 'mentions', 1)}
  END;
  CREATE TRIGGER entity_count_annotation_delete AFTER DELETE ON annotation WHEN OLD.entity_id IS NOT NULL BEGIN
    ${countEntityArticle('OLD.entity_id', 'OLD.article_id', 'mentions', -1)}
  END;
  CREATE TRIGGER entity_count_annotation_update AFTER UPDATE OF entity_id, article_id ON annotation
  WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.article_id IS NOT NEW.article_id BEGIN
    ${countEntityArticle('OLD.entity_id', 'OLD.article_id', 'mentions', -1)}
    ${countEntityArticle('NEW.entity_id', 'NEW.article_id', 'mentions', 1)}
  END;
  -- A claim deleted with its annotation (a cascade) no longer knows its article: its counts go
  -- here, while it still does, and the claim's own triggers skip it.
  CREATE TRIGGER entity_count_claim_annotation_delete BEFORE DELETE ON annotation
  WHEN EXISTS (SELECT 1 FROM claim WHERE annotation_id = OLD.id) BEGIN
    ${countEntityArticle('(SELECT claimant_entity_id FROM claim WHERE annotation_id = OLD.id)', 'OLD.article_id', 'claims_made', -1)}
    UPDATE entity_article_count SET claims_about = claims_about - 1
      WHERE article_id = OLD.article_id AND entity_id IN (SELECT entity_id FROM claim_about WHERE annotation_id = OLD.id);
    DELETE FROM entity_article_count WHERE article_id = OLD.article_id
      AND entity_id IN (SELECT entity_id FROM claim_about WHERE annotation_id = OLD.id)
      AND mentions = 0 AND claims_made = 0 AND claims_about = 0;
  END;
  CREATE TRIGGER entity_count_claim_insert AFTER INSERT ON claim WHEN NEW.claimant_entity_id IS NOT NULL BEGIN
    ${countEntityArticle('NEW.claimant_entity_id', claimArticle('NEW'), 'claims_made', 1)}
  END;
  CREATE TRIGGER entity_count_claim_delete AFTER DELETE ON claim WHEN OLD.claimant_entity_id IS NOT NULL BEGIN
    ${countEntityArticle('OLD.claimant_entity_id', claimArticle('OLD'), 'claims_made', -1)}
  END;
  CREATE TRIGGER entity_count_claim_update AFTER UPDATE OF claimant_entity_id ON claim
  WHEN OLD.claimant_entity_id IS NOT NEW.claimant_entity_id BEGIN
    ${countEntityArticle('OLD.claimant_entity_id', claimArticle('OLD'), 'claims_made', -1)}
    ${countEntityArticle('NEW.claimant_entity_id', claimArticle('NEW'), 'claims_made', 1)}
  END;
  CREATE TRIGGER entity_count_about_insert AFTER INSERT ON claim_about BEGIN
    ${countEntityArticle('NEW.entity_id', claimArticle('NEW'), 'claims_about', 1)}
  END;
  CREATE TRIGGER entity_count_about_delete AFTER DELETE ON claim_about BEGIN
    ${countEntityArticle('OLD.entity_id', claimArticle('OLD'), 'claims_about', -1)}
  END;
  CREATE TRIGGER entity_count_about_update AFTER UPDATE OF entity_id, annotation_id ON claim_about
  WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.annotation_id IS NOT NEW.annotation_id BEGIN
    ${countEntityArticle('OLD.entity_id', claimArticle('OLD'), 'claims_about', -1)}
    ${countEntityArticle('NEW.entity_id', claimArticle('NEW'), 'claims_about', 1)}
  END;

  CREATE TRIGGER entity_summary_count_insert AFTER INSERT ON entity_article_count BEGIN
    ${shareOfSummary('NEW', 1)}
  END;
  CREATE TRIGGER entity_summary_count_update AFTER UPDATE ON entity_article_count BEGIN
    ${changeOfSummary()}
  END;
  CREATE TRIGGER entity_summary_count_delete AFTER DELETE ON entity_article_count BEGIN
    ${shareOfSummary('OLD', -1)}
  END;

  -- Trashing, restoring or re-dating an article moves all its counts in or out of the summary.
  CREATE TRIGGER entity_summary_article_update AFTER UPDATE OF deleted_at, published_at ON article
  WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) OR OLD.published_at IS NOT NEW.published_at BEGIN
    UPDATE entity_summary SET mentions = entity_summary.mentions - p.mentions, articles = articles - (p.mentions > 0),
        claims_made = entity_summary.claims_made - p.claims_made, claims_about = entity_summary.claims_about - p.claims_about
      FROM entity_article_count p WHERE OLD.deleted_at IS NULL AND p.article_id = OLD.id AND p.entity_id = entity_summary.entity_id;
    INSERT INTO entity_summary (entity_id) SELECT entity_id FROM entity_article_count
      WHERE NEW.deleted_at IS NULL AND article_id = NEW.id ON CONFLICT (entity_id) DO NOTHING;
    UPDATE entity_summary SET mentions = entity_summary.mentions + p.mentions, articles = articles + (p.mentions > 0),
        claims_made = entity_summary.claims_made + p.claims_made, claims_about = entity_summary.claims_about + p.claims_about
      FROM entity_article_count p WHERE NEW.deleted_at IS NULL AND p.article_id = NEW.id AND p.entity_id = entity_summary.entity_id;
    UPDATE entity_summary SET
        first_seen = CASE WHEN OLD.deleted_at IS NULL AND first_seen IS OLD.published_at THEN ${seen('min', 'entity_summary.entity_id')}
          WHEN NEW.deleted_at IS NULL THEN ${widen('min', 'first_seen', 'NEW.published_at')} ELSE first_seen END,
        last_seen = CASE WHEN OLD.deleted_at IS NULL AND last_seen IS OLD.published_at THEN ${seen('max', 'entity_summary.entity_id')}
          WHEN NEW.deleted_at IS NULL THEN ${widen('max', 'last_seen', 'NEW.published_at')} ELSE last_seen END
      WHERE entity_id IN (SELECT entity_id FROM entity_article_count WHERE article_id = NEW.id AND mentions > 0);
  END;
  -- Articles leave the project only from the trash (article-repository.ts), out of the summary already.
  CREATE TRIGGER entity_count_entity_delete AFTER DELETE ON entity BEGIN
    DELETE FROM entity_article_count WHERE entity_id = OLD.id;
    DELETE FROM entity_summary WHERE entity_id = OLD.id;
  END;
`;

/** A trigger raising suggestion_source_version, the one counter of every source, when `event` happens. */
function raiseSourceVersion(name: string, event: string): string {
  return `CREATE TRIGGER suggestion_source_${name} ${event} BEGIN
    UPDATE suggestion_source_version SET version = version + 1;
  END;`;
}

/** What changes what the registry proposes, and the matching options every source follows. */
const REGISTRY_AND_OPTIONS_EVENTS: readonly (readonly [string, string])[] = [
  ['entity_insert', 'AFTER INSERT ON entity'],
  ['entity_delete', 'AFTER DELETE ON entity'],
  [
    'entity_update',
    `AFTER UPDATE OF name, type_label_id ON entity
     WHEN old.name IS NOT new.name OR old.type_label_id IS NOT new.type_label_id`,
  ],
  ['alias_insert', 'AFTER INSERT ON entity_alias'],
  ['alias_delete', 'AFTER DELETE ON entity_alias'],
  ['alias_update', 'AFTER UPDATE ON entity_alias'],
  ['options_insert', "AFTER INSERT ON project_meta WHEN new.key = 'suggestion_options'"],
  [
    'options_update',
    "AFTER UPDATE ON project_meta WHEN new.key = 'suggestion_options' OR old.key = 'suggestion_options'",
  ],
];

/**
 * Schema history. Each entry upgrades the database from version i to i + 1 inside the same
 * transaction that bumps `user_version`, so a crash mid-migration leaves the old version intact.
 * Never edit a released migration: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;

  -- An article keeps what was imported (bytes, name, type, hash) next to the normalised text that
  -- all offsets index. Deleting moves it to the trash (deleted_at) so it can be restored.
  CREATE TABLE article (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    text           TEXT NOT NULL,
    blocks_json    TEXT NOT NULL,
    source         TEXT,
    url            TEXT,
    author         TEXT,
    published_at   TEXT,
    language       TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT,
    original_name  TEXT,
    original_type  TEXT NOT NULL,
    original_bytes BLOB NOT NULL,
    encoding       TEXT NOT NULL,
    content_hash   TEXT NOT NULL
  ) STRICT;
  CREATE INDEX article_content_hash ON article(content_hash);
  CREATE INDEX article_created ON article(created_at);

  CREATE TABLE article_tag (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    tag        TEXT NOT NULL,
    PRIMARY KEY (article_id, tag)
  ) STRICT;

  -- The annotation schema: entity types, relation types, document labels and claim attributes.
  CREATE TABLE label (
    id       INTEGER PRIMARY KEY,
    uid      TEXT NOT NULL UNIQUE,
    kind     TEXT NOT NULL CHECK (kind IN ('entity', 'claim', 'relation', 'document', 'claim-attribute')),
    name     TEXT NOT NULL,
    parent_id INTEGER REFERENCES label(id) ON DELETE CASCADE,
    color    TEXT,
    hotkey   TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, parent_id, name)
  ) STRICT;

  -- The project-wide registry of canonical entities that mentions link to.
  CREATE TABLE entity (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    type_label_id INTEGER NOT NULL REFERENCES label(id),
    name         TEXT NOT NULL,
    note         TEXT,
    created_at   TEXT NOT NULL
  ) STRICT;
  CREATE TABLE entity_alias (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
  ) STRICT;
  CREATE TABLE entity_external_id (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    scheme    TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (entity_id, scheme, value)
  ) STRICT;

  -- A span annotation (entity mention, claim or other label) with its quote for re-anchoring.
  -- Offsets live in annotation_fragment so discontinuous spans need no special case.
  CREATE TABLE annotation (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    label_id     INTEGER NOT NULL REFERENCES label(id),
    entity_id    INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    quote_exact  TEXT NOT NULL,
    quote_prefix TEXT NOT NULL,
    quote_suffix TEXT NOT NULL,
    orphaned     INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
  ) STRICT;
  CREATE INDEX annotation_article ON annotation(article_id);
  CREATE INDEX annotation_entity ON annotation(entity_id);

  -- start/end in UTF-16 code units of the article's normalised text (shared/text/offsets.ts).
  CREATE TABLE annotation_fragment (
    annotation_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    start         INTEGER NOT NULL CHECK (start >= 0),
    end           INTEGER NOT NULL CHECK (end > start),
    PRIMARY KEY (annotation_id, seq)
  ) STRICT;

  CREATE TABLE claim (
    annotation_id          INTEGER PRIMARY KEY REFERENCES annotation(id) ON DELETE CASCADE,
    claimant_entity_id     INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    claimant_annotation_id INTEGER REFERENCES annotation(id) ON DELETE SET NULL,
    claim_date             TEXT
  ) STRICT;
  CREATE TABLE claim_attribute (
    annotation_id INTEGER NOT NULL REFERENCES claim(annotation_id) ON DELETE CASCADE,
    attribute_label_id INTEGER NOT NULL REFERENCES label(id),
    value_label_id     INTEGER NOT NULL REFERENCES label(id),
    PRIMARY KEY (annotation_id, attribute_label_id)
  ) STRICT;
  CREATE TABLE claim_about (
    annotation_id INTEGER NOT NULL REFERENCES claim(annotation_id) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, entity_id)
  ) STRICT;

  CREATE TABLE relation (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    type_label_id   INTEGER NOT NULL REFERENCES label(id),
    source_id       INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    target_id       INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    created_at      TEXT NOT NULL
  ) STRICT;
  CREATE INDEX relation_source ON relation(source_id);
  CREATE INDEX relation_target ON relation(target_id);

  -- Notes attach to exactly one thing: an article, an annotation, an entity or a relation.
  CREATE TABLE note (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    article_id    INTEGER REFERENCES article(id) ON DELETE CASCADE,
    annotation_id INTEGER REFERENCES annotation(id) ON DELETE CASCADE,
    entity_id     INTEGER REFERENCES entity(id) ON DELETE CASCADE,
    relation_id   INTEGER REFERENCES relation(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((article_id IS NOT NULL) + (annotation_id IS NOT NULL) + (entity_id IS NOT NULL) + (relation_id IS NOT NULL) = 1)
  ) STRICT;

  CREATE TABLE article_label (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    label_id   INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, label_id)
  ) STRICT;
  `,
  `
  -- Structure beyond blocks (links kept as text) and a flat copy of the tags for full-text search.
  ALTER TABLE article ADD COLUMN links_json TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE article ADD COLUMN tag_list TEXT NOT NULL DEFAULT '';
  -- Code points, computed once at write time so listing thousands of articles reads no text.
  ALTER TABLE article ADD COLUMN char_count INTEGER NOT NULL DEFAULT 0;
  UPDATE article SET char_count = length(text);

  -- Accent- and case-insensitive full-text index over text and metadata. External content: the
  -- index stores no second copy of the text; triggers keep it in step with the article table.
  CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, source, author, url, tag_list,
    content = 'article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
  );
  CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, text, source, author, url, tag_list)
    VALUES (new.id, new.title, new.text, new.source, new.author, new.url, new.tag_list);
  END;
  CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text, source, author, url, tag_list)
    VALUES ('delete', old.id, old.title, old.text, old.source, old.author, old.url, old.tag_list);
  END;
  CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text, source, author, url, tag_list ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text, source, author, url, tag_list)
    VALUES ('delete', old.id, old.title, old.text, old.source, old.author, old.url, old.tag_list);
    INSERT INTO article_fts(rowid, title, text, source, author, url, tag_list)
    VALUES (new.id, new.title, new.text, new.source, new.author, new.url, new.tag_list);
  END;
  INSERT INTO article_fts(article_fts) VALUES ('rebuild');
  CREATE INDEX article_deleted ON article(deleted_at);
  `,
  `
  -- Annotation core. UNIQUE (kind, parent_id, name) in migration 1 never fires for top-level labels
  -- (NULLs are distinct), so names are unique per kind and parent here; the store also compares them
  -- case-insensitively beyond ASCII before writing, this index is the backstop.
  CREATE UNIQUE INDEX label_name_unique ON label(kind, ifnull(parent_id, 0), name COLLATE NOCASE);
  -- One key, one label, whatever kind it is.
  CREATE UNIQUE INDEX label_hotkey_unique ON label(hotkey) WHERE hotkey IS NOT NULL;
  CREATE INDEX label_kind ON label(kind, position);
  CREATE INDEX entity_type ON entity(type_label_id);
  CREATE INDEX annotation_label ON annotation(label_id);
  -- Merging entities and showing who said what look claims up by entity.
  CREATE INDEX claim_about_entity ON claim_about(entity_id);
  CREATE INDEX claim_claimant_entity ON claim(claimant_entity_id);
  CREATE INDEX claim_claimant_annotation ON claim(claimant_annotation_id);
  CREATE INDEX claim_attribute_value ON claim_attribute(value_label_id);
  CREATE INDEX relation_type ON relation(type_label_id);
  CREATE INDEX article_label_label ON article_label(label_id);
  -- Listing an article's 20,000 annotations joins their notes by index. An annotation has at most
  -- one note (the model's Annotation.note); articles, entities and relations may have several.
  CREATE INDEX note_article ON note(article_id) WHERE article_id IS NOT NULL;
  CREATE UNIQUE INDEX note_annotation ON note(annotation_id) WHERE annotation_id IS NOT NULL;
  CREATE INDEX note_entity ON note(entity_id) WHERE entity_id IS NOT NULL;
  CREATE INDEX note_relation ON note(relation_id) WHERE relation_id IS NOT NULL;
  `,
  `
  -- The entity list counts every entity's mentions and the articles they are in: one pass over this
  -- index, in order, reads no annotation rows. It also serves every lookup by entity alone, so the
  -- narrower index from migration 1 goes.
  CREATE INDEX annotation_entity_article ON annotation(entity_id, article_id);
  DROP INDEX annotation_entity;
  `,
  `
  -- The hash of the normalised text (text-hash.ts), so the same article imported from files in
  -- different encodings is recognised ("same text as #N"). The store sets it on every text write;
  -- here it is computed for the articles already in the project.
  ALTER TABLE article ADD COLUMN text_hash TEXT NOT NULL DEFAULT '';
  UPDATE article SET text_hash = ${TEXT_HASH_SQL_FUNCTION}(text);
  CREATE INDEX article_text_hash ON article(text_hash);
  `,
  `
  -- 1 when the app guessed the language from the text (a pasted article): editing the text guesses
  -- again. The analyst setting the language makes it 0, and so is every article from before.
  ALTER TABLE article ADD COLUMN language_detected INTEGER NOT NULL DEFAULT 0 CHECK (language_detected IN (0, 1));
  `,
  `
  -- A relation type may say which span labels (entity types, the claim label) its source and target
  -- carry: a JSON array of label ids, or NULL for any (annotation-schema-repository.ts).
  ALTER TABLE label ADD COLUMN source_label_ids TEXT;
  ALTER TABLE label ADD COLUMN target_label_ids TEXT;
  `,
  `
  -- Suggestions (main/store/suggestions/). A rejected suggestion is not proposed again while the
  -- text at its place is unchanged; its quote tells. Each accepted annotation remembers what
  -- proposed it, for acceptance rates per gazetteer or pattern file.
  CREATE TABLE suggestion_rejection (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL CHECK (start >= 0),
    end          INTEGER NOT NULL CHECK (end > start),
    label_id     INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
    quote_exact  TEXT NOT NULL,
    quote_prefix TEXT NOT NULL,
    quote_suffix TEXT NOT NULL,
    matched      TEXT NOT NULL,
    origin_kind  TEXT NOT NULL CHECK (origin_kind IN ('registry', 'gazetteer', 'pattern')),
    origin_id    INTEGER,
    rejected_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX suggestion_rejection_article ON suggestion_rejection(article_id, start);
  CREATE INDEX suggestion_rejection_label ON suggestion_rejection(label_id);
  CREATE TABLE suggestion_acceptance (
    annotation_id INTEGER PRIMARY KEY REFERENCES annotation(id) ON DELETE CASCADE,
    origin_kind   TEXT NOT NULL CHECK (origin_kind IN ('registry', 'gazetteer', 'pattern')),
    origin_id     INTEGER
  ) STRICT;
  CREATE INDEX suggestion_acceptance_origin ON suggestion_acceptance(origin_kind, origin_id);
  -- Goes up whenever a name the registry recommender matches, or its options, change: each
  -- connection keeps its matcher until then, and cannot see another connection's memory.
  CREATE TABLE suggestion_registry_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
  ) STRICT;
  INSERT INTO suggestion_registry_version (id, version) VALUES (1, 0);
  ${REGISTRY_AND_OPTIONS_EVENTS.map(([name, event]) => raiseRegistryVersion(name, event)).join('\n  ')}
  `,
  `
  -- Suggestion sources the analyst imports (main/store/suggestions/suggestion-source-repository.ts):
  -- gazetteers, lists of names that propose entities, and pattern sets, files of rules that propose
  -- labels. A built-in rule switched on is a pattern set too (builtin names it), with one rule.
  -- Removing a label removes the entries and rules that propose it.
  CREATE TABLE gazetteer (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
  ) STRICT;
  CREATE TABLE gazetteer_entry (
    id                INTEGER PRIMARY KEY,
    gazetteer_id      INTEGER NOT NULL REFERENCES gazetteer(id) ON DELETE CASCADE,
    type_label_id     INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    aliases_json      TEXT NOT NULL,
    external_ids_json TEXT NOT NULL
  ) STRICT;
  CREATE INDEX gazetteer_entry_gazetteer ON gazetteer_entry(gazetteer_id);
  CREATE INDEX gazetteer_entry_label ON gazetteer_entry(type_label_id);
  CREATE TABLE pattern_set (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    file_name   TEXT,
    builtin     TEXT UNIQUE CHECK (builtin IN ('date', 'handle', 'hashtag', 'url')),
    imported_at TEXT NOT NULL,
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    CHECK ((file_name IS NULL) <> (builtin IS NULL))
  ) STRICT;
  CREATE TABLE pattern_rule (
    id             INTEGER PRIMARY KEY,
    pattern_set_id INTEGER NOT NULL REFERENCES pattern_set(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    label_id       INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
    rule_json      TEXT NOT NULL
  ) STRICT;
  CREATE INDEX pattern_rule_set ON pattern_rule(pattern_set_id, position);
  CREATE INDEX pattern_rule_label ON pattern_rule(label_id);
  -- A gazetteer proposes an entity the registry already has by looking it up by name.
  CREATE INDEX entity_name_nocase ON entity(name COLLATE NOCASE);
  CREATE INDEX entity_alias_nocase ON entity_alias(alias COLLATE NOCASE);
  -- Goes up whenever what the sources propose may change, on any connection: each connection
  -- keeps its compiled matchers until then.
  CREATE TABLE suggestion_source_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
  ) STRICT;
  INSERT INTO suggestion_source_version (id, version) VALUES (1, 0);
  ${['gazetteer', 'pattern_set', 'pattern_rule']
    .flatMap((table) =>
      ['INSERT', 'DELETE', 'UPDATE'].map(
        (event) => `CREATE TRIGGER suggestion_source_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
    UPDATE suggestion_source_version SET version = version + 1;
  END;`,
      ),
    )
    .join('\n  ')}
  -- Entries go with their gazetteer, but also with their label.
  CREATE TRIGGER suggestion_source_label_delete AFTER DELETE ON label BEGIN
    UPDATE suggestion_source_version SET version = version + 1;
  END;
  `,
  `
  -- Corpus analysis (main/store/analysis/). Filters the analyst named, to reopen later: the JSON of
  -- an AnalysisFilter (shared/model/analysis-filter.ts), names unique in any case.
  CREATE TABLE analysis_view (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    filter_json TEXT NOT NULL,
    created_at  TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX analysis_view_name ON analysis_view(name COLLATE NOCASE);
  -- The claims table finds claims by label and their articles without reading annotation rows, and
  -- reads the articles' dates, sources and titles from this index, not from rows holding the text.
  CREATE INDEX annotation_label_article ON annotation(label_id, article_id);
  DROP INDEX annotation_label;
  CREATE INDEX article_analysis ON article(deleted_at, published_at, source, title);
  `,
  `
  -- The co-occurrence network (main/store/analysis/) reads which entity each live mention names in
  -- which article, for the whole corpus: from this index alone, without reading an annotation row
  -- (measured on a million annotations: 0.4 s instead of 5 s on a loaded machine).
  CREATE INDEX annotation_entity_mention ON annotation(entity_id, article_id) WHERE entity_id IS NOT NULL AND orphaned = 0;
  `,
  `
  -- Who annotates (annotator-repository.ts): one row per person and machine, found again by the uid
  -- the app keeps in its data folder. Who made and last changed each row of the annotation layer
  -- holds its id (no foreign key: annotators are never deleted, and a plain column can be dropped
  -- by tests that rewind the schema); rows written before, or by the command line, have NULL:
  -- unknown. Relations and entities had only created_at; their updated_at starts NULL too.
  CREATE TABLE annotator (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    email      TEXT,
    created_at TEXT NOT NULL
  ) STRICT;
  ALTER TABLE annotation ADD COLUMN created_by INTEGER;
  ALTER TABLE annotation ADD COLUMN updated_by INTEGER;
  ALTER TABLE relation ADD COLUMN created_by INTEGER;
  ALTER TABLE relation ADD COLUMN updated_by INTEGER;
  ALTER TABLE relation ADD COLUMN updated_at TEXT;
  ALTER TABLE note ADD COLUMN created_by INTEGER;
  ALTER TABLE note ADD COLUMN updated_by INTEGER;
  ALTER TABLE entity ADD COLUMN created_by INTEGER;
  ALTER TABLE entity ADD COLUMN updated_by INTEGER;
  ALTER TABLE entity ADD COLUMN updated_at TEXT;

  -- Review status per article (shared/model/review-status.ts), with who set it and when.
  ALTER TABLE article ADD COLUMN review_status TEXT NOT NULL DEFAULT 'new'
    CHECK (review_status IN ('new', 'in-progress', 'done', 'reviewed'));
  ALTER TABLE article ADD COLUMN review_by INTEGER;
  ALTER TABLE article ADD COLUMN review_at TEXT;
  CREATE INDEX article_review_status ON article(review_status);
  `,
  `
  -- A colleague's work imported as a layer (shared/model/layer.ts): kept beside the project's own
  -- annotations, never merged into them, so agreement can compare and curation can choose.
  CREATE TABLE layer (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    annotator_id INTEGER NOT NULL REFERENCES annotator(id),
    format       TEXT NOT NULL CHECK (format IN ('bundle', 'w3c', 'brat', 'doccano', 'label-studio')),
    file_names   TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    imported_by  INTEGER
  ) STRICT;

  -- Offsets in UTF-16 code units of the article's stored text, as annotation_fragment's.
  -- fragments_json is [[start, end], ...]; claim_json is a LayerClaim.
  CREATE TABLE layer_annotation (
    id             INTEGER PRIMARY KEY,
    layer_id       INTEGER NOT NULL REFERENCES layer(id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    uid            TEXT NOT NULL,
    label_id       INTEGER NOT NULL REFERENCES label(id),
    start          INTEGER NOT NULL CHECK (start >= 0),
    end            INTEGER NOT NULL CHECK (end > start),
    fragments_json TEXT NOT NULL,
    quote          TEXT NOT NULL,
    entity_id      INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    entity_name    TEXT,
    claim_json     TEXT,
    note           TEXT,
    created_at     TEXT,
    updated_at     TEXT,
    UNIQUE (layer_id, uid)
  ) STRICT;
  CREATE INDEX layer_annotation_article ON layer_annotation(article_id, layer_id, start);

  -- What curation decided at each disagreement (shared/model/curation.ts), by its stable key.
  CREATE TABLE curation_decision (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    choice     TEXT NOT NULL CHECK (choice IN ('a', 'b', 'both', 'reject', 'edited')),
    decided_by INTEGER,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (article_id, key)
  ) STRICT;
  `,
  `
  -- Summaries for the Analysis area's entity index (main/store/analysis/entity-index-query.ts),
  -- kept by triggers in the transaction of every write, undo, redo and import, since counting a
  -- million annotations per request takes seconds. Derived, not user data: neither the undo
  -- journal nor the change tracker lists them (undoing a write undoes its source rows, whose
  -- triggers put the counts back), and a rowid each keeps them readable like any table.
  --
  -- Per entity and article, every article (trash included): the entity's mentions there, and the
  -- claims there made by it (claimant_entity_id) and about it. A row goes when all three are 0.
  CREATE TABLE entity_article_count (
    id           INTEGER PRIMARY KEY,
    entity_id    INTEGER NOT NULL,
    article_id   INTEGER NOT NULL,
    mentions     INTEGER NOT NULL DEFAULT 0,
    claims_made  INTEGER NOT NULL DEFAULT 0,
    claims_about INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity_id, article_id)
  ) STRICT;
  CREATE INDEX entity_article_count_article ON entity_article_count(article_id);

  -- Per entity, over the live articles: what the unfiltered entity index shows.
  CREATE TABLE entity_summary (
    entity_id    INTEGER PRIMARY KEY,
    mentions     INTEGER NOT NULL DEFAULT 0,
    articles     INTEGER NOT NULL DEFAULT 0,
    first_seen   TEXT,
    last_seen    TEXT,
    claims_made  INTEGER NOT NULL DEFAULT 0,
    claims_about INTEGER NOT NULL DEFAULT 0
  ) STRICT;

  -- Per article and label, every article: how many annotations carry the label there (the code
  -- matrix and the timeline, whenever the filter narrows only articles).
  CREATE TABLE article_label_count (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL,
    label_id    INTEGER NOT NULL,
    annotations INTEGER NOT NULL,
    UNIQUE (article_id, label_id)
  ) STRICT;
  INSERT INTO article_label_count (article_id, label_id, annotations)
  SELECT article_id, label_id, count(*) FROM annotation GROUP BY article_id, label_id;

  INSERT INTO entity_article_count (entity_id, article_id, mentions, claims_made, claims_about)
  SELECT entity_id, article_id, sum(mentions), sum(made), sum(about) FROM (
    SELECT entity_id, article_id, count(*) AS mentions, 0 AS made, 0 AS about
      FROM annotation WHERE entity_id IS NOT NULL GROUP BY entity_id, article_id
    UNION ALL
    SELECT c.claimant_entity_id, a.article_id, 0, count(*), 0
      FROM claim c JOIN annotation a ON a.id = c.annotation_id
      WHERE c.claimant_entity_id IS NOT NULL GROUP BY c.claimant_entity_id, a.article_id
    UNION ALL
    SELECT ab.entity_id, a.article_id, 0, 0, count(*)
      FROM claim_about ab JOIN annotation a ON a.id = ab.annotation_id GROUP BY ab.entity_id, a.article_id)
  GROUP BY entity_id, article_id;

  INSERT INTO entity_summary
  SELECT p.entity_id, sum(p.mentions), sum(p.mentions > 0),
         min(CASE WHEN p.mentions > 0 THEN ar.published_at END), max(CASE WHEN p.mentions > 0 THEN ar.published_at END),
         sum(p.claims_made), sum(p.claims_about)
  FROM entity_article_count p JOIN article ar ON ar.id = p.article_id
  WHERE ar.deleted_at IS NULL GROUP BY p.entity_id;

  ${ANALYSIS_SUMMARY_TRIGGERS}
  `,
  `
  -- One counter for every suggestion source: the registry's names and the matching options raise
  -- suggestion_source_version too, so a gazetteer (which follows the options) is built again when
  -- they change, and a connection checks one number before proposing.
  ${REGISTRY_AND_OPTIONS_EVENTS.map(([name]) => `DROP TRIGGER suggestion_registry_${name};`).join('\n  ')}
  DROP TABLE suggestion_registry_version;
  ${REGISTRY_AND_OPTIONS_EVENTS.map(([name, event]) => raiseSourceVersion(name, event)).join('\n  ')}
  -- The language guessed for each block of an article's text when the text was stored
  -- (article-block-languages.ts): suggestions read every block by its language, and guessing it
  -- again on each connection was most of corpus-wide annotate-all. Valid while text_hash is the
  -- article's (an undone edit restores an older text); otherwise the reader guesses.
  CREATE TABLE article_block_language (
    article_id     INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    text_hash      TEXT NOT NULL,
    languages_json TEXT NOT NULL
  ) STRICT;
  `,
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;
