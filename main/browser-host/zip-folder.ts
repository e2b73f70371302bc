import { createReadStream, createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipPieces } from '../fs/zip-pieces';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The archive in pieces, one file's chunk at a time. */
async function* zipChunks(folder: string, files: readonly string[]): AsyncGenerator<Uint8Array> {
  const zip = new ZipPieces();
  for (const file of files) {
    // Under the folder's own name, so unpacking gives back the folder the export wrote.
    const entry = zip.addEntry(`${basename(folder)}/${file}`);
    for await (const chunk of createReadStream(join(folder, file))) {
      entry.push(chunk as Buffer);
      yield* zip.take();
    }
    entry.push(new Uint8Array(0), true);
    yield* zip.take();
  }
  zip.end();
  yield* zip.take();
}

/** Packs a multi-file export into one ZIP archive, so the browser hands the user a single download. */
export async function zipFolder(folder: string, archive: string): Promise<void> {
  const files = await filesUnder(folder);
  await pipeline(Readable.from(zipChunks(folder, files)), createWriteStream(archive, { flags: 'wx' }));
}
