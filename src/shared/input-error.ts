/**
 * Bad input from the user: a file that is missing, malformed or inconsistent, or an
 * option with an invalid value. Entry points turn it into exit code 2 (CLI) or a
 * failed step (action) with the message alone, never a stack trace.
 *
 * Messages name the file, the row or column, the value and what was expected, e.g.
 * `data/recent.csv: row 12 has 4 fields, expected 5 as in the header.`
 */
export class InputError extends Error {
  override name = 'InputError';
}
