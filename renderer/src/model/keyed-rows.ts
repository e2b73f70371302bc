/** Rows kept by id in the order the store lists them, replaced and removed as change sets say. */
export class KeyedRows<Row extends { readonly id: number }> {
  private byId = new Map<number, Row>();

  get all(): readonly Row[] {
    return [...this.byId.values()];
  }

  get(id: number): Row | undefined {
    return this.byId.get(id);
  }

  has(id: number): boolean {
    return this.byId.has(id);
  }

  replaceAll(rows: readonly Row[]): void {
    this.byId = new Map(rows.map((row) => [row.id, row]));
  }

  /** Returns the ids whose rows were added, replaced or removed. */
  apply(upserted: readonly Row[], deleted: readonly number[]): number[] {
    const touched: number[] = [];
    for (const row of upserted) {
      this.byId.set(row.id, row);
      touched.push(row.id);
    }
    for (const id of deleted) if (this.byId.delete(id)) touched.push(id);
    return touched;
  }
}
