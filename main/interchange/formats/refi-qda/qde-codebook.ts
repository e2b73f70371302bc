import type { Annotation, Entity, Label } from '../../../../shared/model/annotation';
import { element, markupText } from '../common/markup';
import type { ExportIndex } from '../common/export-index';

export type GuidOf = (kind: string, id: string | number) => string;

export interface Codebook {
  /** The `<CodeBook>` element; empty when the project has no codes. */
  readonly xml: string;
  /** The codes a selection of the annotation is coded with. */
  codesOf(annotation: Annotation): string[];
}

const SCHEMES: Readonly<Record<Entity['externalIds'][number]['scheme'], string>> = {
  wikidata: 'Wikidata',
  geonames: 'GeoNames',
  url: 'Web',
  other: 'Other',
};

/**
 * The code system a QDA program shows: each entity type a code with the entities mentioned in the
 * export as its sub-codes (aliases, external ids and note in the description), the claim label a
 * code, and each claim attribute a folder (not codable) of its values. A mention is coded with its
 * entity (or its type when unlinked), a claim with the claim code and its attribute values.
 */
export function buildCodebook(index: ExportIndex, entities: readonly Entity[], guidOf: GuidOf): Codebook {
  const labelCode = (label: Label, isCodable: boolean, children: readonly string[] = []) =>
    element('Code', { guid: guidOf('label', label.id), name: label.name, isCodable, color: label.color }, children);
  const entityCodes = index.labelsOfKind('entity').map((type) =>
    labelCode(
      type,
      true,
      entities
        .filter((entity) => entity.typeLabelId === type.id)
        .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id - b.id)
        .map((entity) => entityCode(entity, type, guidOf)),
    ),
  );
  const claimCodes = index.labelsOfKind('claim').map((claim) => labelCode(claim, true));
  const attributeCodes = index.labelsOfKind('claim-attribute').map((attribute) =>
    labelCode(
      attribute,
      false,
      index.valuesOf(attribute).map((value) => labelCode(value, true)),
    ),
  );
  const codes = [...entityCodes, ...claimCodes, ...attributeCodes];
  const linked = new Set(entities.map((entity) => entity.id));
  return {
    xml: codes.length === 0 ? '' : element('CodeBook', {}, [element('Codes', {}, codes)]),
    codesOf: (annotation) => {
      if (annotation.claim === undefined && annotation.entityId !== undefined && linked.has(annotation.entityId)) {
        return [guidOf('entity', annotation.entityId)];
      }
      const values = annotation.claim ? index.claimAttributes(annotation.claim).map(({ value }) => value.id) : [];
      return [annotation.labelId, ...values].map((id) => guidOf('label', id));
    },
  };
}

function entityCode(entity: Entity, type: Label, guidOf: GuidOf): string {
  const lines = [
    entity.aliases.length > 0 ? `Also known as: ${entity.aliases.join(', ')}` : '',
    ...entity.externalIds.map((id) => `${SCHEMES[id.scheme]}: ${id.value}`),
    entity.note ?? '',
  ].filter((line) => line !== '');
  const description = lines.length > 0 ? [`<Description>${markupText(lines.join('\n'))}</Description>`] : [];
  return element(
    'Code',
    { guid: guidOf('entity', entity.id), name: entity.name, isCodable: true, color: type.color },
    description,
  );
}
