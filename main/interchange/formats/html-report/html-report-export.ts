import type { Annotation } from '../../../../shared/model/annotation';
import type { ExportFormat, ExportProgress } from '../../export-format';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { ExportIndex } from '../common/export-index';
import { markupAttribute, markupText } from '../common/markup';
import { placeableAnnotations } from '../common/placeable';
import { highlightedText, laneCountOf } from './highlighted-text';
import { labelCodes } from './label-codes';
import { chartsSection } from './report-charts';
import { reportStyle, styleSource } from './report-style';
import { claimTable, entityTable, relationTable, type TableContext } from './report-tables';
import { EXPORT_CATALOG } from '../../export-catalog';

/**
 * A self-contained HTML report to read, print or send: each article with its annotations
 * underlined in their label's colours (overlapping ones in stacked lanes), a legend, and tables
 * of the entities, claims and relations. Opening it never runs or loads anything: there is no
 * script, every text from the project is escaped, and the Content-Security-Policy allows nothing
 * but the one style sheet, by its hash. Web addresses are shown as text, never as links; the only
 * links jump within the page.
 */
export const htmlReportFormat: ExportFormat = {
  ...EXPORT_CATALOG.htmlReport,
  export(set: ExportSet, progress: ExportProgress) {
    const dropped: string[] = [];
    return { kind: 'file', content: reportLines(set, progress, dropped), dropped };
  },
};

/**
 * The report line by line as it is written (a large project's report is longer than one string
 * can be). The style sheet in the head needs the most underline lanes any article needs and the
 * contents list every title, so a first pass reads the articles for those; the articles and each
 * table are then a pass of their own.
 */
function* reportLines(set: ExportSet, progress: ExportProgress, dropped: string[]): Generator<string> {
  const index = new ExportIndex(set);
  let laneCount = 0;
  const titles: string[] = [];
  for (const { article, annotations } of set.articles) {
    laneCount = Math.max(laneCount, laneCountOf(annotations.filter((annotation) => !annotation.orphaned)));
    titles.push(`<li><a href="#article-${article.id}">${markupText(article.title)}</a></li>`);
  }
  const context: TableContext = { set, index };
  const codes = labelCodes(legendLabels(index));
  const style = reportStyle(set.labels, laneCount, codes);
  const head = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${styleSource(style)}; img-src 'none'; form-action 'none'; base-uri 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${markupText(set.projectName)} – annotation report</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${markupText(set.projectName)}</h1>`,
    `<p class="muted">Annotation report, exported ${markupText(set.exportedAt.slice(0, 16).replace('T', ' '))} UTC · ${set.articles.length} ${set.articles.length === 1 ? 'article' : 'articles'}</p>`,
    legend(index, codes),
    `<nav aria-label="Articles"><ol>\n${titles.join('\n')}\n</ol></nav>`,
    '</header>',
    '<main>',
  ];
  for (const line of head) yield* [line, '\n'];
  let done = 0;
  for (const exported of set.articles) {
    const placeable = placeableAnnotations(exported, index, dropped);
    yield* [articleSection(exported, placeable, index), '\n'];
    progress.articleDone(++done, set.articles.length);
  }
  const tables = [
    { heading: '<section><h2 id="entities">Entities</h2>', rows: entityTable(context) },
    { heading: '<section><h2 id="claims">Claims</h2>', rows: claimTable(context) },
    { heading: '<section><h2 id="relations">Relations</h2>', rows: relationTable(context) },
  ];
  for (const { heading, rows } of tables) {
    yield* [heading, '\n'];
    yield* rows;
    yield* ['\n', '</section>', '\n'];
  }
  yield* [chartsSection(set.readCharts(), set.labels), '\n'];
  for (const line of ['</main>', '</body>', '</html>']) yield* [line, '\n'];
}

/** The labels a span can carry, in legend order. */
function legendLabels(index: ExportIndex) {
  return [...index.labelsOfKind('entity'), ...index.labelsOfKind('claim')];
}

function legend(index: ExportIndex, codes: ReadonlyMap<number, string>): string {
  const items = legendLabels(index).map(
    (label) =>
      `<li><span class="swatch l${label.id}"></span> <b class="code">${markupText(codes.get(label.id) ?? '')}</b> ${markupText(label.name)}</li>`,
  );
  return `<ul class="legend" aria-label="Labels">\n${items.join('\n')}\n</ul>`;
}

function articleSection(exported: ExportedArticle, placeable: readonly Annotation[], index: ExportIndex) {
  const { article, notes, documentLabelIds } = exported;
  const { source, url, author, publishedAt, language, tags } = article.metadata;
  const fields: [string, string | null][] = [
    ['Source', source],
    ['Author', author],
    ['Published', publishedAt],
    ['Language', language],
    ['Address', url],
    ['Tags', tags.length === 0 ? null : tags.join(', ')],
    ['Labels', documentLabelIds.length === 0 ? null : documentLabelIds.map((id) => index.label(id).name).join(', ')],
  ];
  const metadata = fields
    .flatMap(([name, value]) => (value === null ? [] : [`<dt>${name}</dt><dd>${markupText(value)}</dd>`]))
    .join('');
  const text = highlightedText(article.text, placeable, index);
  const lang = language === null ? '' : ` lang="${markupAttribute(language)}"`;
  const noteList =
    notes.length === 0
      ? ''
      : `<h3>Notes</h3>\n<ul>${notes.map((note) => `<li>${markupText(note.text)}</li>`).join('')}</ul>`;
  const html = [
    `<article id="article-${article.id}">`,
    `<h2 dir="auto">${markupText(article.title)}</h2>`,
    metadata === '' ? '' : `<dl class="meta">${metadata}</dl>`,
    `<div class="text lanes-${Math.max(1, text.laneCount)}"${lang}>`,
    text.html,
    '</div>',
    noteList,
    '</article>',
  ].filter((part) => part !== '');
  return html.join('\n');
}
