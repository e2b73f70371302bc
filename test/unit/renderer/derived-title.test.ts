import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../../shared/text/derive-title';

// The New article dialog previews this title in the empty Title field, and main stores it when the
// field is left empty (also for paste-to-create), so the renderer relies on exactly this behaviour.
describe('deriveTitle (title of an article created without one)', () => {
  it('uses the first line as it is when it is short', () => {
    expect(deriveTitle('Kurzmeldung: Lawrow besucht Teheran\n\nIran wird sich nicht beugen.')).toBe(
      'Kurzmeldung: Lawrow besucht Teheran',
    );
  });

  it('skips leading blank lines and trims the line', () => {
    expect(deriveTitle('\n   \n  Headline here  \nBody')).toBe('Headline here');
  });

  it('keeps a first line of exactly 100 characters whole', () => {
    const line = 'a'.repeat(100);
    expect(deriveTitle(`${line}\nrest`)).toBe(line);
  });

  it('cuts a long first line at a word boundary within 100 characters and adds an ellipsis', () => {
    const line =
      'Der chinesische Präsident Xi Jinping traf sich am Freitag in Peking mit Sergei Schoigu, dem Sekretär des Sicherheitsrates';
    const title = deriveTitle(line);
    expect(title).toBe('Der chinesische Präsident Xi Jinping traf sich am Freitag in Peking mit Sergei Schoigu, dem…');
    expect(title.length).toBeLessThanOrEqual(101);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('does not leave a trailing comma or dash before the ellipsis', () => {
    const line = `${'word '.repeat(17)}tail, ${'x'.repeat(30)}`;
    expect(deriveTitle(line)).not.toMatch(/[,\s–—-]…$/u);
  });

  it('counts an emoji as one character, never splitting a surrogate pair', () => {
    const line = '😀'.repeat(120);
    const title = deriveTitle(line);
    expect(title.endsWith('…')).toBe(true);
    // No lone surrogate (it would show as a replacement box); the regex works on code units (no u flag).
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('names text without any visible line', () => {
    expect(deriveTitle('  \n\t\n')).toBe('Untitled article');
  });
});

describe('deriveTitle with complex scripts', () => {
  it('never splits a family emoji (ZWJ sequence) at the cut', () => {
    const family = '👨‍👩‍👧';
    expect(deriveTitle(family.repeat(120))).toBe(`${family.repeat(100)}…`);
    expect(deriveTitle(`${'a'.repeat(99)}${family}${'b'.repeat(10)}`)).toBe(`${'a'.repeat(99)}…`);
  });

  it('cuts a long line of short words at the last whole word', () => {
    const title = deriveTitle('ab '.repeat(40));
    expect(title).toMatch(/ab…$/);
    expect(title.length).toBeLessThanOrEqual(101);
  });
});
