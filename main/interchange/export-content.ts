import type { ExportContent, ExportOutput } from './export-format';

/**
 * The whole content as one string or buffer, for tests and small exports only: a large project's
 * export may be longer than a string can be, which is why formats produce chunks.
 */
export function joinContent(content: ExportContent): string | Uint8Array {
  if (typeof content === 'string' || content instanceof Uint8Array) return content;
  const chunks = [...content];
  if (chunks.every((chunk) => typeof chunk === 'string')) return chunks.join('');
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)));
}

/** The output with every file's content joined (see `joinContent`), so it can be read more than once. */
export function joinOutput(output: ExportOutput): ExportOutput {
  if (output.kind === 'file') return { ...output, content: joinContent(output.content) };
  return {
    ...output,
    files: [...output.files].map((file) => ({ path: file.path, content: joinContent(file.content) })),
  };
}
