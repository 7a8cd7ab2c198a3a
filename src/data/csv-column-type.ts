/**
 * The rule that decides whether a CSV column is numeric or categorical
 * (used by csv-column-builder.ts).
 *
 * A column is numeric when at least 90% of its non-missing cells are numbers (after
 * trimming the spaces and tabs around them, as pandas does) and at least one is. Its
 * other cells are invalid: `NaN` in the values, left out of every test, and counted with
 * examples on the column for a data-quality finding. So a numeric column that arrives
 * with a few `?` or `n.a.` cells is still tested on its numbers, while a column of codes
 * with a real share of words stays categorical. A column whose every non-missing cell is
 * a number is numeric exactly as before; the `categorical` and `numeric` options
 * override the rule.
 *
 * Why 90%: the share must tolerate the handful of stray cells a pipeline lets through
 * (1 in 20 rows of a small table still passes), yet a column that is one tenth words is
 * a column of labels, and its words matter to the drift test of categories.
 */
import type { CategoricalColumn, InvalidCells, NumericColumn } from '../shared/table.ts';
import { detectNumberFormat, parseFormattedNumber } from './formatted-numbers.ts';
import { parseNumberCell } from './parse-decimal.ts';

/** Least share of numbers among the non-missing cells of a numeric column. */
export const NUMERIC_SHARE = 0.9;

/** At most this many distinct invalid cells are kept as examples... */
export const MAX_INVALID_EXAMPLES = 5;
/** ...each cut to this many characters, so one 50 MB cell cannot fill a report. */
export const MAX_EXAMPLE_LENGTH = 40;

/** Whether a column with these counts of number and invalid cells is numeric. */
export function isNumericByShare(numbers: number, invalid: number): boolean {
  return numbers > 0 && numbers >= NUMERIC_SHARE * (numbers + invalid);
}

/** Collects {@link InvalidCells} as cells arrive. */
export class InvalidCellCollector {
  count = 0;
  readonly examples: string[] = [];

  add(text: string, times = 1): void {
    this.count += times;
    if (this.examples.length >= MAX_INVALID_EXAMPLES) return;
    const example =
      text.length > MAX_EXAMPLE_LENGTH ? `${text.slice(0, MAX_EXAMPLE_LENGTH - 1)}…` : text;
    if (!this.examples.includes(example)) this.examples.push(example);
  }

  /** The collected cells, or `undefined` when there were none. */
  result(): InvalidCells | undefined {
    return this.count === 0 ? undefined : { count: this.count, examples: [...this.examples] };
  }
}

/**
 * Each label's number by `parse` (NaN for none), when the rows of the labels that are
 * numbers make the column numeric by {@link isNumericByShare}; `rowsOf[i]` counts the
 * rows of label i, and the labels that are no number are the invalid cells (with rows,
 * in label order). `null` when the labels are not numbers by that rule. The CSV reader
 * (numericFromLabels) and the engines (a text column's profile) read labels alike.
 */
export function labelsAsNumbers(
  labels: readonly string[],
  rowsOf: ArrayLike<number>,
  parse: (label: string) => number,
): { numberOf: number[]; invalid: InvalidCells | undefined } | null {
  const numberOf = labels.map(parse);
  let numbers = 0;
  let invalidRows = 0;
  numberOf.forEach((value, i) => {
    if (value === value) numbers += rowsOf[i];
    else invalidRows += rowsOf[i];
  });
  if (!isNumericByShare(numbers, invalidRows)) return null;
  const invalid = new InvalidCellCollector();
  labels.forEach((label, i) => {
    if (numberOf[i] !== numberOf[i] && rowsOf[i] > 0) invalid.add(label, rowsOf[i]);
  });
  return { numberOf, invalid: invalid.result() };
}

/**
 * The numeric column a categorical column turns into when its labels are mostly numbers
 * by {@link isNumericByShare}, or `null` when it stays categorical. Labels are parsed
 * once each, not once per row.
 */
export function numericFromLabels(
  column: CategoricalColumn,
  values: Float64Array,
  parse: (label: string) => number = parsePlainLabel,
): NumericColumn | null {
  const rowsOf = new Float64Array(column.categories.length);
  for (const code of column.codes) if (code >= 0) rowsOf[code]++;
  const read = labelsAsNumbers(column.categories, rowsOf, parse);
  if (read === null) return null;
  const { numberOf, invalid } = read;
  const { codes } = column;
  for (let i = 0; i < codes.length; i++) values[i] = codes[i] < 0 ? NaN : numberOf[codes[i]];
  return {
    kind: 'numeric',
    name: column.name,
    values,
    missing: column.missing,
    ...(invalid === undefined ? {} : { invalid }),
  };
}

function parsePlainLabel(label: string): number {
  return parseNumberCell(Buffer.from(label, 'utf8'));
}

/**
 * The numeric column a categorical column turns into when its labels are numbers
 * written for people (`$1,234.56`, `12.5%`, `1.234,5 €`: formatted-numbers.ts) by
 * {@link isNumericByShare}, or `null`.
 */
export function numericFromFormattedLabels(
  column: CategoricalColumn,
  values: () => Float64Array,
): NumericColumn | null {
  const format = detectNumberFormat(column.categories);
  if (format === undefined) return null;
  return numericFromLabels(column, values(), (label) => parseFormattedNumber(label, format));
}
