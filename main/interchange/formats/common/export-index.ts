import { WorkbenchError } from '../../../../shared/ipc/errors';
import type { Annotation, ClaimDetails, Entity, Label } from '../../../../shared/model/annotation';
import type { ExportSet } from '../../export-set';

export interface ClaimAttributeValue {
  readonly attribute: Label;
  readonly value: Label;
}

/** Who makes a claim: the canonical entity if known, else the mention's own words. */
export interface Claimant {
  readonly name: string;
  readonly entity?: Entity;
}

const byPosition = (a: Label, b: Label) => a.position - b.position || a.id - b.id;

/**
 * Resolves the ids an export snapshot refers to (labels, entities, annotations of any exported
 * article), so every format names things the same way.
 */
export class ExportIndex {
  private readonly labels: ReadonlyMap<number, Label>;
  private readonly entities: ReadonlyMap<number, Entity>;
  constructor(private readonly set: ExportSet) {
    this.labels = new Map(set.labels.map((label) => [label.id, label]));
    this.entities = new Map(set.entities.map((entity) => [entity.id, entity]));
  }

  /** The snapshot is read in one transaction, so a missing label is a bug, not something the user did. */
  label(id: number): Label {
    const label = this.labels.get(id);
    if (label === undefined) throw new WorkbenchError('internal', `The export refers to label ${id}, which it lacks.`);
    return label;
  }

  entity(id: number | undefined): Entity | undefined {
    return id === undefined ? undefined : this.entities.get(id);
  }

  /** An annotation of any exported article; undefined when its article is not part of the export. */
  annotation(id: number): Annotation | undefined {
    return this.set.annotation(id);
  }

  isClaim(annotation: Annotation): boolean {
    return this.label(annotation.labelId).kind === 'claim';
  }

  /** Top-level labels of one kind in the order menus and legends show them. */
  labelsOfKind(kind: Label['kind']): Label[] {
    return [...this.labels.values()].filter((label) => label.kind === kind && label.parentId === null).sort(byPosition);
  }

  /** The values of a claim attribute, in schema order. */
  valuesOf(attribute: Label): Label[] {
    return [...this.labels.values()].filter((label) => label.parentId === attribute.id).sort(byPosition);
  }

  /** The claim's chosen attribute values (stance → refutes), in schema order of the attributes. */
  claimAttributes(claim: ClaimDetails): ClaimAttributeValue[] {
    return Object.entries(claim.attributes)
      .map(([attributeId, valueId]) => ({ attribute: this.label(Number(attributeId)), value: this.label(valueId) }))
      .sort((a, b) => byPosition(a.attribute, b.attribute));
  }

  /** The value chosen for the attribute named `name` (any case), such as the verdict. */
  claimAttribute(claim: ClaimDetails, name: string): Label | undefined {
    const key = name.toLocaleLowerCase();
    return this.claimAttributes(claim).find(({ attribute }) => attribute.name.toLocaleLowerCase() === key)?.value;
  }

  claimant(claim: ClaimDetails): Claimant | undefined {
    const mention = claim.claimantAnnotationId === undefined ? undefined : this.annotation(claim.claimantAnnotationId);
    const entity = this.entity(claim.claimantEntityId ?? mention?.entityId);
    if (entity !== undefined) return { name: entity.name, entity };
    return mention === undefined ? undefined : { name: mention.quote.exact };
  }
}
