import type { AnnotationSchemaDefinition } from './annotation';

/**
 * The schema a new project starts with, for entity and claim annotation of news. Entity colours come
 * from the Okabe–Ito palette, which stays distinguishable with the common colour-vision
 * deficiencies (grey for Other); Claim gets a purple of its own. Stance and verdict values follow
 * the green/red convention of fact-checkers, and every label also shows its name, so colour is
 * never the only cue. Keys 1–7 label the selection.
 */
export const DEFAULT_ANNOTATION_SCHEMA: AnnotationSchemaDefinition = {
  entityTypes: [
    { name: 'Person', color: '#0072b2', hotkey: '1' },
    { name: 'Organisation', color: '#e69f00', hotkey: '2' },
    { name: 'Location', color: '#009e73', hotkey: '3' },
    { name: 'Date/Time', color: '#cc79a7', hotkey: '4' },
    { name: 'Event', color: '#d55e00', hotkey: '5' },
    { name: 'Other', color: '#7f7f7f', hotkey: '6' },
  ],
  claim: { name: 'Claim', color: '#6a3d9a', hotkey: '7' },
  claimAttributes: [
    {
      name: 'stance',
      color: '#56b4e9',
      values: [
        { name: 'supports', color: '#1a9850' },
        { name: 'refutes', color: '#d73027' },
        { name: 'neutral', color: '#7f7f7f' },
      ],
    },
    {
      name: 'verdict',
      color: '#d55e00',
      values: [
        { name: 'true', color: '#1a9850' },
        { name: 'false', color: '#d73027' },
        { name: 'misleading', color: '#f46d43' },
        { name: 'unverified', color: '#e6ab02' },
        { name: 'unrated', color: '#7f7f7f' },
      ],
    },
    {
      name: 'form',
      color: '#0072b2',
      values: [
        { name: 'direct quote', color: '#0072b2' },
        { name: 'paraphrase', color: '#56b4e9' },
        { name: 'assertion', color: '#009e73' },
      ],
    },
  ],
  relationTypes: [
    { name: 'said_by', color: '#6a3d9a' },
    { name: 'about', color: '#0072b2' },
    { name: 'member_of', color: '#e69f00' },
    { name: 'located_in', color: '#009e73' },
  ],
  documentLabels: [],
};
