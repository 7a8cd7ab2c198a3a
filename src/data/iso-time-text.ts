/**
 * ISO 8601 text for the date, time and timestamp values of columnar files. Drift checks
 * do not test time columns; they set them aside after recognising them from their
 * content (as they do for a CSV column of timestamps), so these become text columns.
 */

const DAY_MS = 86_400_000;

/**
 * `2024-01-31` for a count of days since 1970-01-01.
 *
 * @example
 * isoDateFromDays(19753); // => '2024-01-31'
 */
export function isoDateFromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `2024-01-31T10:20:30` for an instant given as `ticks` units since the epoch, where a
 * unit is 10^-`digits` s (3 for milliseconds, 6 for microseconds, 9 for nanoseconds).
 * Fractional seconds appear only when non-zero, at the unit's precision with trailing
 * zeros removed; `utc` appends `Z` (an instant), else the text is a local date-time as
 * the file stored it (a Parquet timestamp not adjusted to UTC, an Arrow timestamp without
 * a time zone).
 *
 * @example
 * isoTimestamp(1706696430123456n, 6, true); // => '2024-01-31T10:20:30.123456Z'
 * isoTimestamp(-500n, 3, false); // => '1969-12-31T23:59:59.5'
 */
export function isoTimestamp(ticks: bigint | number, digits: 0 | 3 | 6 | 9, utc: boolean): string {
  const perSecond = 10n ** BigInt(digits);
  const value = BigInt(ticks);
  let seconds = value / perSecond;
  let fraction = value % perSecond;
  if (fraction < 0n) {
    fraction += perSecond;
    seconds -= 1n;
  }
  const text = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  const fractionText =
    fraction === 0n ? '' : '.' + fraction.toString().padStart(digits, '0').replace(/0+$/, '');
  return text + fractionText + (utc ? 'Z' : '');
}

/**
 * `10:20:30.5` for a time of day given as `ticks` units (see {@link isoTimestamp}) since midnight.
 *
 * @example
 * isoTimeOfDay(37230500, 3); // => '10:20:30.5'
 */
export function isoTimeOfDay(ticks: bigint | number, digits: 0 | 3 | 6 | 9): string {
  return isoTimestamp(ticks, digits, false).slice(11);
}
