import { describe, expect, it } from 'vitest';
import { UNDEFINED_REASON_TEXT } from '../../../shared/agreement/agreement-score';
import type { AgreementReport, LabelAgreement, Score } from '../../../shared/model/agreement';
import { agreementAsk } from '../../../renderer/src/analysis/agreement/agreement-selection';
import {
  agreementCsv,
  coefficientTable,
  confusionTable,
  spanTable,
  type AgreementNames,
} from '../../../renderer/src/analysis/agreement/agreement-tables';
import { formatScore, scoreText } from '../../../renderer/src/analysis/agreement/score-text';

const value = (v: number): Score => ({ value: v });
const counts = (precision: Score, recall: Score, f1: Score) => ({
  truePositives: 3,
  falsePositives: 1,
  falseNegatives: 0,
  precision,
  recall,
  f1,
});

function agreement(labelId: number | undefined, compared: (number | 'project')[], kappa: Score): LabelAgreement {
  return {
    ...(labelId === undefined ? {} : { labelId }),
    spans: compared.map((layer, index) => ({
      compared: layer,
      exact: counts(value(0.75 - index / 10), value(1), value(0.857142)),
      overlap: counts(value(1), value(1), value(1)),
    })),
    coefficients: {
      cohensKappa: kappa,
      fleissKappa: value(-0.0004),
      krippendorffsAlpha: value(-0.25),
      unitizedAlpha: { reason: 'no-units' },
    },
  };
}

/** Three annotators: the project's own layer as reference, two colleagues' layers compared. */
const report: AgreementReport = {
  query: { layers: ['project', 7, 9] },
  articles: 2,
  unitizedSkippedArticles: 0,
  tokens: 40,
  overall: agreement(undefined, [7, 9], { reason: 'not-two-annotators' }),
  perLabel: [agreement(1, [7, 9], { reason: 'not-two-annotators' }), agreement(2, [7, 9], value(0.5))],
  confusion: {
    categories: [1, 2, 'O'],
    counts: [
      [5, 1, 0],
      [0, 4, 2],
      [1, 0, 27],
    ],
  },
  disagreements: [],
  disagreementCount: 0,
};

const names: AgreementNames = {
  layer: (ref) => (ref === 'project' ? 'Project (curated)' : ref === 7 ? 'Anna' : '=Ben'),
  label: (id) => (id === 1 ? 'Person' : 'Organisation'),
};

describe('agreement scores as the table shows them', () => {
  it('have three decimals, a real minus sign, and no negative zero', () => {
    expect(formatScore(0.857142)).toBe('0.857');
    expect(formatScore(1)).toBe('1.000');
    expect(formatScore(-0.25)).toBe('−0.250');
    expect(formatScore(-0.0004)).toBe('0.000');
  });

  it('show a dash for an undefined score, with the reason as its text', () => {
    expect(scoreText({ value: 0.5 })).toEqual({ text: '0.500' });
    expect(scoreText({ reason: 'single-category' })).toEqual({
      text: '—',
      reason: UNDEFINED_REASON_TEXT['single-category'],
    });
  });
});

describe('the agreement tables', () => {
  it('list each compared layer against the reference, overall first, then per label', () => {
    const table = spanTable(report, names);
    expect(table.caption).toBe('Span agreement against Project (curated)');
    expect(table.rows.map((row) => [row.header, row.cells[0]])).toEqual([
      ['All labels', 'Anna'],
      ['All labels', '=Ben'],
      ['Person', 'Anna'],
      ['Person', '=Ben'],
      ['Organisation', 'Anna'],
      ['Organisation', '=Ben'],
    ]);
    expect(table.rows[1]?.cells.slice(1, 4)).toEqual([{ text: '0.650' }, { text: '1.000' }, { text: '0.857' }]);
    expect(table.columns).toHaveLength((table.rows[0]?.cells.length ?? 0) + 1);
  });

  it('give each coefficient once per label, an undefined one with its reason', () => {
    const table = coefficientTable(report, names);
    expect(table.columns).toEqual(['Label', 'Cohen’s κ', 'Fleiss’ κ', 'Krippendorff’s α', 'Unitized α (uα)']);
    expect(table.rows.map((row) => row.header)).toEqual(['All labels', 'Person', 'Organisation']);
    expect(table.rows[0]?.cells[0]).toEqual({ text: '—', reason: UNDEFINED_REASON_TEXT['not-two-annotators'] });
    expect(table.rows[2]?.cells).toEqual([
      { text: '0.500' },
      { text: '0.000' },
      { text: '−0.250' },
      { text: '—', reason: UNDEFINED_REASON_TEXT['no-units'] },
    ]);
  });

  it('name the confusion matrix’s rows and columns, “No label” for unlabelled tokens', () => {
    const table = confusionTable(report, names);
    expect(table.caption).toBe('Tokens labelled by Project (curated) (rows) and Anna (columns)');
    expect(table.columns).toEqual(['', 'Person', 'Organisation', 'No label']);
    expect(table.rows).toEqual([
      { header: 'Person', cells: ['5', '1', '0'] },
      { header: 'Organisation', cells: ['0', '4', '2'] },
      { header: 'No label', cells: ['1', '0', '27'] },
    ]);
  });

  it('export one CSV row per label and compared layer, at full precision, undefined scores empty', () => {
    const lines = agreementCsv(report, names).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFLabel,Compared layer,Exact precision,Exact recall,Exact F1,Overlap precision,Overlap recall,Overlap F1,Cohen’s κ,Fleiss’ κ,Krippendorff’s α,Unitized α (uα)',
    );
    expect(lines[1]).toBe('All labels,Anna,0.75,1,0.857142,1,1,1,,-0.0004,-0.25,');
    // A layer named like a formula is defused, as in every CSV the app writes.
    expect(lines[2]).toBe("All labels,'=Ben,0.65,1,0.857142,1,1,1,,-0.0004,-0.25,");
    expect(lines).toHaveLength(8);
  });
});

describe('what the agreement view asks', () => {
  it('says what is missing before it can ask', () => {
    const all = { layers: ['project' as const, 7], articles: 'all' as const, labelIds: null };
    expect(agreementAsk({ ...all, layers: ['project'] }, undefined)).toEqual({
      missing: 'Choose two or more layers to compare.',
    });
    expect(agreementAsk({ ...all, labelIds: [] }, undefined)).toEqual({ missing: 'Choose at least one label.' });
    expect(agreementAsk({ ...all, articles: 'filtered' }, [])).toHaveProperty('missing');
  });

  it('asks for every article and label unless the analyst narrowed them', () => {
    expect(agreementAsk({ layers: ['project', 7], articles: 'all', labelIds: null }, undefined)).toEqual({
      query: { layers: ['project', 7] },
    });
    expect(agreementAsk({ layers: [9, 'project'], articles: 'filtered', labelIds: [2] }, [4, 5])).toEqual({
      query: { layers: [9, 'project'], articleIds: [4, 5], labelIds: [2] },
    });
  });
});
