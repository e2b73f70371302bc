import type { LabelId } from '../../../../shared/model/annotation';
import type { AgreementReport, LabelAgreement, Score } from '../../../../shared/model/agreement';
import type { LayerRef } from '../../../../shared/model/layer';
import { csvText, type CsvCell } from '../../../../shared/csv/csv-text';
import { scoreText, type ScoreText } from './score-text';

/** How the tables name layers and labels (the model's names, and the layer list's). */
export interface AgreementNames {
  layer(ref: LayerRef): string;
  label(id: LabelId): string;
}

/** One row of a table: its header (a label's name), then its cells. */
export interface AgreementRow {
  readonly header: string;
  readonly cells: readonly (string | ScoreText)[];
}

export interface AgreementTable {
  readonly caption: string;
  /** The row header's column first. */
  readonly columns: readonly string[];
  readonly rows: readonly AgreementRow[];
}

export const OVERALL_ROW = 'All labels';
/** The confusion matrix's category for tokens a layer left unlabelled. */
export const NO_LABEL = 'No label';

const SPAN_COLUMNS = [
  'Label',
  'Compared layer',
  'Exact precision',
  'Exact recall',
  'Exact F1',
  'Overlap precision',
  'Overlap recall',
  'Overlap F1',
] as const;

const COEFFICIENT_COLUMNS = ['Label', 'Cohen’s κ', 'Fleiss’ κ', 'Krippendorff’s α', 'Unitized α (uα)'] as const;

/** Overall first, then each label in the report's order. */
function labelRows(report: AgreementReport, names: AgreementNames): { header: string; agreement: LabelAgreement }[] {
  return [
    { header: OVERALL_ROW, agreement: report.overall },
    ...report.perLabel.map((agreement) => ({
      header: agreement.labelId === undefined ? OVERALL_ROW : names.label(agreement.labelId),
      agreement,
    })),
  ];
}

function spanScores(agreement: LabelAgreement): Score[][] {
  return agreement.spans.map(({ exact, overlap }) => [
    exact.precision,
    exact.recall,
    exact.f1,
    overlap.precision,
    overlap.recall,
    overlap.f1,
  ]);
}

function coefficientScores(agreement: LabelAgreement): Score[] {
  const { cohensKappa, fleissKappa, krippendorffsAlpha, unitizedAlpha } = agreement.coefficients;
  return [cohensKappa, fleissKappa, krippendorffsAlpha, unitizedAlpha];
}

/** Precision, recall and F1 of each compared layer against the first, per label and overall. */
export function spanTable(report: AgreementReport, names: AgreementNames): AgreementTable {
  const reference = report.query.layers[0];
  return {
    caption: `Span agreement against ${reference === undefined ? 'the first layer' : names.layer(reference)}`,
    columns: SPAN_COLUMNS,
    rows: labelRows(report, names).flatMap(({ header, agreement }) =>
      agreement.spans.map((spans, index) => ({
        header,
        cells: [names.layer(spans.compared), ...(spanScores(agreement)[index] ?? []).map(scoreText)],
      })),
    ),
  };
}

/** The chance-corrected coefficients, per label and overall. */
export function coefficientTable(report: AgreementReport, names: AgreementNames): AgreementTable {
  return {
    caption: 'Chance-corrected agreement (token level; uα on spans)',
    columns: COEFFICIENT_COLUMNS,
    rows: labelRows(report, names).map(({ header, agreement }) => ({
      header,
      cells: coefficientScores(agreement).map(scoreText),
    })),
  };
}

/** Token counts of the first layer's labels (rows) against the second's (columns). */
export function confusionTable(report: AgreementReport, names: AgreementNames): AgreementTable {
  const [first, second] = report.query.layers;
  const categoryName = (category: LabelId | 'O') => (category === 'O' ? NO_LABEL : names.label(category));
  const categories = report.confusion.categories.map(categoryName);
  return {
    caption: `Tokens labelled by ${first === undefined ? 'the first layer' : names.layer(first)} (rows) and ${
      second === undefined ? 'the second layer' : names.layer(second)
    } (columns)`,
    columns: ['', ...categories],
    rows: categories.map((header, row) => ({
      header,
      cells: (report.confusion.counts[row] ?? []).map(String),
    })),
  };
}

/**
 * One row per label and compared layer with every score, as a spreadsheet wants it: the
 * coefficients repeated on each compared layer's row, full precision, an undefined score empty.
 */
export function agreementCsv(report: AgreementReport, names: AgreementNames): string {
  const value = (score: Score) => ('value' in score ? score.value : null);
  const rows = labelRows(report, names).flatMap(({ header, agreement }) => {
    const coefficients = coefficientScores(agreement).map(value);
    return agreement.spans.map((spans, index): CsvCell[] => [
      header,
      names.layer(spans.compared),
      ...(spanScores(agreement)[index] ?? []).map(value),
      ...coefficients,
    ]);
  });
  return [...csvText([...SPAN_COLUMNS, ...COEFFICIENT_COLUMNS.slice(1)], rows, true)].join('');
}
