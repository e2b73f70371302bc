import { createHash } from 'node:crypto';
import { joinContent } from '../../../../main/interchange/export-content';
import { readExportSet } from '../../../../main/interchange/export-set';
import { bundleFormat } from '../../../../main/interchange/formats/bundle/bundle-export';
import type { ProjectStore } from '../../../../main/store/project-store';

/** The project's native bundle, as the text the export writes. */
export function exportBundleText(store: ProjectStore): string {
  const output = bundleFormat.export(readExportSet(store), { articleDone: () => undefined });
  if (output.kind !== 'file') throw new Error('the bundle is one file');
  return joinContent(output.content) as string;
}

/** The SHA-256 of a text's UTF-8 bytes, in hex: how the round-trip tests compare bundles byte for byte. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
