import { claimBarSegments, claimBarsFigure } from '../../../../shared/charts/claim-bars-figure';
import type { ClaimAttributeBar, ClaimAttributeChart } from '../../../../shared/model/analysis-charts';
import type { AnalysisFilter } from '../../../../shared/model/analysis-filter';
import { chartViewKind, type ChartSpec } from './chart-view';

/** What a click on a bar filters by: the claimant entity, or the source (none for "no source"). */
function filterOf(bar: ClaimAttributeBar | undefined): Partial<AnalysisFilter> | null {
  if (bar === undefined) return null;
  if ('entityId' in bar.key) return { entityIds: [bar.key.entityId] };
  return bar.key.source === null ? null : { sources: [bar.key.source] };
}

function claimBarsSpec(
  id: string,
  title: string,
  groups: { readonly singular: string; readonly heading: string },
  load: ChartSpec<ClaimAttributeChart>['load'],
): ChartSpec<ClaimAttributeChart> {
  return {
    id,
    title,
    load,
    emptyMessage: (chart) => {
      if (chart.attribute === null) return `The schema has no claim attribute for this chart.`;
      return chart.bars.length === 0 ? 'No claims match the filter.' : null;
    },
    draw: (Plot, chart, width) => claimBarsFigure(Plot, document, chart, { groups: groups.singular, width }),
    table: (chart, filterBy) => {
      const values = [...chart.values, { id: null, name: 'none' }];
      return {
        headers: [groups.heading, ...values.map((value) => value.name), 'Total'],
        rows: chart.bars.map((bar) => {
          const change = filterOf(bar);
          return [
            change === null
              ? bar.name
              : { text: bar.name, label: `Filter by ${bar.name}`, onPress: () => filterBy(change) },
            ...values.map((value) => {
              const count = bar.counts.find((counted) => counted.valueId === value.id)?.count ?? 0;
              const valueId = value.id;
              if (valueId === null || count === 0) return count;
              return {
                text: String(count),
                label: `Filter by ${value.name}`,
                onPress: () => filterBy({ labelIds: [valueId] }),
              };
            }),
            bar.total,
          ];
        }),
      };
    },
    filterFor: (chart, index) => {
      const segment = claimBarSegments(chart)[index];
      return segment === undefined ? null : filterOf(chart.bars[segment.bar]);
    },
  };
}

export const CLAIMS_PER_CLAIMANT_VIEW = chartViewKind(() =>
  claimBarsSpec(
    'claims-per-claimant',
    'Claims per claimant by stance',
    { singular: 'claimant', heading: 'Claimant' },
    (api, filter) => api.invoke('analysis.claimsPerClaimant', { filter }),
  ),
);

export const VERDICTS_PER_SOURCE_VIEW = chartViewKind(() =>
  claimBarsSpec(
    'verdicts-per-source',
    'Verdicts per source',
    { singular: 'source', heading: 'Source' },
    (api, filter) => api.invoke('analysis.verdictsPerSource', { filter }),
  ),
);
