import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { EntitySummary } from '../../../shared/model/annotation';
import { mentionCounts, mentionsInArticle, type MentionCount } from '../entity-repository';
import type { MentionChange } from './touched-rows';

const NO_MENTIONS: MentionCount = { mentions: 0, articles: 0 };

/**
 * Entities' mention counts as this connection last announced them, so a new mention of an entity
 * the corpus mentions 87,000 times costs one look at its article instead of counting them all
 * again. What another connection commits (PRAGMA data_version tells) voids them, as does anything
 * written while nobody listened.
 */
export class MentionCounts {
  private readonly known = new Map<number, MentionCount>();
  private readonly dataVersion: StatementSync;
  private seenVersion: unknown = null;

  constructor(private readonly db: DatabaseSync) {
    this.dataVersion = db.prepare('PRAGMA data_version');
  }

  /**
   * The counts of `entityIds` after the running transaction: those known plus its `mentions`, the
   * others (and those in `recount`) counted afresh. Nothing is remembered before `remember`, as
   * the transaction may yet fail to commit.
   */
  after(
    entityIds: readonly number[],
    mentions: readonly MentionChange[],
    recount: ReadonlySet<number>,
  ): Map<number, MentionCount> {
    const version = Object.values(this.dataVersion.get() ?? {})[0];
    if (version !== this.seenVersion) this.forget();
    this.seenVersion = version;
    const counts = new Map<number, MentionCount>();
    const unknown: number[] = [];
    for (const id of entityIds) {
      const known = this.known.get(id);
      if (known === undefined || recount.has(id)) unknown.push(id);
      else counts.set(id, { ...known });
    }
    for (const { entityId, articleId, delta } of mentions) {
      const count = counts.get(entityId);
      if (count === undefined) continue;
      // Whether the article mentions the entity now and did before: counting past `delta` tells neither.
      const now = mentionsInArticle(this.db, entityId, articleId, Math.max(delta, 0) + 1);
      count.mentions += delta;
      count.articles += Number(now > 0) - Number(now - delta > 0);
    }
    const counted = mentionCounts(this.db, unknown);
    for (const id of unknown) counts.set(id, counted.get(id) ?? NO_MENTIONS);
    return counts;
  }

  /** Remembers the counts of a committed change set's entities. */
  remember(entities: { upserted: readonly EntitySummary[]; deleted: readonly number[] }): void {
    for (const { id, mentionCount, articleCount } of entities.upserted) {
      this.known.set(id, { mentions: mentionCount, articles: articleCount });
    }
    for (const id of entities.deleted) this.known.delete(id);
  }

  forget(): void {
    this.known.clear();
  }
}
