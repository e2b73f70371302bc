/**
 * WCAG 2.x contrast for label colours. A label's colour is the analyst's choice and one colour
 * serves both themes, so each theme draws it as the nearest shade (same hue, mixed towards black
 * on the light page, towards white on the dark one) whose underline reaches the 3:1 that WCAG asks
 * of graphical objects (1.4.11) against the page.
 */

/** The article page's background per theme: `--color-surface` in theme.css. */
export const THEME_SURFACES = { light: '#ffffff', dark: '#1c1d21' } as const;
export type Theme = keyof typeof THEME_SURFACES;

/** WCAG 1.4.11: the contrast a non-text graphical object such as an underline needs. */
export const GRAPHICS_CONTRAST = 3;

/** 2.5 % per step: close enough to the least change that reaches the contrast. */
const MIX_STEPS = 40;

type Rgb = readonly [number, number, number];

function parseHex(color: string): Rgb {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** An sRGB channel (0–255) as linear light, as WCAG defines it. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG's relative luminance of an sRGB colour. */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHex(color);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG's contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The colour as drawn in a theme: unchanged if it already stands out from the page, else mixed in
 * small steps towards black (light theme) or white (dark theme) until it does.
 */
export function labelColourForTheme(color: string, theme: Theme): string {
  const surface = THEME_SURFACES[theme];
  const towards: Rgb = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
  const [r, g, b] = parseHex(color);
  for (let step = 0; step <= MIX_STEPS; step++) {
    const share = step / MIX_STEPS;
    const mix = (from: number, to: number) => from + (to - from) * share;
    const mixed = toHex([mix(r, towards[0]), mix(g, towards[1]), mix(b, towards[2])]);
    if (contrastRatio(mixed, surface) >= GRAPHICS_CONTRAST) return mixed;
  }
  return toHex(towards);
}
