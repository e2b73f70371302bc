import { WorkbenchError } from '../../../../../shared/ipc/errors';
import type { BlockKind } from '../../../../../shared/model/article-content';
import { normalizeArticleText } from '../../../../../shared/text/normalize-text';
import { decodeText, type SupportedEncoding } from '../../decode-text';
import type { ExtractedContent } from '../../extracted-content';
import { IMPORT_LIMITS, textTooLongError } from '../../import-limits';
import { ArticleTextBuilder } from '../../text-builder';
import { readFrontMatter } from './markdown-front-matter';
import { normalizeLabel, parseInline, type LinkReferences } from './markdown-inline';

const BLANK = /^\s*$/;
const QUOTE_MARKERS = /^(?: {0,3}> ?)+/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^( *)([-*+]|(\d{1,9})[.)])( {1,4}(?! )|[ \t]*$)/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const REFERENCE_DEFINITION =
  /^ {0,3}\[([^\]]{1,999})\]:[ \t]*(?:<([^>\n]*)>|(\S+))(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;

interface Paragraph {
  kind: BlockKind;
  level: number | undefined;
  lines: string[];
}

interface Fence {
  char: string;
  length: number;
  indent: number;
  lines: string[];
}

/** Leading tabs as spaces to the next multiple of four, so indentation can be measured. */
function expandIndent(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  if (!indent.includes('\t')) return line;
  let width = 0;
  for (const char of indent) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return ' '.repeat(width) + line.slice(indent.length);
}

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

/** `[label]: url` lines, wherever they are outside code fences, and the lines they occupy. */
function collectReferences(lines: readonly string[]): { references: LinkReferences; definitionLines: Set<number> } {
  const references = new Map<string, string>();
  const definitionLines = new Set<number>();
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const fenceMarker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMarker !== undefined && (fence === null || fenceMarker.startsWith(fence))) {
      fence = fence === null ? fenceMarker : null;
      return;
    }
    const match = fence === null ? REFERENCE_DEFINITION.exec(line) : null;
    if (match?.[1] === undefined) return;
    const label = normalizeLabel(match[1]);
    if (!references.has(label)) references.set(label, match[2] ?? match[3] ?? '');
    definitionLines.add(index);
  });
  return { references, definitionLines };
}

/**
 * Reads the block structure of a CommonMark subset line by line: ATX and setext headings, block
 * quotes, bullet and ordered lists (nesting by indentation), fenced and indented code, thematic
 * breaks and paragraphs. Each paragraph becomes one block whose lines are joined with spaces, as
 * Markdown renders them; a paragraph of images alone becomes figure blocks.
 */
class MarkdownBlocks {
  readonly #builder: ArticleTextBuilder;
  readonly #references: LinkReferences;
  #paragraph: Paragraph | null = null;
  #fence: Fence | null = null;
  #indentedCode: string[] | null = null;
  /** Content column of each open list item, outermost first. */
  readonly #lists: number[] = [];
  #afterBlank = false;

  constructor(builder: ArticleTextBuilder, references: LinkReferences) {
    this.#builder = builder;
    this.#references = references;
  }

  read(lines: readonly string[], skip: ReadonlySet<number>): void {
    lines.forEach((raw, index) => {
      if (!skip.has(index)) this.#line(expandIndent(raw));
    });
    this.#closeAll();
  }

  #line(line: string): void {
    const quoteMarkers = QUOTE_MARKERS.exec(line)?.[0] ?? '';
    const quoted = quoteMarkers !== '';
    const rest = expandIndent(line.slice(quoteMarkers.length));

    if (this.#fence !== null) {
      this.#fenceLine(rest);
      return;
    }
    if (BLANK.test(rest)) {
      this.#closeParagraph();
      this.#indentedCode?.push('');
      this.#afterBlank = true;
      return;
    }
    const indent = indentOf(rest);
    if (this.#indentedCode !== null) {
      if (indent >= 4) {
        this.#indentedCode.push(rest.slice(4));
        return;
      }
      this.#closeIndentedCode();
    }
    const afterBlank = this.#afterBlank;
    this.#afterBlank = false;
    const paragraph = this.#paragraph;

    if (paragraph?.kind === 'paragraph' && !quoted) {
      const underline = SETEXT_UNDERLINE.exec(rest);
      if (underline !== null) {
        paragraph.kind = 'heading';
        paragraph.level = underline[1]?.startsWith('=') ? 1 : 2;
        this.#closeParagraph();
        return;
      }
    }
    if (THEMATIC_BREAK.test(rest)) {
      this.#closeParagraph();
      this.#lists.length = 0;
      return;
    }
    const marker = LIST_MARKER.exec(rest);
    // Within a paragraph an ordered item must start at 1 and no item may be empty, so that
    // "1999. Then…" on a wrapped line stays text; within a list every marker starts an item.
    const interrupts =
      paragraph === null ||
      paragraph.kind === 'list-item' ||
      ((marker?.[3] === undefined || marker[3] === '1') && rest.slice(marker?.[0].length).trim() !== '');
    if (marker !== null && interrupts) {
      this.#listItem(rest, marker[0].length, indent);
      return;
    }
    const innermost = this.#lists.at(-1);
    if (innermost !== undefined && afterBlank) {
      if (indent >= innermost) {
        this.#paragraph = { kind: 'list-item', level: this.#lists.length, lines: [rest.trimStart()] };
        return;
      }
      this.#lists.length = 0;
    }

    const heading = ATX_HEADING.exec(rest);
    if (heading !== null) {
      this.#closeParagraph();
      this.#lists.length = 0;
      this.#emit('heading', heading[1]?.length, heading[2] ?? '');
      return;
    }
    const fence = FENCE_OPEN.exec(rest);
    if (fence?.[2] !== undefined && !(fence[2].startsWith('`') && fence[3]?.includes('`'))) {
      this.#closeParagraph();
      this.#fence = { char: fence[2].charAt(0), length: fence[2].length, indent: fence[1]?.length ?? 0, lines: [] };
      return;
    }
    if (indent >= 4 && paragraph === null && this.#lists.length === 0) {
      this.#indentedCode = [rest.slice(4)];
      return;
    }
    const kind: BlockKind = quoted ? 'blockquote' : 'paragraph';
    // An unmarked line continues an open quote or list item ("lazy continuation"), as in CommonMark.
    const continues = paragraph !== null && (paragraph.kind === kind || (!quoted && paragraph.kind !== 'heading'));
    if (paragraph !== null && continues) {
      paragraph.lines.push(rest.trimStart());
      return;
    }
    this.#closeParagraph();
    this.#lists.length = 0;
    this.#paragraph = { kind, level: undefined, lines: [rest.trimStart()] };
  }

  #listItem(rest: string, markerEnd: number, indent: number): void {
    this.#closeParagraph();
    const spacing = rest.slice(markerEnd).trim() === '' ? 1 : 0;
    const contentColumn = markerEnd + spacing;
    while (this.#lists.length > 0 && (this.#lists.at(-1) ?? 0) > indent) this.#lists.pop();
    this.#lists.push(contentColumn);
    this.#paragraph = { kind: 'list-item', level: this.#lists.length, lines: [rest.slice(markerEnd).trimStart()] };
  }

  #fenceLine(rest: string): void {
    const fence = this.#fence;
    if (fence === null) return;
    const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(rest)?.[1];
    if (close !== undefined && close.charAt(0) === fence.char && close.length >= fence.length) {
      this.#closeFence();
      return;
    }
    const strip = Math.min(fence.indent, indentOf(rest));
    fence.lines.push(rest.slice(strip));
  }

  #closeFence(): void {
    if (this.#fence === null) return;
    this.#preformatted(this.#fence.lines);
    this.#fence = null;
  }

  #closeIndentedCode(): void {
    if (this.#indentedCode === null) return;
    this.#preformatted(this.#indentedCode);
    this.#indentedCode = null;
  }

  #preformatted(lines: readonly string[]): void {
    if (lines.every((line) => BLANK.test(line))) return;
    this.#builder.startBlock('preformatted');
    this.#builder.append(lines.join('\n'));
    this.#builder.endBlock();
  }

  #closeParagraph(): void {
    const paragraph = this.#paragraph;
    if (paragraph === null) return;
    this.#paragraph = null;
    this.#emit(paragraph.kind, paragraph.level, paragraph.lines.join('\n'));
  }

  #closeAll(): void {
    this.#closeParagraph();
    this.#closeFence();
    this.#closeIndentedCode();
  }

  #emit(kind: BlockKind, level: number | undefined, source: string): void {
    const pieces = parseInline(source, this.#references);
    const imagesOnly =
      pieces.some((piece) => piece.kind === 'image') &&
      pieces.every((piece) => piece.kind === 'image' || (piece.kind === 'text' && piece.text.trim() === ''));
    const builder = this.#builder;
    if (imagesOnly) {
      for (const piece of pieces) {
        if (piece.kind !== 'image') continue;
        builder.startBlock('figure');
        builder.append(piece.alt === '' ? 'Image' : piece.alt);
      }
      builder.endBlock();
      return;
    }
    builder.startBlock(kind, level);
    for (const piece of pieces) {
      if (piece.kind === 'break') {
        builder.startBlock(kind, level);
      } else if (piece.kind === 'image') {
        builder.append(piece.alt);
      } else if (piece.href === null) {
        builder.append(piece.text);
      } else {
        builder.startLink(piece.href);
        builder.append(piece.text);
        builder.endLink();
      }
    }
    builder.endBlock();
  }
}

/** A Markdown file: structure from its syntax, metadata from YAML front matter if present. */
export function readMarkdown(bytes: Uint8Array, fileName: string, encoding?: SupportedEncoding): ExtractedContent {
  const decoded = decodeText(bytes, fileName, { encoding });
  if (decoded.text.length > IMPORT_LIMITS.maxTextUnits) throw textTooLongError(fileName);
  const lines = normalizeArticleText(decoded.text).split('\n');
  const { metadata, lineCount } = readFrontMatter(lines);
  const body = lines.slice(lineCount);
  const { references, definitionLines } = collectReferences(body);
  const builder = new ArticleTextBuilder(fileName);
  new MarkdownBlocks(builder, references).read(body, definitionLines);
  const { text, blocks, links } = builder.build();
  if (text === '') throw new WorkbenchError('invalid-argument', `"${fileName}" contains no text.`);
  return { text, blocks, links, metadata, type: 'text/markdown', encoding: decoded.encoding, notes: decoded.notes };
}
