import type { Label } from '../../../shared/model/annotation';
import { labelColourForTheme } from '../../../shared/model/label-contrast';

/**
 * Label colours are the analyst's data, not fixed in a stylesheet, and the strict CSP forbids
 * inline styles. A constructed stylesheet is not inline style: it gives each label a class
 * (`ann-c<id>`) that sets `--ann-color`, which the annotation underlines, chips and legends use.
 * Each theme gets the label's colour as the shade that stands out from its page (label-contrast.ts).
 */
export class LabelColours {
  private readonly sheet = new CSSStyleSheet();

  constructor(doc: Document = document) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  update(labels: readonly Label[]): void {
    // Colours were validated as #rrggbb at the boundary, so they are safe inside a rule.
    const rules = (theme: 'light' | 'dark') =>
      labels.map((label) => `.ann-c${label.id}{--ann-color:${labelColourForTheme(label.color, theme)}}`).join('\n');
    this.sheet.replaceSync(`${rules('light')}\n@media (prefers-color-scheme: dark){\n${rules('dark')}\n}`);
  }
}

export function labelColourClass(label: Pick<Label, 'id'>): string {
  return `ann-c${label.id}`;
}
