/**
 * The control names the exported tasks use and the parser gives a meaning to: Label Studio links a
 * result to the labelling config by `from_name` (the control) and `to_name` (the Text object).
 */
export const LABEL_STUDIO_NAMES = {
  text: 'text',
  span: 'label',
  /** Per-region TextArea holding the canonical entity's name. */
  entity: 'entity',
  /** Per-task TextArea holding the article's notes. */
  notes: 'notes',
  /** Per-task Choices holding the article's document labels. */
  document: 'document',
} as const;
