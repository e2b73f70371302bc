import type { Entity, ExternalId, Label } from '../../../shared/model/annotation';
import type { ProjectStore } from '../../store/project-store';

export interface IncomingEntity {
  readonly typeLabel: Label;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly externalIds: readonly ExternalId[];
  readonly note?: string;
}

const idKey = (id: ExternalId) => `${id.scheme}\n${id.value}`;
const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Matches an import's entities with the project's registry: first by a shared external id
 * (Wikidata, GeoNames…), then by name and type. A name the registry has under another type, or
 * with a different id of the same scheme, is a different entity: it is added and the clash is
 * reported, so an import never silently merges two people who share a name.
 */
export class EntityResolver {
  readonly conflicts: string[] = [];
  created = 0;
  reused = 0;
  private readonly entities: Entity[];
  private readonly byExternalId = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity[]>();
  private readonly resolved = new Map<string, number>();

  /**
   * `matchWithinImport`: whether entities the import itself adds are matched too. Annotation files
   * name the same entity at every mention, so they are; a bundle lists each of its entities once,
   * and two of its entities that share a name stay two.
   */
  constructor(
    private readonly store: ProjectStore,
    private readonly typeName: (typeLabelId: number) => string,
    private readonly matchWithinImport: boolean,
  ) {
    this.entities = store.listEntities();
    for (const entity of this.entities) this.remember(entity);
  }

  /** The project entity for an incoming one, creating it if the project has no match. */
  resolve(incoming: IncomingEntity): number {
    const key = `${incoming.typeLabel.id}\n${nameKey(incoming.name)}\n${incoming.externalIds.map(idKey).join('\t')}`;
    const known = this.resolved.get(key);
    if (known !== undefined) return known;
    const id = this.match(incoming) ?? this.create(incoming);
    if (this.matchWithinImport) this.resolved.set(key, id);
    return id;
  }

  private match(incoming: IncomingEntity): number | undefined {
    for (const externalId of incoming.externalIds) {
      const found = this.byExternalId.get(idKey(externalId));
      if (found !== undefined) {
        this.reused++;
        return found.id;
      }
    }
    const sameName = this.byName.get(nameKey(incoming.name)) ?? [];
    const sameType = sameName.find((entity) => entity.typeLabelId === incoming.typeLabel.id);
    if (sameType !== undefined) {
      const clash = incoming.externalIds.find((id) =>
        sameType.externalIds.some((own) => own.scheme === id.scheme && own.value !== id.value),
      );
      if (clash === undefined) {
        this.reused++;
        return sameType.id;
      }
      this.conflicts.push(
        `“${incoming.name}” has ${clash.scheme} id ${clash.value} in the file but another in the project; it was added as a separate entity.`,
      );
      return undefined;
    }
    const other = sameName[0];
    if (other !== undefined) {
      this.conflicts.push(
        `“${incoming.name}” is of type ${incoming.typeLabel.name} in the file but ${this.typeName(other.typeLabelId)} in the project; it was added as a separate entity.`,
      );
    }
    return undefined;
  }

  private create(incoming: IncomingEntity): number {
    const entity = this.store.createEntity({
      typeLabelId: incoming.typeLabel.id,
      name: incoming.name,
      aliases: [...new Set(incoming.aliases)],
      externalIds: incoming.externalIds.filter(
        (id, index, all) => all.findIndex((other) => idKey(other) === idKey(id)) === index,
      ),
      ...(incoming.note === undefined ? {} : { note: incoming.note }),
    });
    this.created++;
    if (this.matchWithinImport) this.remember(entity);
    return entity.id;
  }

  private remember(entity: Entity): void {
    for (const externalId of entity.externalIds) {
      if (!this.byExternalId.has(idKey(externalId))) this.byExternalId.set(idKey(externalId), entity);
    }
    const key = nameKey(entity.name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), entity]);
  }
}
