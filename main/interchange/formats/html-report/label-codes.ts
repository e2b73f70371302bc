import type { Label } from '../../../../shared/model/annotation';

/**
 * A short code per label (P for Person, O for Organisation, OT for Other), shown after each
 * underline and in the legend, so the report does not tell labels apart by colour alone: the
 * shortest unused start of the name's letters and digits, numbered when none is free.
 */
export function labelCodes(labels: readonly Label[]): Map<number, string> {
  const codes = new Map<number, string>();
  const used = new Set<string>();
  for (const label of labels) {
    const letters = [...label.name.toLocaleUpperCase()].filter((char) => /[\p{L}\p{N}]/u.test(char));
    let code: string | undefined;
    for (let length = 1; length <= letters.length && code === undefined; length++) {
      const candidate = letters.slice(0, length).join('');
      if (!used.has(candidate)) code = candidate;
    }
    for (let n = 2; code === undefined; n++) {
      const candidate = `${letters[0] ?? 'L'}${n}`;
      if (!used.has(candidate)) code = candidate;
    }
    used.add(code);
    codes.set(label.id, code);
  }
  return codes;
}

/** A CSS string literal of any text: every character as a hex escape, so no name can end the rule. */
export function cssString(text: string): string {
  return `"${[...text].map((char) => `\\${(char.codePointAt(0) ?? 0).toString(16)} `).join('')}"`;
}
