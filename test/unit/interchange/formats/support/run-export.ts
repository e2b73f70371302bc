import { joinContent } from '../../../../../main/interchange/export-content';
import type { ExportFormat } from '../../../../../main/interchange/export-format';
import type { ExportSet } from '../../../../../main/interchange/export-set';
import { recordingProgress } from './export-set-fixture';

interface Ran {
  readonly dropped: readonly string[];
  /** The progress calls the export made. */
  readonly progress: [number, number][];
}

/** Exports `set` as a single-file format that writes text; fails unless it did. */
export function exportTextFile(format: ExportFormat, set: ExportSet): Ran & { readonly content: string } {
  const progress = recordingProgress();
  const output = format.export(set, progress);
  // Chunked content is joined first: the format fills `dropped` while it makes the chunks.
  const content = output.kind === 'file' ? joinContent(output.content) : null;
  if (typeof content !== 'string') throw new Error(`expected one ${format.id} text file`);
  return { content, dropped: output.dropped, progress: progress.calls };
}

/** Exports `set` as a single-file format that writes bytes (a zip); fails unless it did. */
export function exportBinaryFile(format: ExportFormat, set: ExportSet): Ran & { readonly bytes: Uint8Array } {
  const progress = recordingProgress();
  const output = format.export(set, progress);
  const bytes = output.kind === 'file' ? joinContent(output.content) : null;
  if (!(bytes instanceof Uint8Array)) throw new Error(`expected one ${format.id} binary file`);
  return { bytes, dropped: output.dropped, progress: progress.calls };
}

/** Exports `set` as a folder format of text files; fails unless it wrote one. */
export function exportTextFolder(
  format: ExportFormat,
  set: ExportSet,
): Ran & { readonly files: readonly { readonly path: string; readonly content: string }[] } {
  const progress = recordingProgress();
  const output = format.export(set, progress);
  if (output.kind !== 'folder') throw new Error(`expected a ${format.id} folder`);
  const files = [...output.files].map((file) => {
    const content = joinContent(file.content);
    if (typeof content !== 'string') throw new Error('expected text files');
    return { path: file.path, content };
  });
  return { files, dropped: output.dropped, progress: progress.calls };
}
