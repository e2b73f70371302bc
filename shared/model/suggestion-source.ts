import * as z from 'zod';
import { LabelId } from './annotation';
import { GazetteerId, PatternSetId } from './suggestion';

/** The regular-expression rules the workbench brings, each switched on per project with a label. */
export const BuiltInRuleId = z.enum(['date', 'handle', 'hashtag', 'url']);
export type BuiltInRuleId = z.infer<typeof BuiltInRuleId>;

/** An imported gazetteer: a list of names that proposes new entities (or those already registered). */
export const Gazetteer = z.strictObject({
  id: GazetteerId,
  name: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  enabled: z.boolean(),
  entryCount: z.number().int().nonnegative(),
});
export type Gazetteer = z.infer<typeof Gazetteer>;

/** An imported pattern file, or one built-in rule switched on (`builtIn` names it; it has one rule). */
export const PatternSet = z.strictObject({
  id: PatternSetId,
  name: z.string(),
  fileName: z.string().nullable(),
  builtIn: BuiltInRuleId.nullable(),
  importedAt: z.string(),
  enabled: z.boolean(),
  ruleCount: z.number().int().nonnegative(),
  /** The labels its rules propose, in the order they first appear. */
  labelIds: z.array(LabelId),
});
export type PatternSet = z.infer<typeof PatternSet>;

/** A gazetteer or a pattern set, as calls name them. */
export const SuggestionSourceRef = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('gazetteer'), gazetteerId: GazetteerId }),
  z.strictObject({ kind: z.literal('pattern'), patternSetId: PatternSetId }),
]);
export type SuggestionSourceRef = z.infer<typeof SuggestionSourceRef>;

export const SuggestionSources = z.strictObject({
  gazetteers: z.array(Gazetteer),
  patternSets: z.array(PatternSet),
});
export type SuggestionSources = z.infer<typeof SuggestionSources>;

const Tally = z.number().int().nonnegative();

/** How useful a source has been: what it proposes across the corpus now, and what the analyst did with it. */
export const SuggestionSourceStatistics = z.strictObject({
  source: SuggestionSourceRef,
  /**
   * Suggestions it makes in the articles outside the trash, before annotated and rejected ones are
   * dropped; null while it is switched off.
   */
  proposed: Tally.nullable(),
  accepted: Tally,
  rejected: Tally,
  /** accepted / (accepted + rejected); null before any was decided. */
  acceptanceRate: z.number().min(0).max(1).nullable(),
});
export type SuggestionSourceStatistics = z.infer<typeof SuggestionSourceStatistics>;

/** Which kind of file an import reads. */
export const SuggestionSourceKind = z.enum(['gazetteer', 'patterns']);
export type SuggestionSourceKind = z.infer<typeof SuggestionSourceKind>;

export const SUGGESTION_SOURCE_LIMITS = {
  /** Gazetteers and pattern files are text; this bounds what main reads and sends to the store. */
  maxFileBytes: 20_000_000,
  fileNameMaxChars: 255,
} as const;

/** A file's text as main read it, for the store to parse and keep. */
export const SuggestionSourceFile = z.strictObject({
  kind: SuggestionSourceKind,
  fileName: z.string().min(1).max(SUGGESTION_SOURCE_LIMITS.fileNameMaxChars),
  text: z.string().max(SUGGESTION_SOURCE_LIMITS.maxFileBytes),
});
export type SuggestionSourceFile = z.infer<typeof SuggestionSourceFile>;

/** What an import added. */
export const ImportedSuggestionSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('gazetteer'), gazetteer: Gazetteer }),
  z.strictObject({ kind: z.literal('pattern'), patternSet: PatternSet }),
]);
export type ImportedSuggestionSource = z.infer<typeof ImportedSuggestionSource>;
