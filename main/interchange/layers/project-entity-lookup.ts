import type { Entity, ExternalId } from '../../../shared/model/annotation';

const idKey = (id: ExternalId) => `${id.scheme}\n${id.value}`;
const nameKey = (typeLabelId: number, name: string) => `${typeLabelId}\n${name.trim().toLocaleLowerCase()}`;

/**
 * The project's entity a colleague's annotation names, without ever creating one: a layer only
 * links to what the registry has. First by a shared external id (what a bundle's entity carries
 * to be recognised again), then by name or alias within the same type; a name two entities of the
 * type share links to neither, so a layer never guesses between two people.
 */
export class ProjectEntityLookup {
  private readonly byExternalId = new Map<string, number>();
  private readonly byName = new Map<string, number | null>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      for (const id of entity.externalIds)
        if (!this.byExternalId.has(idKey(id))) this.byExternalId.set(idKey(id), entity.id);
      for (const name of new Set([entity.name, ...entity.aliases].map((n) => nameKey(entity.typeLabelId, n)))) {
        this.byName.set(name, this.byName.has(name) ? null : entity.id);
      }
    }
  }

  find(typeLabelId: number | undefined, name: string, externalIds: readonly ExternalId[] = []): number | undefined {
    for (const id of externalIds) {
      const found = this.byExternalId.get(idKey(id));
      if (found !== undefined) return found;
    }
    return typeLabelId === undefined ? undefined : (this.byName.get(nameKey(typeLabelId, name)) ?? undefined);
  }

  /** By name or alias in any entity type, when the file does not say of which (a claim's claimant). */
  findAnyType(name: string, typeLabelIds: readonly number[]): number | undefined {
    const found = typeLabelIds.map((type) => this.byName.get(nameKey(type, name))).filter((id) => id != null);
    return found.length === 1 ? found[0] : undefined;
  }
}
