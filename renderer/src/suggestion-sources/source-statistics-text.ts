import type { SuggestionSourceStatistics } from '../../../shared/model/suggestion-source';
import { counted } from '../text/plural';

/** "34 suggestions · 3 accepted · 1 rejected · 75 % accepted", or what is known before counting. */
export function statisticsText(statistics: SuggestionSourceStatistics | undefined): string {
  if (statistics === undefined) return 'Counting suggestions…';
  const proposed =
    statistics.proposed === null ? 'Off' : counted(statistics.proposed, 'suggestion', 'suggestions') + ' in the corpus';
  const rate =
    statistics.acceptanceRate === null
      ? 'none decided yet'
      : `${Math.round(statistics.acceptanceRate * 100)} % accepted`;
  return `${proposed} · ${statistics.accepted} accepted · ${statistics.rejected} rejected · ${rate}`;
}
