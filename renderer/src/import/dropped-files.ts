import type { DroppedFile } from '../../../shared/model/library';
import { bytesToBase64 } from './base64';

/** The contract's limits for one drop (shared/model/library.ts: DroppedFile, importDropped). */
export const MAX_DROPPED_FILES = 1000;
/** base64 grows bytes by 4/3; the contract allows 140 MiB of base64 per file. */
export const MAX_DROPPED_FILE_BYTES = Math.floor(((140 * 1024 * 1024) / 4) * 3);

export interface DropContents {
  files: File[];
  /** Names of dropped folders: a web page cannot read a folder's files, only main can. */
  folders: string[];
}

/**
 * What was dropped, split into files and folders. Must run inside the drop event: the browser
 * empties the DataTransfer as soon as the handler returns.
 */
export function dropContents(data: DataTransfer): DropContents {
  const files: File[] = [];
  const folders: string[] = [];
  const items = Array.from(data.items).filter((item) => item.kind === 'file');
  if (items.length === 0) return { files: Array.from(data.files), folders };
  for (const item of items) {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    const file = item.getAsFile();
    if (entry?.isDirectory) folders.push(entry.name);
    else if (file !== null) files.push(file);
  }
  return { files, folders };
}

/** Files too large to send in one drop; they are named in the message instead of being sent. */
export function oversizedFiles(files: readonly File[]): File[] {
  return files.filter((file) => file.size > MAX_DROPPED_FILE_BYTES);
}

/** Reads and encodes the files one after another, so only one file's raw bytes are held at a time. */
export async function readDroppedFiles(files: readonly File[]): Promise<DroppedFile[]> {
  const read: DroppedFile[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    read.push({ name: file.name || 'dropped file', base64: bytesToBase64(bytes) });
  }
  return read;
}
