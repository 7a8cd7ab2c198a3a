/**
 * Numbers written for people rather than programs, as spreadsheets, BI tools and
 * finance exports write them: a currency sign (`$1,234.56`, `€ 3,50`, `12.5 €`), a
 * percent sign (`12.5%`), thousands separators (`1,234,567`, `1.234.567,89`,
 * `1'234.5`, `1 234,5`) and accounting negatives (`($1,234.56)`). pandas reads such a
 * column as text; compared as categories, a price column of two thousand distinct
 * labels pools into one "other" category and no test can see prices double. So when
 * a CSV column's labels are numbers in one of these forms, it is read as the numbers
 * (the sign and unit dropped: `12.5%` is 12.5, `$1,234.56` is 1234.56).
 *
 * The decimal separator is decided once per column, from the labels that tell (`1,5`,
 * `1.234,5`, `1,234.5`, `0.25`): the majority wins, a dot when none tells, so `1,234`
 * is 1234 in a column of `2,500.75` and 1.234 in a column of `2.500,75`.
 */

/** Signs before the number: currencies. After it: currencies and percent. */
const PREFIX = String.raw`[$€£¥₹]`;
const SUFFIX = String.raw`[%$€£¥₹]`;
/** Digits with optional grouping (`,` `.` `'`, space or no-break space) and decimals. */
const NUMBER = String.raw`\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[.,]\d+`;
/**
 * Groups: 1 `(`, 2 sign, 3 prefix, 4 sign after the prefix, 5 the digits, 6 suffix, 7 `)`.
 * Without 1, 3, 6 and 7 the label is a bare number (the CSV reader's, or grouped).
 */
const FORMATTED = new RegExp(
  String.raw`^(\()?([-+])?(${PREFIX})? ?([-+])?(${NUMBER})(?: ?(${SUFFIX}))?(\))?$`,
  'u',
);

/** How a column writes its numbers. */
export interface NumberFormat {
  /** The decimal separator; the other of `.` `,`, and `'` and spaces, group digits. */
  readonly decimal: '.' | ',';
}

/** Labels looked at to decide whether a column is written this way at all. */
const SAMPLE = 1000;
/** Least share of the sampled labels in a formatted form. */
const FORMATTED_SHARE = 0.9;

/**
 * The format of a column whose labels (most of the first 1,000) are formatted numbers
 * with a currency or percent sign or thousands separators, or undefined. Plain numbers
 * alone do not make a format: the CSV reader already reads those.
 */
export function detectNumberFormat(labels: readonly string[]): NumberFormat | undefined {
  const sample = labels.length > SAMPLE ? labels.slice(0, SAMPLE) : labels;
  let formatted = 0;
  let withSign = 0;
  let grouped = 0;
  let dotVotes = 0;
  let commaVotes = 0;
  for (const label of sample) {
    const text = label.trim();
    const m = FORMATTED.exec(text);
    if (!m) continue;
    formatted++;
    if (m[1] ?? m[3] ?? m[6]) withSign++;
    if (isSurelyGrouped(m[5])) grouped++;
    const vote = decimalVote(m[5]);
    if (vote === '.') dotVotes++;
    else if (vote === ',') commaVotes++;
  }
  // Mostly numbers, and some with a sign or unit, or with digits grouped beyond doubt
  // (`1,234,567`, `1,234.5`, `1 234`). Bare `54,204` alone could be a decimal comma
  // as well as a thousands separator: such a column stays text, and a numeric
  // reference makes it a type-change finding that says so.
  if (sample.length === 0 || formatted < FORMATTED_SHARE * sample.length) return undefined;
  if (withSign === 0 && grouped === 0) return undefined;
  return { decimal: commaVotes > dotVotes ? ',' : '.' };
}

/**
 * The number a formatted label writes, in `format`, or NaN when it is not one.
 * @example
 * parseFormattedNumber('($1,234.50)', { decimal: '.' }); // => -1234.5
 */
export function parseFormattedNumber(label: string, format: NumberFormat): number {
  const m = FORMATTED.exec(label.trim());
  // Both signs, or a parenthesis without its partner: not a number.
  if (!m || (m[2] && m[4]) || !m[1] !== !m[7]) return Number.NaN;
  const number = m[5];
  const negative = m[1] !== undefined || (m[2] ?? m[4]) === '-';
  const grouping = format.decimal === '.' ? /[,' \u00a0\u202f]/gu : /[.' \u00a0\u202f]/gu;
  const digits = number.replace(grouping, '');
  // A second decimal separator left after removing the groups: not this format.
  if (digits.split(format.decimal).length > 2) return Number.NaN;
  const value = Number(format.decimal === ',' ? digits.replace(',', '.') : digits);
  return negative ? -value : value;
}

/** Whether digits are grouped beyond doubt: `1,234,567`, `1.234,5`, `1'234`, `1 234`. */
function isSurelyGrouped(number: string): boolean {
  if (/['\s\u00a0\u202f]/u.test(number)) return true;
  const dots = number.split('.').length - 1;
  const commas = number.split(',').length - 1;
  return (dots > 0 && commas > 0) || dots > 1 || commas > 1;
}

/**
 * Which decimal separator a number's text shows, if any: `1,234.5` and `0.25` a dot,
 * `1.234,5` and `0,25` a comma; `1,234` and `1.234` (three digits after one separator)
 * and `12` tell nothing.
 */
function decimalVote(number: string): '.' | ',' | undefined {
  const lastDot = number.lastIndexOf('.');
  const lastComma = number.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const at = Math.max(lastDot, lastComma);
  if (at < 0) return undefined;
  const separator = number[at] as '.' | ',';
  const repeated = number.indexOf(separator) !== at;
  // `1,234,567`: a repeated separator groups digits, so the decimal is the other one.
  if (repeated) return separator === '.' ? ',' : '.';
  return number.length - at - 1 === 3 ? undefined : separator;
}
