import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * What a source built from the project (the registry's names, the gazetteers, the pattern files,
 * under the matching options), kept until suggestion_source_version says it may be out of date:
 * triggers on those tables and on the options raise it on whatever connection writes, since no
 * connection sees another's memory.
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
