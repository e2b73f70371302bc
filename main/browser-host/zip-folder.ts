import { createReadStream, createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Zip, ZipDeflate } from 'fflate';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The archive in pieces, one file's chunk at a time: no file and not the archive is ever whole in memory. */
async function* zipChunks(folder: string, files: readonly string[]): AsyncGenerator<Uint8Array> {
  let output: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error !== null) throw error;
    output.push(data);
  });
  const drain = () => {
    const ready = output;
    output = [];
    return ready;
  };
  for (const file of files) {
    // Under the folder's own name, so unpacking gives back the folder the export wrote.
    const entry = new ZipDeflate(`${basename(folder)}/${file}`, { level: 6 });
    zip.add(entry);
    for await (const chunk of createReadStream(join(folder, file))) {
      entry.push(chunk as Buffer);
      yield* drain();
    }
    entry.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

/** Packs a multi-file export into one ZIP archive, so the browser hands the user a single download. */
export async function zipFolder(folder: string, archive: string): Promise<void> {
  const files = await filesUnder(folder);
  await pipeline(Readable.from(zipChunks(folder, files)), createWriteStream(archive, { flags: 'wx' }));
}
