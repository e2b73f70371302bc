import type { Block, BlockKind, Link } from '../../../shared/model/article-content';
import { IMPORT_LIMITS, textTooLongError } from './import-limits';
import { normalizeWithOffsets } from './normalize-with-offsets';

interface OpenBlock {
  kind: BlockKind;
  level: number | undefined;
  /** Offset of the block's first character; null until text arrives, so empty blocks leave no trace. */
  start: number | null;
}

interface OpenLink {
  href: string;
  /** null while the link waits for its first character (it opened before its block's text began). */
  start: number | null;
}

interface RawRange {
  start: number;
  end: number;
}

const EDGE_SPACE = /[\s\u200B]/u;

/**
 * Assembles an article's text block by block, recording block and link ranges as it goes. Blocks
 * are separated by one `\n` that belongs to no block. The result is NFC with every range moved
 * accordingly, trimmed of surrounding whitespace, and with empty ranges dropped.
 */
export class ArticleTextBuilder {
  readonly #fileName: string;
  readonly #parts: string[] = [];
  #length = 0;
  #block: OpenBlock | null = null;
  readonly #blocks: (RawRange & { kind: BlockKind; level: number | undefined })[] = [];
  readonly #openLinks: OpenLink[] = [];
  readonly #links: (RawRange & { href: string })[] = [];

  /** fileName names the file in the error thrown when the text outgrows the limit. */
  constructor(fileName: string) {
    this.#fileName = fileName;
  }

  /** Ends the current block and starts one of this kind; `level` is the heading level or list depth. */
  startBlock(kind: BlockKind, level?: number): void {
    this.endBlock();
    this.#block = { kind, level: level === undefined ? undefined : Math.min(Math.max(level, 1), 6), start: null };
  }

  /** True until the current block has received text. */
  get blockIsEmpty(): boolean {
    return this.#block === null || this.#block.start === null;
  }

  endBlock(): void {
    const block = this.#block;
    if (block === null) return;
    if (block.start !== null) {
      for (const link of this.#openLinks) {
        if (link.start !== null) this.#links.push({ href: link.href, start: link.start, end: this.#length });
        link.start = null;
      }
      this.#blocks.push({ kind: block.kind, level: block.level, start: block.start, end: this.#length });
    }
    this.#block = null;
  }

  /** Appends text to the current block, opening a paragraph if none is open. */
  append(text: string): void {
    if (text.length === 0) return;
    this.#block ??= { kind: 'paragraph', level: undefined, start: null };
    if (this.#block.start === null) {
      if (this.#length > 0) this.#write('\n');
      this.#block.start = this.#length;
    }
    for (const link of this.#openLinks) link.start ??= this.#length;
    this.#write(text);
  }

  startLink(href: string): void {
    this.#openLinks.push({ href, start: this.blockIsEmpty ? null : this.#length });
  }

  endLink(): void {
    const link = this.#openLinks.pop();
    if (link?.start != null) this.#links.push({ href: link.href, start: link.start, end: this.#length });
  }

  build(): { text: string; blocks: Block[]; links: Link[] } {
    this.endBlock();
    while (this.#openLinks.length > 0) this.endLink();
    const offsets = [...this.#blocks, ...this.#links].flatMap((range) => [range.start, range.end]);
    const { text, mapped } = normalizeWithOffsets(this.#parts.join(''), offsets);
    const at = (offset: number) => mapped.get(offset) ?? offset;

    const blocks: Block[] = [];
    for (const raw of this.#blocks) {
      const range = trimRange(text, at(raw.start), at(raw.end), raw.kind === 'preformatted');
      if (range === null) continue;
      blocks.push(
        raw.level === undefined ? { kind: raw.kind, ...range } : { kind: raw.kind, ...range, level: raw.level },
      );
    }
    const links: Link[] = [];
    for (const raw of this.#links) {
      const range = trimRange(text, at(raw.start), at(raw.end), false);
      if (range !== null) links.push({ ...range, href: raw.href });
    }
    links.sort((a, b) => a.start - b.start || a.end - b.end);
    return { text, blocks, links };
  }

  #write(text: string): void {
    this.#length += text.length;
    if (this.#length > IMPORT_LIMITS.maxTextUnits) throw textTooLongError(this.#fileName);
    this.#parts.push(text);
  }
}

/** Shrinks a range past surrounding whitespace; preformatted text keeps its indentation and loses only trailing blank lines. */
function trimRange(text: string, start: number, end: number, preformatted: boolean): RawRange | null {
  if (preformatted) {
    while (end > start && /[\n ]/.test(text.charAt(end - 1))) end--;
  } else {
    while (start < end && EDGE_SPACE.test(text.charAt(start))) start++;
    while (end > start && EDGE_SPACE.test(text.charAt(end - 1))) end--;
  }
  return end > start ? { start, end } : null;
}
