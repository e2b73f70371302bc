import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANNOTATION_SCHEMA } from '../../../shared/model/default-annotation-schema';
import {
  contrastRatio,
  GRAPHICS_CONTRAST,
  labelColourForTheme,
  THEME_SURFACES,
  type Theme,
} from '../../../shared/model/label-contrast';

const THEMES: readonly Theme[] = ['light', 'dark'];
const schema = DEFAULT_ANNOTATION_SCHEMA;
const defaultLabels = [
  ...schema.entityTypes,
  schema.claim,
  ...schema.claimAttributes.flatMap((attribute) => [attribute, ...attribute.values]),
  ...schema.relationTypes,
];

describe('label colour contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's checker gives 4.48:1 for #777777 on white.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#e69f00', '#ffffff')).toBeCloseTo(2.25, 2);
  });

  it('uses the page colours of the stylesheet', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', '..', 'renderer', 'styles', 'theme.css'), 'utf8');
    const surfaces = [...css.matchAll(/--color-surface:\s*(#[0-9a-f]{6});/g)].map((match) => match[1]);
    expect(surfaces).toEqual([THEME_SURFACES.light, THEME_SURFACES.dark]);
  });

  for (const theme of THEMES) {
    it(`draws every default label at 3:1 or more against the ${theme} page`, () => {
      const weak = defaultLabels
        .map((label) => ({
          name: label.name,
          ratio: contrastRatio(labelColourForTheme(label.color, theme), THEME_SURFACES[theme]),
        }))
        .filter(({ ratio }) => ratio < GRAPHICS_CONTRAST);
      expect(weak).toEqual([]);
    });
  }

  it('keeps colours that already stand out and shades only those that do not', () => {
    expect(labelColourForTheme('#0072b2', 'light')).toBe('#0072b2');
    const organisation = labelColourForTheme('#e69f00', 'light');
    expect(organisation).not.toBe('#e69f00');
    // Mixed towards black: still an orange (red above green above blue), just darker.
    const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(organisation.slice(at, at + 2), 16));
    expect(r).toBeGreaterThan(g ?? 0);
    expect(g).toBeGreaterThan(b ?? 0);
    expect(labelColourForTheme('#6a3d9a', 'dark')).not.toBe('#6a3d9a');
    expect(contrastRatio(labelColourForTheme('#ffff00', 'light'), THEME_SURFACES.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(labelColourForTheme('#000000', 'dark'), THEME_SURFACES.dark)).toBeGreaterThanOrEqual(3);
  });
});
