import { parseJson } from '../interchange/formats/common/json-values';

export type JsonRead = ReturnType<typeof parseJson>;

const ascii = new TextDecoder('latin1');

/**
 * One file of an import, read once: its name, its bytes, and what any format has decoded or
 * parsed of it. Sniffing a format decodes and parses through here, and so does that format's
 * parse, so a file is decoded and parsed at most once however many formats look at it.
 */
export class FileToImport {
  /** The extension in lower case without the dot ("json"), or "" when the name has none. */
  readonly extension: string;
  private utf8?: string | null;
  private parsed?: JsonRead;

  constructor(
    /** As reports name it: "news.jsonl", or "corpus.zip/doc1.ann" for an archive's entry. */
    readonly name: string,
    readonly bytes: Uint8Array,
  ) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    this.extension = dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
  }

  /** True when the file begins with these bytes (given as Latin-1 characters, e.g. "%PDF-"). */
  startsWith(signature: string): boolean {
    for (let i = 0; i < signature.length; i++) if (this.bytes[i] !== signature.charCodeAt(i)) return false;
    return true;
  }

  /** The first `length` bytes as Latin-1 text, for looking at markup and headers. */
  head(length: number): string {
    return ascii.decode(this.bytes.subarray(0, length));
  }

  /** The file as UTF-8 text without its byte-order mark; null when it is not valid UTF-8. */
  utf8Text(): string | null {
    if (this.utf8 === undefined) {
      try {
        this.utf8 = new TextDecoder('utf-8', { fatal: true }).decode(this.bytes).replace(/^\uFEFF/, '');
      } catch {
        this.utf8 = null;
      }
    }
    return this.utf8;
  }

  /** The UTF-8 text as JSON, or why it is not JSON. */
  json(): JsonRead {
    if (this.parsed === undefined) {
      const text = this.utf8Text();
      this.parsed = text === null ? { ok: false, message: 'The file is not UTF-8 text.' } : parseJson(text);
    }
    return this.parsed;
  }
}
