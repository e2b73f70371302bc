import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { WorkbenchError } from '../../../shared/ipc/errors';
import type { ImportProblem } from '../../../shared/model/interchange';
import { LayerFormat, type LayerImportReport } from '../../../shared/model/layer';
import type { ProjectStore } from '../../store/project-store';
import { readAnnotationSources } from '../import/annotation-sources';
import { parseAnnotationSelection } from '../import/import-annotation-files';
import { LabelResolver } from '../import/label-resolver';
import { asUtf8Sources } from './legacy-encoded-sources';
import { colleagueFromFile } from './colleague-from-file';
import type { LayerDraft } from './layer-draft';
import { bundleColleague, layerFromBundle } from './layer-from-bundle';
import { layerFromFiles } from './layer-from-files';
import { ProjectEntityLookup } from './project-entity-lookup';

function refused(files: readonly string[], problems: readonly ImportProblem[], unmatched: readonly string[] = []) {
  const report: LayerImportReport = {
    files: [...files],
    imported: false,
    matched: [],
    unmatched: [...unmatched],
    labelsAdded: [],
    warnings: [],
    problems: [...problems],
  };
  return report;
}

/** "ana.ann" → "ana", "work/ana-2024.zip/doc.json" → "ana-2024": who a file is from when it does not say. */
function fileStem(name: string): string {
  const [first = name] = name.split('/');
  return basename(first).replace(/\.(awb\.json|[^.]+)$/i, '') || name;
}

/**
 * Imports a colleague's annotation files as ONE new layer, in one transaction and one undo step:
 * read by the annotation import's parsers, each document matched to the article with its text (by
 * text hash, so a CRLF or windows-1252 copy matches too), offsets converted into the stored text's
 * unit. Documents the project does not have are listed and left out; a layer never adds articles
 * nor touches the project's own annotations. Any problem refuses the whole import, with its place.
 */
export function importLayerFiles(store: ProjectStore, paths: readonly string[]): LayerImportReport {
  const { sources, problems } = readAnnotationSources(paths);
  const encodingWarnings: string[] = [];
  const selection = parseAnnotationSelection(store, asUtf8Sources(sources, encodingWarnings, problems), problems);
  const { names } = selection;
  if ('problems' in selection) return refused(names, selection.problems);
  const { parsed, format, skipped } = selection;
  const layerFormat = LayerFormat.parse(format.id);
  const stem = fileStem(names[0] ?? 'Colleague');
  let draft: LayerDraft;
  if (parsed.kind === 'bundle') {
    if ('problems' in parsed.read) return refused(names, parsed.read.problems);
    draft = layerFromBundle(store, parsed.read.bundle, bundleColleague(parsed.read.bundle, stem, encodingWarnings));
  } else {
    draft = layerFromFiles(store, parsed.file, layerFormat, colleagueFromFile(parsed.file.creator, stem), problems);
    if (problems.length > 0) return refused(names, problems);
  }
  if (draft.matched.length === 0) {
    const place = names.join(', ');
    const message =
      draft.unmatched.length === 0
        ? 'There are no documents in the files.'
        : 'None of the documents is an article of this project (a layer annotates the project’s own articles; import the articles first).';
    return refused(names, [{ place, message }], draft.unmatched);
  }
  return writeLayer(store, draft, names, [
    ...encodingWarnings,
    ...skipped.map(({ place, message }) => `${place}: ${message}`),
  ]);
}

function writeLayer(
  store: ProjectStore,
  draft: LayerDraft,
  names: readonly string[],
  warnings: readonly string[],
): LayerImportReport {
  try {
    return store.atomically(`Import layer ${draft.colleague.name}`, () => {
      const labels = new LabelResolver(store);
      const entities = new ProjectEntityLookup(store.listEntities());
      const layer = store.addLayer(
        { uid: randomUUID(), format: draft.format, fileNames: [...names], colleague: draft.colleague },
        draft.annotations(labels, entities),
      );
      return {
        files: [...names],
        imported: true,
        layer,
        matched: [...draft.matched],
        unmatched: [...draft.unmatched],
        labelsAdded: [...labels.added],
        warnings: [...warnings, ...draft.warnings],
        problems: [],
      };
    });
  } catch (error) {
    if (!(error instanceof WorkbenchError)) throw error;
    return refused(names, [{ place: names.join(', '), message: error.message }], draft.unmatched);
  }
}
