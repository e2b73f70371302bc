import { Zip, ZipDeflate } from 'fflate';

/**
 * fflate's streaming ZIP writer, with what it produces collected so that a generator can hand the
 * archive on piece by piece: entries are added and fed one after another, and neither an entry nor
 * the archive is ever whole in memory.
 */
export class ZipPieces {
  private output: Uint8Array[] = [];
  private readonly zip = new Zip((error, data) => {
    if (error !== null) throw error;
    this.output.push(data);
  });

  /** A new deflated entry; push its bytes, the last push with `final` set, before adding the next. */
  addEntry(path: string, mtime?: string): ZipDeflate {
    const entry = new ZipDeflate(path, { level: 6 });
    if (mtime !== undefined) entry.mtime = mtime;
    this.zip.add(entry);
    return entry;
  }

  end(): void {
    this.zip.end();
  }

  /** The archive's pieces produced since the last call. */
  take(): Uint8Array[] {
    const ready = this.output;
    this.output = [];
    return ready;
  }
}
