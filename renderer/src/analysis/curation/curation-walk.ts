import type { CurationDecision, CurationItem, Disagreement } from '../../../../shared/model/curation';

/**
 * The disagreements of two layers walked one at a time: where the curator is, which are decided,
 * and the decisions as change sets report them (taken, or undone by the app's Undo). The list is
 * replaced only when annotations changed elsewhere; the place is then kept by the disagreement's key.
 */
export class CurationWalk {
  private items: Disagreement[];
  private at = 0;

  constructor(items: readonly Disagreement[] = []) {
    this.items = [...items];
  }

  get total(): number {
    return this.items.length;
  }

  get index(): number {
    return this.at;
  }

  get current(): Disagreement | undefined {
    return this.items[this.at];
  }

  get decided(): number {
    return this.items.filter((item) => item.decision !== undefined).length;
  }

  /** "12 of 40 decided". */
  get progress(): string {
    return `${this.decided} of ${this.total} decided`;
  }

  /** Moves by one, staying at the ends; false when there was nowhere to go. */
  step(by: 1 | -1): boolean {
    const next = this.at + by;
    if (next < 0 || next >= this.items.length) return false;
    this.at = next;
    return true;
  }

  /** Goes to the disagreement with this key (one whose decision was undone); false if it is not listed. */
  goTo(key: string): boolean {
    const found = this.items.findIndex((item) => item.key === key);
    if (found >= 0) this.at = found;
    return found >= 0;
  }

  /** After a decision: the next undecided disagreement after this one, else the next one, else here. */
  advance(): void {
    const after = this.items.findIndex((item, index) => index > this.at && item.decision === undefined);
    if (after >= 0) this.at = after;
    else this.step(1);
  }

  /** Decisions taken (`decided`) or undone (`undone`, by key); true if one of them is in the list. */
  applyDecisions(decided: readonly CurationDecision[], undone: readonly string[]): boolean {
    const byKey = new Map(decided.map((decision) => [decision.key, decision]));
    const gone = new Set(undone);
    let changed = false;
    this.items = this.items.map((item) => {
      const decision = byKey.get(item.key);
      if (decision !== undefined) {
        changed = true;
        return { ...item, decision };
      }
      if (gone.has(item.key) && item.decision !== undefined) {
        changed = true;
        return withoutDecision(item);
      }
      return item;
    });
    return changed;
  }

  /** A new list of the same layers: the curator stays at the disagreement shown, or as near as there is. */
  replace(items: readonly Disagreement[]): void {
    const key = this.current?.key;
    this.items = [...items];
    const found = key === undefined ? -1 : this.items.findIndex((item) => item.key === key);
    this.at = found >= 0 ? found : Math.max(0, Math.min(this.at, this.items.length - 1));
  }
}

/** What the project's own layer holds there after the decision, or now when none is taken. */
export function curatedVersion(disagreement: Disagreement): readonly CurationItem[] {
  const { decision, a, b, curated } = disagreement;
  const present = (items: readonly (CurationItem | undefined)[]) =>
    items.filter((item): item is CurationItem => item !== undefined);
  switch (decision?.choice) {
    case 'a':
      return present([a]);
    case 'b':
      return present([b]);
    case 'both':
      return present([a, b]);
    case 'reject':
      return [];
    default:
      return curated;
  }
}

function withoutDecision(item: Disagreement): Disagreement {
  const rest = { ...item };
  delete rest.decision;
  return rest;
}
