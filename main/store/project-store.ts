import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { Article, ArticleSummary } from '../../shared/model/article';
import type { ProjectInfo } from '../../shared/model/project';
import { WorkbenchError } from '../../shared/ipc/errors';
import { countArticles, getArticle, insertArticle, listArticles, type ArticleInput } from './article-repository';
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
    return listArticles(this.db);
  }

  getArticle(id: number): Article {
    return getArticle(this.db, id);
  }

  createArticle(input: ArticleInput): ArticleSummary {
    return inTransaction(this.db, this.name, () => insertArticle(this.db, input, this.clock().toISOString()));
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
