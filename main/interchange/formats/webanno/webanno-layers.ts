import type { Annotation } from '../../../../shared/model/annotation';
import type { ExportIndex } from '../common/export-index';

/**
 * One span layer holds entities and claims alike, because a TSV relation layer connects
 * annotations of a single span layer and the workbench's relations link claims to entities.
 * INCEpTION imports a file only into a project that has these layers and features (custom layers
 * named "WorkbenchSpan" and "WorkbenchRelation", string features as the header lists them).
 */
const SPAN_LAYER = 'webanno.custom.WorkbenchSpan';
const RELATION_LAYER = 'webanno.custom.WorkbenchRelation';
const RELATION_FEATURES = ['label', 'note'] as const;

export interface SpanFeature {
  readonly name: string;
  /** The feature's value for an annotation; null when it has none (written `*`). */
  value(annotation: Annotation): string | null;
}

const FIXED = ['label', 'entity', 'claimant', 'about', 'date', 'note'];
/** UIMA gives every annotation these features already. */
const UIMA_RESERVED = ['begin', 'end', 'sofa', 'type'];

/**
 * The span layer's features: label, linked entity, one per claim attribute of the schema (stance,
 * verdict…), claimant, subjects, date and note. The same for every file of an export, so one layer
 * definition in INCEpTION takes them all.
 */
export function spanFeatures(index: ExportIndex): SpanFeature[] {
  const taken = new Set([...FIXED, ...UIMA_RESERVED]);
  const attributes = index.labelsOfKind('claim-attribute').map((attribute): SpanFeature => {
    const name = featureName(attribute.name, taken);
    return {
      name,
      value: (annotation) => {
        const valueId = annotation.claim?.attributes[attribute.id];
        return valueId === undefined ? null : index.label(valueId).name;
      },
    };
  });
  return [
    { name: 'label', value: (annotation) => index.label(annotation.labelId).name },
    { name: 'entity', value: (annotation) => index.entity(annotation.entityId)?.name ?? null },
    ...attributes,
    {
      name: 'claimant',
      value: (annotation) => (annotation.claim && index.claimant(annotation.claim)?.name) ?? null,
    },
    {
      name: 'about',
      value: (annotation) => {
        const names = annotation.claim?.aboutEntityIds.flatMap((id) => index.entity(id)?.name ?? []) ?? [];
        return names.length === 0 ? null : names.join(', ');
      },
    },
    { name: 'date', value: (annotation) => annotation.claim?.date ?? null },
    { name: 'note', value: (annotation) => annotation.note ?? null },
  ];
}

/** INCEpTION feature names are identifiers: other characters become `_`, clashes get a number. */
function featureName(labelName: string, taken: Set<string>): string {
  const base = labelName.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=\d|$)/, 'f_');
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export function webannoHeader(features: readonly SpanFeature[]): string {
  return [
    '#FORMAT=WebAnno TSV 3.3',
    `#T_SP=${[SPAN_LAYER, ...features.map((feature) => feature.name)].join('|')}`,
    `#T_RL=${[RELATION_LAYER, ...RELATION_FEATURES, `BT_${SPAN_LAYER}`].join('|')}`,
    '',
    '',
  ].join('\n');
}
