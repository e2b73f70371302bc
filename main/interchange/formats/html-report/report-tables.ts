import type { Annotation, Entity, Relation } from '../../../../shared/model/annotation';
import type { ExportSet } from '../../export-set';
import type { ExportIndex } from '../common/export-index';
import { markupText } from '../common/markup';

/** The tables read these; `anchored` holds the annotations drawn in the text, which links can reach. */
export interface TableContext {
  readonly set: ExportSet;
  readonly index: ExportIndex;
  readonly anchored: ReadonlySet<number>;
}

const SCHEMES: Readonly<Record<Entity['externalIds'][number]['scheme'], string>> = {
  wikidata: 'Wikidata',
  geonames: 'GeoNames',
  url: 'Web',
  other: 'Other',
};

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '<p class="muted">None.</p>';
  const head = `<tr>${headers.map((header) => `<th scope="col">${markupText(header)}</th>`).join('')}</tr>`;
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

/** The quote, linked to where it is highlighted when it is. */
function quoteCell(context: TableContext, annotation: Annotation | undefined): string {
  if (annotation === undefined) return '<span class="muted">(in an article not in this report)</span>';
  const quote = `“${markupText(annotation.quote.exact)}”`;
  if (context.anchored.has(annotation.id)) return `<a href="#a${annotation.id}">${quote}</a>`;
  return `${quote} <span class="muted">(no position: the text changed)</span>`;
}

const labelCell = (context: TableContext, labelId: number) => {
  const label = context.index.label(labelId);
  return `<span class="swatch l${label.id}"></span> ${markupText(label.name)}`;
};

export function entityTable(context: TableContext): string {
  const { set } = context;
  const mentions = new Map<number, number>();
  const cited = new Set<number>();
  for (const annotation of set.articles.flatMap((exported) => exported.annotations)) {
    if (annotation.entityId !== undefined)
      mentions.set(annotation.entityId, (mentions.get(annotation.entityId) ?? 0) + 1);
    if (annotation.claim?.claimantEntityId !== undefined) cited.add(annotation.claim.claimantEntityId);
    for (const id of annotation.claim?.aboutEntityIds ?? []) cited.add(id);
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

export function claimTable(context: TableContext): string {
  const { set, index } = context;
  const rows = set.articles.flatMap(({ article, annotations }) =>
    annotations.flatMap((annotation) => {
      const claim = annotation.claim;
      if (claim === undefined) return [];
      const stance = index.claimAttribute(claim, 'stance');
      const verdict = index.claimAttribute(claim, 'verdict');
      const others = index
        .claimAttributes(claim)
        .filter(({ value }) => value !== stance && value !== verdict)
        .map(({ attribute, value }) => `${attribute.name}: ${value.name}`);
      const about = claim.aboutEntityIds.flatMap((id) => index.entity(id)?.name ?? []);
      return [
        [
          quoteCell(context, annotation),
          markupText(index.claimant(claim)?.name ?? ''),
          markupText(stance?.name ?? ''),
          markupText(verdict?.name ?? ''),
          markupText([...others, ...(about.length === 0 ? [] : [`about: ${about.join(', ')}`])].join('; ')),
          markupText(claim.date ?? article.metadata.publishedAt ?? ''),
          markupText(annotation.note ?? ''),
          `<a href="#article-${article.id}">${markupText(article.title)}</a>`,
        ],
      ];
    }),
  );
  return table(['Quote', 'Claimant', 'Stance', 'Verdict', 'More', 'Date', 'Note', 'Article'], rows);
}

export function relationTable(context: TableContext): string {
  const { set, index } = context;
  const seen = new Map<number, Relation>();
  for (const relation of set.articles.flatMap((exported) => exported.relations)) seen.set(relation.id, relation);
  const rows = [...seen.values()].map((relation) => [
    quoteCell(context, index.annotation(relation.sourceAnnotationId)),
    markupText(index.label(relation.typeLabelId).name),
    quoteCell(context, index.annotation(relation.targetAnnotationId)),
    markupText((set.relationNotes.get(relation.id) ?? []).map((note) => note.text).join('\n')),
  ]);
  return table(['From', 'Relation', 'To', 'Note'], rows);
}
