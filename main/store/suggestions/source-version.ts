import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * What a source built from the imported gazetteers and pattern files, kept until
 * suggestion_source_version (raised by triggers on any connection) says they changed.
 */
export class BuiltPerSourceVersion<T> {
  private readonly version: StatementSync;
  private cached: { version: number; value: T } | null = null;

  constructor(
    db: DatabaseSync,
    private readonly build: () => T,
  ) {
    this.version = db.prepare('SELECT version FROM suggestion_source_version');
  }

  current(): T {
    const { version } = this.version.get() as { version: number };
    if (this.cached?.version !== version) this.cached = { version, value: this.build() };
    return this.cached.value;
  }
}
