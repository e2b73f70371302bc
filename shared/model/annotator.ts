import * as z from 'zod';

export const ANNOTATOR_LIMITS = { nameMaxChars: 100, emailMaxChars: 254 } as const;

export const AnnotatorId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export type AnnotatorId = z.infer<typeof AnnotatorId>;

export const AnnotatorName = z
  .string()
  .trim()
  .min(1, 'Enter your name.')
  .max(ANNOTATOR_LIMITS.nameMaxChars)
  .refine((name) => !/\p{Cc}/u.test(name), 'Use a name without line breaks or tabs.');

/** Optional; checked only loosely (something@something), since it is shown, never mailed to. */
export const AnnotatorEmail = z
  .string()
  .trim()
  .max(ANNOTATOR_LIMITS.emailMaxChars)
  .regex(/^[^\s@]+@[^\s@]+$/, 'Use an e-mail address such as ana@example.org, or leave it empty.');

/**
 * Who annotates on this machine, as the app keeps it in its data folder: `uid` is made once per
 * machine, so the same person keeps one annotator row in every project even after a rename.
 */
export const AnnotatorIdentity = z.strictObject({
  uid: z.uuid(),
  name: AnnotatorName,
  email: AnnotatorEmail.nullable(),
});
export type AnnotatorIdentity = z.infer<typeof AnnotatorIdentity>;

/** What the analyst types into the annotator dialog. */
export const AnnotatorIdentityEdit = AnnotatorIdentity.omit({ uid: true });
export type AnnotatorIdentityEdit = z.infer<typeof AnnotatorIdentityEdit>;

/** An annotator registered in a project: everyone who ever wrote to it from a machine with a name. */
export const Annotator = z.strictObject({ id: AnnotatorId, ...AnnotatorIdentity.shape });
export type Annotator = z.infer<typeof Annotator>;

/**
 * Who made a row and when, and who changed it last. Absent parts are unknown: rows written before
 * the project knew annotators (or by the command line, which has none) have no author.
 */
export const Authorship = {
  createdBy: AnnotatorId.optional(),
  createdAt: z.string().optional(),
  updatedBy: AnnotatorId.optional(),
  updatedAt: z.string().optional(),
};
