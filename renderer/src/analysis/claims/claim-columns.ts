import type { ClaimColumn, ClaimGrouping, ClaimRow } from '../../../../shared/model/analysis';
import type { WorkbenchModel } from '../../model/workbench-model';
import type { TableColumn } from '../data-table/data-table';

/** The claim attributes of the project's schema (stance, verdict, form…), in menu order. */
function claimAttributes(model: WorkbenchModel) {
  return model.labelsOfKind('claim-attribute').filter((label) => label.parentId === null);
}

/** The claims table's columns: claim with context, claimant, subjects, one per attribute, date, article, source. */
export function claimColumns(model: WorkbenchModel): TableColumn<ClaimRow>[] {
  const attributeColumns = claimAttributes(model).map((attribute): TableColumn<ClaimRow> => ({
    id: `attribute:${attribute.id}`,
    title: attribute.name,
    filterable: true,
    text: (row) => {
      const value = row.attributes[String(attribute.id)];
      return value === undefined ? '' : (model.label(value)?.name ?? '');
    },
  }));
  return [
    {
      id: 'text',
      title: 'Claim',
      width: 4,
      filterable: true,
      text: (row) => row.text,
      detail: (row) => `…${row.before}【${row.text}】${row.after}…`,
    },
    { id: 'claimant', title: 'Claimant', width: 1.5, filterable: true, text: (row) => row.claimant?.name ?? '' },
    {
      id: 'about',
      title: 'About',
      width: 1.5,
      filterable: true,
      text: (row) => row.about.map((entity) => entity.name).join('; '),
    },
    ...attributeColumns,
    { id: 'date', title: 'Date', filterable: true, text: (row) => row.date ?? '' },
    { id: 'article', title: 'Article', width: 2, filterable: true, text: (row) => row.articleTitle },
    { id: 'source', title: 'Source', filterable: true, text: (row) => row.source ?? '' },
  ];
}

/** What claims can be grouped by, with the names the menu shows. */
export function claimGroupings(model: WorkbenchModel): { value: ClaimGrouping; label: string }[] {
  return [
    { value: 'claimant', label: 'Claimant' },
    { value: 'source', label: 'Source' },
    ...claimAttributes(model).map((attribute) => ({
      value: `attribute:${attribute.id}` as const,
      label: attribute.name,
    })),
  ];
}

export function isClaimColumn(id: string): id is ClaimColumn {
  return /^(?:text|claimant|about|date|article|source|attribute:\d+)$/.test(id);
}
