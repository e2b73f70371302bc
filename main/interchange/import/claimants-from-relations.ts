import type { Annotation, Label } from '../../../shared/model/annotation';
import type { ProjectStore } from '../../store/project-store';

/** The relation type that says who makes a claim: claim said_by speaker (the default schema's). */
const CLAIMANT_RELATION = 'said_by';

/** A relation an import made, with its type and the annotations and labels at its ends. */
export interface ImportedRelation {
  readonly type: Label;
  readonly source: { readonly annotation: Annotation; readonly label: Label };
  readonly target: { readonly annotation: Annotation; readonly label: Label };
}

/**
 * Makes the speaker of each imported claim its claimant, as `C` does in the editor (the mention
 * and its entity), where a said_by relation links the claim to it: files from other tools (brat,
 * doccano, Label Studio, W3C) can only say who makes a claim with a relation, and exports such as
 * ClaimReview take the claim's author from its claimant. The relations are kept as they are.
 */
export function setClaimantsFromRelations(
  store: ProjectStore,
  relations: readonly ImportedRelation[],
  warn: (message: string) => void,
): void {
  const speakers = new Map<Annotation, Annotation>();
  for (const { type, source, target } of relations) {
    if (type.name.toLocaleLowerCase() !== CLAIMANT_RELATION) continue;
    if (source.label.kind !== 'claim' || target.label.kind !== 'entity') continue;
    if (speakers.has(source.annotation)) {
      warn(`A claim has several ${type.name} relations; the first one names its claimant.`);
      continue;
    }
    speakers.set(source.annotation, target.annotation);
  }
  for (const [claim, speaker] of speakers) {
    if (claim.claim === undefined) continue;
    store.updateAnnotation(claim.id, {
      claim: {
        ...claim.claim,
        claimantAnnotationId: speaker.id,
        ...(speaker.entityId === undefined ? {} : { claimantEntityId: speaker.entityId }),
      },
    });
  }
}
