import { ANNOTATOR_LIMITS, AnnotatorEmail, AnnotatorIdentity, AnnotatorName } from '../../../shared/model/annotator';
import type { Colleague } from '../../store/layers/colleague-annotator';
import type { FileCreator } from '../import/parsed-annotations';

const URN_UUID = /^urn:uuid:(.+)$/i;

/**
 * The colleague a layer belongs to: who the file says made it (name, else e-mail, else id) when it
 * says so in a form the project can keep, else the file name's stem. A `urn:uuid:` id (as this app's
 * W3C export writes) finds the same annotator again however they are named.
 */
export function colleagueFromFile(creator: FileCreator | undefined, stem: string): Colleague {
  if (creator === undefined) return { name: stem };
  const uid = AnnotatorIdentity.shape.uid.safeParse(URN_UUID.exec(creator.id ?? '')?.[1]);
  const email = AnnotatorEmail.safeParse(creator.email);
  const name = [creator.name, email.success ? email.data : undefined, creator.id, stem]
    .map((candidate) => AnnotatorName.safeParse(candidate?.slice(0, ANNOTATOR_LIMITS.nameMaxChars)))
    .find((parsed) => parsed.success)?.data;
  return {
    name: name ?? stem,
    ...(uid.success ? { uid: uid.data } : {}),
    ...(email.success ? { email: email.data } : {}),
  };
}
