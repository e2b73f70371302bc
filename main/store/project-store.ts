import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { Article, ArticleEdit, ArticleSummary } from '../../shared/model/article';
import type { SearchHit } from '../../shared/model/library';
import type { ProjectInfo } from '../../shared/model/project';
import { WorkbenchError } from '../../shared/ipc/errors';
import {
  contentHash,
  countAnnotations,
  countArticles,
  emptyTrash,
  findByContentHash,
  getArticle,
  getOriginal,
  insertArticle,
  listArticles,
  moveToTrash,
  replaceText,
  restoreFromTrash,
  updateArticle,
  type ArticleInput,
} from './article-repository';
import { searchArticles } from './article-search';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { createProjectDatabase, openProjectDatabase } from './project-database';
import { explainStorageError } from './sqlite-errors';
import { inTransaction } from './transaction';

export function projectNameFromPath(path: string): string {
  return basename(path, extname(path));
}

/** One open project file. Every mutating method is one transaction, committed before it returns. */
export class ProjectStore {
  readonly path: string;
  readonly name: string;
  private readonly db: DatabaseSync;
  private readonly clock: () => Date;

  private constructor(path: string, db: DatabaseSync, clock: () => Date) {
    this.path = path;
    this.name = projectNameFromPath(path);
    this.db = db;
    this.clock = clock;
  }

  static create(path: string, clock: () => Date = () => new Date()): ProjectStore {
    return new ProjectStore(path, createProjectDatabase(path, basename(path)), clock);
  }

  static open(path: string, clock: () => Date = () => new Date()): ProjectStore {
    return new ProjectStore(path, openProjectDatabase(path, basename(path)), clock);
  }

  info(): ProjectInfo {
    return {
      name: this.name,
      displayPath: this.path,
      articleCount: countArticles(this.db),
      schemaVersion: CURRENT_SCHEMA_VERSION,
    };
  }

  listArticles(): ArticleSummary[] {
    return listArticles(this.db, false);
  }

  listTrash(): ArticleSummary[] {
    return listArticles(this.db, true);
  }

  getArticle(id: number): Article {
    return getArticle(this.db, id);
  }

  getOriginal(id: number): { bytes: Uint8Array; name: string | null } {
    return getOriginal(this.db, id);
  }

  /** The article that already holds these original bytes, so the same file is never imported twice. */
  findDuplicate(originalBytes: Uint8Array): ArticleSummary | undefined {
    return findByContentHash(this.db, contentHash(originalBytes));
  }

  /** Adds an article unless its original is already in the project; a duplicate is refused with its title. */
  createArticle(input: ArticleInput): ArticleSummary {
    return inTransaction(this.db, this.name, () => {
      const existing = this.findDuplicate(input.original.bytes);
      if (existing !== undefined) {
        const where = existing.deletedAt === null ? '' : ' (in the trash)';
        throw new WorkbenchError('duplicate', `This is already in the project as "${existing.title}"${where}.`);
      }
      return insertArticle(this.db, input, this.now());
    });
  }

  updateArticle(id: number, edit: ArticleEdit): ArticleSummary {
    return inTransaction(this.db, this.name, () => updateArticle(this.db, id, edit, this.now()));
  }

  /** Re-decoding replaces the text; refused once annotations point into it, as their offsets would break. */
  replaceArticleText(id: number, content: Parameters<typeof replaceText>[2]): Article {
    return inTransaction(this.db, this.name, () => {
      if (countAnnotations(this.db, id) > 0) {
        throw new WorkbenchError(
          'invalid-argument',
          'This article already has annotations, so its text can no longer be decoded differently.',
        );
      }
      replaceText(this.db, id, content, this.now());
      return getArticle(this.db, id);
    });
  }

  trashArticles(ids: readonly number[]): number {
    return inTransaction(this.db, this.name, () => moveToTrash(this.db, ids, this.now()));
  }

  restoreArticles(ids: readonly number[]): number {
    return inTransaction(this.db, this.name, () => restoreFromTrash(this.db, ids));
  }

  emptyTrash(): number {
    return inTransaction(this.db, this.name, () => emptyTrash(this.db));
  }

  search(query: string, limit: number): SearchHit[] {
    return searchArticles(this.db, query, limit);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /**
   * Writes a compacted copy next to the target first and renames it into place, so a failure
   * (full disk, crash) never leaves a half-written project at the chosen path.
   */
  copyTo(target: string): void {
    if (target === this.path) throw new WorkbenchError('invalid-argument', 'That is the file already open.');
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
    rmSync(temporary, { force: true });
    try {
      this.db.prepare('VACUUM INTO ?').run(temporary);
      renameSync(temporary, target);
    } catch (error) {
      if (existsSync(temporary)) rmSync(temporary, { force: true });
      throw explainStorageError(error, projectNameFromPath(target));
    }
  }

  close(): void {
    if (!this.db.isOpen) return;
    try {
      // Folding the WAL back in leaves a single self-contained file that can be copied or mailed.
      this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
