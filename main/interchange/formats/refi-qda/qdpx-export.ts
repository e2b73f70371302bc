import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFormat, ExportProgress } from '../../export-format';
import type { ExportSet } from '../../export-set';
import { ExportIndex } from '../common/export-index';
import { QdeProjectBuilder } from './qde-project';

/**
 * REFI-QDA project exchange (`.qdpx`), which ATLAS.ti, MAXQDA, NVivo, QualCoder and others import:
 * a zip holding `project.qde` (QDA-XML, valid against the REFI Project.xsd) and each article's text
 * as `Sources/<guid>.txt` in UTF-8. Selections count Unicode code points from 0, as the standard
 * defines text positions, with the end exclusive as QDA programs write them.
 *
 * Entity types, the entities mentioned, the claim label and the claim attributes with their values
 * form the codebook; annotations are coded selections (a discontinuous one a selection per piece),
 * relations are links between selections, notes are notes, document labels are sets of sources.
 * GUIDs are derived from the project name and the ids, so the same export gives the same file.
 */
export const qdpxFormat: ExportFormat = {
  id: 'refi-qda',
  name: 'REFI-QDA project (.qdpx: ATLAS.ti, MAXQDA, NVivo, QualCoder)',
  offsetUnit: 'code-points',
  extension: 'qdpx',
  export(set: ExportSet, progress: ExportProgress) {
    const dropped: string[] = [];
    const builder = new QdeProjectBuilder(set, new ExportIndex(set), dropped);
    set.articles.forEach((exported, i) => {
      builder.addArticle(exported);
      progress.articleDone(i + 1, set.articles.length);
    });
    const { xml, files } = builder.finish();
    const entries: Zippable = { 'project.qde': strToU8(xml) };
    for (const file of files) entries[file.path] = strToU8(file.text);
    // The export time, not the clock, stamps the entries: the archive depends on its content only.
    return { kind: 'file', content: zipSync(entries, { mtime: set.exportedAt }), dropped };
  },
};
