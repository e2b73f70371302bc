import * as z from 'zod';
import { ClaimDetails } from '../model/annotation';

/**
 * What the columns carry as JSON: the distinct authorship stamps (few, since annotations made
 * together share one) and the claim details of the annotations flagged as claims, in their order.
 */
export const ColumnSideTable = z.strictObject({
  stamps: z.array(z.string()),
  claims: z.array(ClaimDetails),
});
export type ColumnSideTable = z.infer<typeof ColumnSideTable>;
