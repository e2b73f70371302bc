import { writeSync } from 'node:fs';
import { isHighSurrogate } from '../../shared/text/surrogates';

/** Text (written as UTF-8), bytes, or a sequence of either, written one chunk after the other. */
export type ChunkedContent = string | Uint8Array | Iterable<string | Uint8Array>;

/** Strings are gathered up to about this many UTF-16 units before they are encoded and written. */
const WRITE_BATCH = 1 << 20;

function writeBytes(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/**
 * Writes content to an open file chunk by chunk, so a large file is never one string or buffer in
 * memory. Small string chunks are batched (one write per ~1 MiB); a surrogate pair split
 * across two chunks is kept together.
 */
export function writeContentSync(fd: number, content: ChunkedContent): void {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    writeBytes(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    return;
  }
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = (all: boolean) => {
    if (pendingLength === 0) return;
    let text = pending.join('');
    pending = [];
    pendingLength = 0;
    if (!all && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      pending.push(text.slice(-1));
      pendingLength = 1;
      text = text.slice(0, -1);
    }
    writeBytes(fd, Buffer.from(text, 'utf8'));
  };
  for (const chunk of content) {
    if (typeof chunk === 'string') {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= WRITE_BATCH) flush(false);
    } else {
      flush(true);
      writeBytes(fd, chunk);
    }
  }
  flush(true);
}
