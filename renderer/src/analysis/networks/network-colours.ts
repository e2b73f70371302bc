import type { Label } from '../../../../shared/model/annotation';
import { labelColourForTheme, type Theme } from '../../../../shared/model/label-contrast';
import type { NetworkColours } from './network-graph';

/**
 * Community colours: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), then grey for the small communities past it. Node labels are always written, so
 * colour is never the only cue.
 */
const COMMUNITY_PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#f0e442', '#000000'];
const OTHER = '#7f7f7f';

export function currentTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Label and community colours in the shade that stands out on the theme's page (label-contrast.ts). */
export function networkColours(labels: readonly Label[], theme: Theme): NetworkColours {
  const byId = new Map(labels.map((label) => [label.id, label.color]));
  return {
    label: (labelId) => labelColourForTheme((labelId === null ? undefined : byId.get(labelId)) ?? OTHER, theme),
    community: (index) => labelColourForTheme(COMMUNITY_PALETTE[index] ?? OTHER, theme),
  };
}
