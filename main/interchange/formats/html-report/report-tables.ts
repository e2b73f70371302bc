import type { Annotation, Entity } from '../../../../shared/model/annotation';
import type { ExportSet } from '../../export-set';
import type { ExportIndex } from '../common/export-index';
import { markupText } from '../common/markup';

/** What the tables read. */
export interface TableContext {
  readonly set: ExportSet;
  readonly index: ExportIndex;
}

const SCHEMES: Readonly<Record<Entity['externalIds'][number]['scheme'], string>> = {
  wikidata: 'Wikidata',
  geonames: 'GeoNames',
  url: 'Web',
  other: 'Other',
};

/** The table row by row as its rows are made; "None." when there are none. */
function* table(headers: readonly string[], rows: Iterable<readonly string[]>): Generator<string> {
  let first = true;
  for (const cells of rows) {
    if (first) {
      const head = `<tr>${headers.map((header) => `<th scope="col">${markupText(header)}</th>`).join('')}</tr>`;
      yield `<table>\n<thead>${head}</thead>\n<tbody>\n`;
    } else {
      yield '\n';
    }
    first = false;
    yield `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  }
  yield first ? '<p class="muted">None.</p>' : '\n</tbody>\n</table>';
}

/** The quote, linked to where it is highlighted when it is. */
function quoteCell(annotation: Annotation | undefined): string {
  if (annotation === undefined) return '<span class="muted">(in an article not in this report)</span>';
  const quote = `“${markupText(annotation.quote.exact)}”`;
  // Every annotation with a position is drawn in the text, so a link can reach it.
  if (!annotation.orphaned) return `<a href="#a${annotation.id}">${quote}</a>`;
  return `${quote} <span class="muted">(no position: the text changed)</span>`;
}

const labelCell = (context: TableContext, labelId: number) => {
  const label = context.index.label(labelId);
  return `<span class="swatch l${label.id}"></span> ${markupText(label.name)}`;
};

/** The entity registry's table, most mentioned first: one pass counts the mentions. */
export function entityTable(context: TableContext): Generator<string> {
  const { set } = context;
  const mentions = new Map<number, number>();
  const cited = new Set<number>();
  for (const { annotations } of set.articles) {
    for (const annotation of annotations) {
      if (annotation.entityId !== undefined)
        mentions.set(annotation.entityId, (mentions.get(annotation.entityId) ?? 0) + 1);
      if (annotation.claim?.claimantEntityId !== undefined) cited.add(annotation.claim.claimantEntityId);
      for (const id of annotation.claim?.aboutEntityIds ?? []) cited.add(id);
    }
  }
  const rows = set.entities
    .filter((entity) => mentions.has(entity.id) || cited.has(entity.id))
    .sort((a, b) => (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0) || a.name.localeCompare(b.name, 'en'))
    .map((entity) => [
      markupText(entity.name) +
        (entity.aliases.length === 0 ? '' : `<br><span class="muted">${markupText(entity.aliases.join(', '))}</span>`),
      labelCell(context, entity.typeLabelId),
      String(mentions.get(entity.id) ?? 0),
      entity.externalIds.map((id) => markupText(`${SCHEMES[id.scheme]}: ${id.value}`)).join('<br>'),
      markupText(entity.note ?? ''),
    ]);
  return table(['Name', 'Type', 'Mentions', 'Identifiers', 'Note'], rows);
}

/** A row per claim, made article by article. */
export function claimTable(context: TableContext): Generator<string> {
  const { set, index } = context;
  function* rows(): Generator<string[]> {
    for (const { article, annotations } of set.articles) {
      for (const annotation of annotations) {
        const claim = annotation.claim;
        if (claim === undefined) continue;
        const stance = index.claimAttribute(claim, 'stance');
        const verdict = index.claimAttribute(claim, 'verdict');
        const others = index
          .claimAttributes(claim)
          .filter(({ value }) => value !== stance && value !== verdict)
          .map(({ attribute, value }) => `${attribute.name}: ${value.name}`);
        const about = claim.aboutEntityIds.flatMap((id) => index.entity(id)?.name ?? []);
        yield [
          quoteCell(annotation),
          markupText(index.claimant(claim)?.name ?? ''),
          markupText(stance?.name ?? ''),
          markupText(verdict?.name ?? ''),
          markupText([...others, ...(about.length === 0 ? [] : [`about: ${about.join(', ')}`])].join('; ')),
          markupText(claim.date ?? article.metadata.publishedAt ?? ''),
          markupText(annotation.note ?? ''),
          `<a href="#article-${article.id}">${markupText(article.title)}</a>`,
        ];
      }
    }
  }
  return table(['Quote', 'Claimant', 'Stance', 'Verdict', 'More', 'Date', 'Note', 'Article'], rows());
}

/** A row per relation, made article by article; one joining two exported articles is listed once. */
export function relationTable(context: TableContext): Generator<string> {
  const { set, index } = context;
  function* rows(): Generator<string[]> {
    const seen = new Set<number>();
    for (const { relations } of set.articles) {
      for (const relation of relations) {
        if (seen.has(relation.id)) continue;
        seen.add(relation.id);
        yield [
          quoteCell(index.annotation(relation.sourceAnnotationId)),
          markupText(index.label(relation.typeLabelId).name),
          quoteCell(index.annotation(relation.targetAnnotationId)),
          markupText((set.relationNotes.get(relation.id) ?? []).map((note) => note.text).join('\n')),
        ];
      }
    }
  }
  return table(['From', 'Relation', 'To', 'Note'], rows());
}
