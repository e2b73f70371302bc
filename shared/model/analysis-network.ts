import * as z from 'zod';
import { AnalysisFilter } from './analysis-filter';
import { AnnotationId, EntityId, LabelId } from './annotation';
import { ArticleId } from './article';

/** Where two entities count as co-occurring: in one sentence, or anywhere in one article. */
export const CooccurrenceScope = z.enum(['sentence', 'article']);
export type CooccurrenceScope = z.infer<typeof CooccurrenceScope>;

export const NETWORK_LIMITS = {
  /** The most edges a network shows: past a few hundred a force layout is a hairball. */
  edgesMax: 2000,
  /** The most entities the co-occurrence network counts pairs among (the most mentioned ones). */
  entitiesMax: 1000,
} as const;

/** The top-N control: how many edges (claims, in the claim network) a network keeps. */
const NetworkLimit = z.number().int().min(1).max(NETWORK_LIMITS.edgesMax);

export const NetworkRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('cooccurrence'),
    filter: AnalysisFilter,
    scope: CooccurrenceScope,
    /** Pairs are counted among this many of the most mentioned entities in the filter. */
    entities: z.number().int().min(2).max(NETWORK_LIMITS.entitiesMax),
    /** The strongest pairs kept. */
    limit: NetworkLimit,
  }),
  z.strictObject({
    kind: z.literal('claims'),
    filter: AnalysisFilter,
    /** Claims kept, those of the claimants with the most claims first. */
    limit: NetworkLimit,
  }),
  z.strictObject({
    kind: z.literal('relations'),
    filter: AnalysisFilter,
    /** The most frequent links (two nodes and a relation type) kept. */
    limit: NetworkLimit,
  }),
]);
export type NetworkRequest = z.infer<typeof NetworkRequest>;
export type NetworkKind = NetworkRequest['kind'];

/**
 * A node is an entity (`e<id>`) or an annotation not linked to one, such as a claim
 * (`a<annotation id>`). `labelId` picks its colour: the entity's type, the claim's stance value in
 * the claim network (null when none is set), the annotation's label in the relation graph.
 */
export const NetworkNode = z.strictObject({
  id: z.string().regex(/^[ea][1-9][0-9]*$/u),
  label: z.string(),
  labelId: LabelId.nullable(),
  entityId: EntityId.nullable(),
  annotationId: AnnotationId.nullable(),
  /** Where an annotation node stands in its article (its first fragment's start), to open it there; null for an entity. */
  place: z.strictObject({ articleId: ArticleId, start: z.number().int().nonnegative() }).nullable(),
  /** Co-occurrence: mentions in the filter. Claims and relations: the edges' weights that meet here. */
  count: z.number().int().nonnegative(),
});
export type NetworkNode = z.infer<typeof NetworkNode>;

/** `weight` counts sentences or articles (co-occurrence), claims, or relations; `labelId` is the stance or relation type. */
export const NetworkEdge = z.strictObject({
  source: NetworkNode.shape.id,
  target: NetworkNode.shape.id,
  weight: z.number().int().positive(),
  labelId: LabelId.nullable(),
});
export type NetworkEdge = z.infer<typeof NetworkEdge>;

export const Network = z.strictObject({
  nodes: z.array(NetworkNode),
  edges: z.array(NetworkEdge),
  /** Edges (claims, in the claim network) the filter matched before the top ones were kept. */
  total: z.number().int().nonnegative(),
});
export type Network = z.infer<typeof Network>;

export function entityNodeId(entityId: number): string {
  return `e${entityId}`;
}

export function annotationNodeId(annotationId: number): string {
  return `a${annotationId}`;
}
