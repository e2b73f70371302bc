import { strToU8 } from 'fflate';
import { ZipPieces } from '../../../fs/zip-pieces';
import type { ExportFormat, ExportProgress } from '../../export-format';
import type { ExportSet } from '../../export-set';
import { ExportIndex } from '../common/export-index';
import { QdeProjectBuilder } from './qde-project';
import { isHighSurrogate } from '../../../../shared/text/surrogates';
import { EXPORT_CATALOG } from '../../export-catalog';

/** Text is handed to the compressor in pieces of about this many UTF-16 units. */
const DEFLATE_BATCH = 1 << 20;

/** Joins small pieces of text into batches of about DEFLATE_BATCH, never splitting a surrogate pair. */
function* batched(pieces: Iterable<string>): Generator<string> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length < DEFLATE_BATCH) continue;
    const keep = isHighSurrogate(pending.charCodeAt(pending.length - 1)) ? 1 : 0;
    yield pending.slice(0, pending.length - keep);
    pending = pending.slice(pending.length - keep);
  }
  if (pending !== '') yield pending;
}

/**
 * A zip of the entries, deflated one after the other, as the pieces of the archive: no entry and
 * not the archive is ever whole in memory. Entries are stamped with `mtime`.
 */
function* zipChunks(
  entries: Iterable<{ readonly path: string; readonly text: Iterable<string> }>,
  mtime: string,
): Generator<Uint8Array> {
  const zip = new ZipPieces();
  for (const entry of entries) {
    const file = zip.addEntry(entry.path, mtime);
    for (const text of batched(entry.text)) {
      file.push(strToU8(text));
      yield* zip.take();
    }
    file.push(new Uint8Array(0), true);
    yield* zip.take();
  }
  zip.end();
  yield* zip.take();
}

/** project.qde in pieces (an article's TextSource at a time), then each article's plain text, read again. */
function* qdpxEntries(
  set: ExportSet,
  progress: ExportProgress,
  dropped: string[],
): Generator<{ path: string; text: Iterable<string> }> {
  const builder = new QdeProjectBuilder(set, new ExportIndex(set), dropped);
  function* project(): Generator<string> {
    yield builder.start();
    let done = 0;
    for (const exported of set.articles) {
      yield builder.addArticle(exported);
      progress.articleDone(++done, set.articles.length);
    }
    yield builder.end();
  }
  yield { path: 'project.qde', text: project() };
  for (const { article } of set.articles) yield { path: builder.sourcePath(article), text: [article.text] };
}

/** The entries' time when no article is exported (zip times start in 1980). */
const TIME_OF_EMPTY_EXPORT = '1980-01-01T12:00:00.000Z';

/**
 * The time the zip entries are stamped with: when the newest article was added, not the export
 * time, so the archive depends on its content only.
 */
function entryTime(set: ExportSet): string {
  let newest = TIME_OF_EMPTY_EXPORT;
  for (const { article } of set.articles) if (article.createdAt > newest) newest = article.createdAt;
  return newest;
}

/**
 * REFI-QDA project exchange (`.qdpx`), which ATLAS.ti, MAXQDA, NVivo, QualCoder and others import:
 * a zip holding `project.qde` (QDA-XML, valid against the REFI Project.xsd) and each article's text
 * as `Sources/<guid>.txt` in UTF-8. Selections count Unicode code points from 0, as the standard
 * defines text positions, with the end exclusive as QDA programs write them.
 *
 * Entity types, the entities mentioned, the claim label and the claim attributes with their values
 * form the codebook; annotations are coded selections (a discontinuous one a selection per piece),
 * relations are links between selections, notes are notes, document labels are sets of sources.
 * GUIDs are derived from the project name and the ids, and times are those of the articles, so
 * exporting the same project again gives the same file.
 *
 * The archive is made as it is written (a large project's project.qde is longer than a string can
 * be), so its entries carry their sizes in data descriptors after their data.
 */
export const qdpxFormat: ExportFormat = {
  ...EXPORT_CATALOG.qdpx,
  export(set: ExportSet, progress: ExportProgress) {
    const dropped: string[] = [];
    return { kind: 'file', content: zipChunks(qdpxEntries(set, progress, dropped), entryTime(set)), dropped };
  },
};
