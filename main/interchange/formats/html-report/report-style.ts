import { createHash } from 'node:crypto';
import type { Label } from '../../../../shared/model/annotation';
import { labelColourForTheme, type Theme } from '../../../../shared/model/label-contrast';
import { CHART_CLASS } from '../../../../shared/charts/plot-library';
import { cssString } from './label-codes';

/** Pixels between stacked underlines. */
const LANE_STEP = 4;
const SAFE_COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * The report's only style sheet. Label colours become classes (`.l12 { --c: #0072b2 }`) rather
 * than style attributes, because the page's Content-Security-Policy allows this one sheet by its
 * hash and no inline styles at all. Colours are re-checked before they enter CSS, and drawn in
 * each theme as a shade that stands out from the page; each span label's code (`codes`) follows
 * its underlines, so colour is not the only cue.
 */
export function reportStyle(labels: readonly Label[], laneCount: number, codes: ReadonlyMap<number, string>): string {
  const colours = (theme: Theme) =>
    labels.map((label) => {
      const colour = labelColourForTheme(SAFE_COLOUR.test(label.color) ? label.color.toLowerCase() : '#777777', theme);
      const code = codes.get(label.id);
      return `.l${label.id}{--c:${colour}${code === undefined ? '' : `;--t:${cssString(code)}`}}`;
    });
  const lanes = Array.from({ length: Math.max(1, laneCount) }, (_, lane) => [
    `.k${lane}{padding-bottom:${1 + lane * LANE_STEP}px}`,
    `.lanes-${lane + 1} .line{line-height:calc(1.6em + ${lane * LANE_STEP}px)}`,
  ]).flat();
  return [
    ':root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}',
    'body{margin:0 auto;max-width:62rem;padding:1rem 1.5rem 3rem}',
    'h1,h2,h3{line-height:1.2}',
    'article{border-top:1px solid #8886;margin-top:2rem}',
    '.text{font-family:Georgia,serif;font-size:1.05rem}',
    '.line{white-space:pre-wrap;overflow-wrap:anywhere}',
    '.m{border-bottom:2px solid var(--c)}',
    '.m.e::after{content:var(--t);font-size:.6em;font-family:system-ui,sans-serif;vertical-align:super;padding-inline-start:.1em}',
    '.code{font-size:.8em}',
    '.claim{background:color-mix(in srgb,var(--c) 14%,transparent)}',
    '.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;background:var(--c);vertical-align:-.1em}',
    '.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding:0;list-style:none}',
    'dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}',
    'dd{margin:0;overflow-wrap:anywhere}',
    'table{border-collapse:collapse;width:100%}',
    'th,td{border-bottom:1px solid #8886;padding:.3rem .5rem;text-align:start;vertical-align:top}',
    'td,li{white-space:pre-line}',
    '.muted{opacity:.7}',
    // What Plot's own <style> would give its charts (the report allows no inline style).
    `.${CHART_CLASS}{display:block;max-width:100%;height:auto;background:#fff;color:#1f1f1f}`,
    `.${CHART_CLASS} text,.${CHART_CLASS} tspan{white-space:pre}`,
    '.chart{margin:1rem 0}',
    ...lanes,
    ...colours('light'),
    '@media (prefers-color-scheme:dark){',
    ...colours('dark'),
    '}',
  ].join('\n');
}

/** The CSP source that allows exactly this style sheet. */
export function styleSource(style: string): string {
  return `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;
}
