/**
 * Identifier and time columns: recognised from a column's name and its profile, set
 * aside from the drift tests (a row counter, an order number, a UUID, an epoch
 * timestamp or a date differs between any two time windows by construction), and
 * listed in the report with why. Pure.
 *
 * The rule (README, "How the decision is made"), checked on the reference profile, in
 * this order; the first that holds decides:
 *
 * - declared: `identifier-columns` names it (identifier) or `time-column` does (time);
 * - time from content: 95% of the rows are ISO-8601 dates or datetimes
 *   (`2024-05-01`, `2024-05-01T12:00:00Z`, `2024-05-01 12:00`), `d/m/yyyy` dates, or
 *   other written dates as exports write them (`2024/05/01`, `01-05-2024`,
 *   `01.05.2024`, `May 1, 2024`, `1 May 2024`, `01-May-2024`, each with an optional
 *   time); or every value is a `yyyymmdd` date written as a whole number
 *   (`20240501`, 1900-2100); or every value is an epoch timestamp between 2000 and
 *   2100 in seconds or milliseconds with at least half of the values distinct;
 * - identifier from content: 95% of the rows are UUIDs or hex hashes (16+ digits); or
 *   at least 50 values with 95% of them distinct, either as text (not numbers written
 *   as text, such as `54,20` or `12 kg`, which are measurements) or as whole numbers
 *   that are increasing/decreasing in row order or dense (a span of at most twice their
 *   count, as order numbers are);
 * - from the name: a time name (`date`, `time`, `timestamp`, `datetime`, `ts`, `year`,
 *   or ending in `_date`, `_time`, `_at`, `_ts`, `_year`, `Date`, `At`...) with numbers in row
 *   order; an identifier name (`id`, `uuid`, `key`, `index`, or ending in `_id`, `Id`,
 *   `_uuid`, `_key`) with at least 50 values of which half are distinct (a `store_id`
 *   with 12 stores stays a feature).
 *
 * Unique real numbers (a measured price) stay features: only whole numbers in a
 * sequence count as identifiers, and floats only as epoch timestamps.
 */
import type {
  CategoricalProfile,
  ColumnProfile,
  NumericProfile,
} from '../profile/column-profile.ts';

export type ColumnRole = 'identifier' | 'time';

/** A column set aside from the drift tests, and why. */
export interface SetAsideColumn {
  readonly name: string;
  readonly role: ColumnRole;
  /** `declared` by an option, or `detected` from name and content. */
  readonly source: 'declared' | 'detected';
  /** For people: `identifier: 100% unique values`. */
  readonly reason: string;
  /** Time columns: the first and last time of each side, as written or as ISO-8601 UTC. */
  readonly timeRange?: {
    readonly reference?: TimeRange;
    readonly recent?: TimeRange;
  };
}

export interface TimeRange {
  readonly first: string;
  readonly last: string;
}

export interface RoleOptions {
  readonly identifierColumns: readonly string[];
  readonly timeColumn?: string;
  /** False: only declared columns are set aside. */
  readonly detectRoles: boolean;
}

/** Least values before uniqueness alone marks an identifier. */
const MIN_VALUES_FOR_UNIQUENESS = 50;
const UNIQUE_SHARE = 0.95;
const PATTERN_SHARE = 0.95;
const EPOCH_SECONDS = [946_684_800, 4_102_444_800] as const; // 2000-01-01 .. 2100-01-01
const EPOCH_MILLISECONDS = [EPOCH_SECONDS[0] * 1000, EPOCH_SECONDS[1] * 1000] as const;

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const HEX_HASH = /^(0x)?[0-9a-f]{16,}$/i;
/**
 * `2024-05-01`, `2024-05-01T12:30:05.123Z` and the zone forms databases write:
 * `+02:00`, `+0200`, `+02` (PostgreSQL's timestamptz), ` UTC` (BigQuery),
 * ` -0800` (Snowflake).
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z| ?([+-])(\d{2})(?::?(\d{2}))?| UTC| GMT)?)?$/;
const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}( \d{1,2}:\d{2}(:\d{2})?)?$/;
/** An optional time after a written date: `12:30`, `12:30:05.123`, `1:30 PM`, `+02:00`, `UTC`. */
const TIME_OF_DAY = String.raw`(?<time>(?:[ T]|, )\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp][Mm])?(?:Z| ?[+-]\d{2}:?\d{2}| UTC| GMT)?)?`;
/** `2024/05/01`, `2024.05.01` (year first; dashes are ISO_DATE's). */
const YEAR_FIRST_DATE = new RegExp(String.raw`^(\d{4})([/.])(\d{1,2})\2(\d{1,2})${TIME_OF_DAY}$`);
/** `01-05-2024`, `01.05.2024`, `1/5/2024`: day or month first, told apart by the data. */
const YEAR_LAST_DATE = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME_OF_DAY}$`);
/** `May 1, 2024`, `Jan 01 2024`, `September 3rd, 2024`. */
const MONTH_NAME_FIRST_DATE = new RegExp(
  String.raw`^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})${TIME_OF_DAY}$`,
);
/** `1 May 2024`, `01-May-2024`, `1-may-24` is not (two-digit years are ambiguous). */
const DAY_MONTH_NAME_DATE = new RegExp(
  String.raw`^(\d{1,2})([ -])([A-Za-z]{3,9})\.?\2(\d{4})${TIME_OF_DAY}$`,
);
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const DAY_MS = 86_400_000;
/** Spreadsheet serial day 0, 1899-12-30, and the serials of 1990-01-01 and 2100-01-01. */
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
const EXCEL_SERIAL_DAYS = [32_874, 73_051] as const;
/** Period labels (periodStart): months, quarters and ISO weeks. */
const YEAR_MONTH = /^(\d{4})[-/](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/;
const MONTH_NAME_YEAR = /^([A-Za-z]{3,9})\.?[ -](\d{4})$/;
const YEAR_QUARTER = /^(\d{4}) ?-?[Qq]([1-4])$/;
const QUARTER_YEAR = /^[Qq]([1-4])[ -]?(\d{4})$/;
const ISO_WEEK = /^(\d{4})-?W(\d{2})$/;
/** `yyyymmdd` dates written as whole numbers, 1900-01-01 .. 2100-12-31. */
const YYYYMMDD = [19_000_101, 21_001_231] as const;
const IDENTIFIER_NAME_CAMEL = /[a-z](Id|ID|Uuid|UUID|Key)$/;
const IDENTIFIER_NAME_PLAIN =
  /^(id|uuid|guid|key|index|idx|row|rownum|row_?number)$|[_\-. ](id|uuid|guid|key)$/i;
const TIME_NAME_PLAIN =
  /^(date|time|timestamp|datetime|ts|event_?time|event_?date|year)$|[_\-. ](date|time|timestamp|datetime|ts|at|year)$/i;
/** Numbers written as text: decimal commas, thousands separators, units (`54,20`, `12 kg`). */
const NUMBER_AS_TEXT = /^[-+]?[\d.,' ]*\d[\d.,' ]*\s*[^\d\s]{0,5}$/;
const TIME_NAME_CAMEL = /[a-z](Date|Time|Timestamp|At|Ts|Year)$/;

/** Whether a name reads as an identifier (`id`, `order_id`, `customerId`). */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_NAME_PLAIN.test(name) || IDENTIFIER_NAME_CAMEL.test(name);
}

/** Whether a name reads as a time (`date`, `created_at`, `eventTime`). */
export function isTimeName(name: string): boolean {
  return TIME_NAME_PLAIN.test(name) || TIME_NAME_CAMEL.test(name);
}

/**
 * The role of a column from its reference and recent profiles, or undefined for a
 * feature to test. The role is decided on the reference alone; the recent profile is
 * read only for a time column's range, so it may be given as a function that makes it
 * (an identifier column's recent side is then never profiled).
 */
export function detectColumnRole(
  reference: ColumnProfile,
  recent: ColumnProfile | (() => ColumnProfile),
  options: RoleOptions,
): SetAsideColumn | undefined {
  const name = reference.name;
  let found: Omit<SetAsideColumn, 'timeRange'> | undefined;
  if (options.timeColumn === name) {
    found = { name, role: 'time', source: 'declared', reason: 'time: declared in time-column' };
  } else if (options.identifierColumns.includes(name)) {
    found = {
      name,
      role: 'identifier',
      source: 'declared',
      reason: 'identifier: declared in identifier-columns',
    };
  } else if (options.detectRoles) {
    const why = roleFromContentAndName(reference);
    if (why) found = { name, source: 'detected', ...why };
  }
  if (!found) return undefined;
  if (found.role !== 'time') return found;
  const range = (p: ColumnProfile) => timeRangeOf(p);
  const referenceRange = range(reference);
  const recentRange = range(typeof recent === 'function' ? recent() : recent);
  return {
    ...found,
    timeRange: {
      ...(referenceRange ? { reference: referenceRange } : {}),
      ...(recentRange ? { recent: recentRange } : {}),
    },
  };
}

function roleFromContentAndName(
  profile: ColumnProfile,
): { role: ColumnRole; reason: string } | undefined {
  return profile.kind === 'numeric' ? numericRole(profile) : categoricalRole(profile);
}

function percent(share: number): string {
  // Floor, so "100% unique" is only said of columns where every value is unique.
  return `${Math.floor(share * 100)}%`;
}

function numericRange(p: NumericProfile): [number, number] | undefined {
  const values = p.sketch ? p.sketch.values : p.sorted;
  if (values.length === 0) return undefined;
  return [values[0], values[values.length - 1]];
}

function numericRole(p: NumericProfile): { role: ColumnRole; reason: string } | undefined {
  const range = numericRange(p);
  if (!range || p.count === 0) return undefined;
  const [min, max] = range;
  const distinctShare = p.distinct / p.count;
  if (isYyyymmddColumn(p, min, max)) {
    return { role: 'time', reason: 'time: yyyymmdd date numbers' };
  }
  if (isYyyymmColumn(p, min, max)) {
    return { role: 'time', reason: 'time: yyyymm month numbers' };
  }
  const epoch = epochUnit(min, max);
  if (epoch && (distinctShare >= 0.5 || isTimeName(p.name))) {
    return { role: 'time', reason: `time: epoch ${epoch} values` };
  }
  if (isExcelSerialDateColumn(p, min, max)) {
    return { role: 'time', reason: `time: name '${p.name}' and spreadsheet serial dates` };
  }
  const ordered = p.order !== 'none' && p.count >= 2;
  if (isTimeName(p.name) && ordered) {
    return { role: 'time', reason: `time: name '${p.name}' and values in row order` };
  }
  if (p.integerValued && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= UNIQUE_SHARE) {
    if (ordered) {
      return {
        role: 'identifier',
        reason: `identifier: ${p.order} sequence of ${percent(distinctShare)} unique whole numbers`,
      };
    }
    if (max - min + 1 <= 2 * p.count) {
      return {
        role: 'identifier',
        reason: `identifier: ${percent(distinctShare)} unique whole numbers in a dense range`,
      };
    }
  }
  if (
    isIdentifierName(p.name) &&
    p.integerValued &&
    p.count >= MIN_VALUES_FOR_UNIQUENESS &&
    distinctShare >= 0.5
  ) {
    return {
      role: 'identifier',
      reason: `identifier: name '${p.name}' and ${percent(distinctShare)} distinct values`,
    };
  }
  return undefined;
}

/**
 * Whether every value is a whole number that reads as a valid `yyyymmdd` date. Checked on
 * every distinct value of the profile (its sorted values or sketch), so a measurement
 * that merely falls between 19,000,101 and 21,001,231 does not pass: its month and day
 * digits would have to be valid for every value.
 */
function isYyyymmddColumn(p: NumericProfile, min: number, max: number): boolean {
  if (!p.integerValued || min < YYYYMMDD[0] || max > YYYYMMDD[1]) return false;
  return everyDistinctValue(p, (v) => Number.isFinite(yyyymmddTime(v)));
}

/** Whether `test` holds for every distinct value of the profile (its sorted values or sketch). */
function everyDistinctValue(p: NumericProfile, test: (value: number) => boolean): boolean {
  const values = p.sketch ? p.sketch.values : p.sorted;
  let previous = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === previous) continue;
    previous = v;
    if (!test(v)) return false;
  }
  return true;
}

/**
 * Whether a column named like a date (`order_date`, `shippedAt`) holds spreadsheet
 * serial dates: days since 1899-12-30 (Excel's and Google Sheets' day 0, so that 1 is
 * 1900-01-01 after Excel's leap-day bug), fractions being the time of day, all within
 * 1990-2099. Exported raw, `order_date` of 2024 is 45292-45657, and a window a year
 * later is a KS D of 1 against it; in any row order, so the row-order rule misses it.
 */
function isExcelSerialDateColumn(p: NumericProfile, min: number, max: number): boolean {
  return (
    (DATE_NAME_PLAIN.test(p.name) || DATE_NAME_CAMEL.test(p.name)) &&
    min >= EXCEL_SERIAL_DAYS[0] &&
    max < EXCEL_SERIAL_DAYS[1]
  );
}

/**
 * Names of dates and instants, not of durations: `order_date`, `created_at`,
 * `shippedAt`, `timestamp`; `lead_time` or `response_time` (often tens of thousands of
 * milliseconds, inside the serial range) are not.
 */
const DATE_NAME_PLAIN = /^(date|datetime|timestamp)$|[_\-. ](date|datetime|timestamp|at)$/i;
const DATE_NAME_CAMEL = /[a-z](Date|DateTime|Datetime|Timestamp|At)$/;

/** An Excel serial day number as an ISO date (and time when it has a fraction). */
function excelSerialText(serial: number): string {
  const iso = new Date(EXCEL_DAY_ZERO + serial * DAY_MS).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso;
}

/**
 * Whether a column holds months as `yyyymm` whole numbers (202403), 1900-2099, every
 * distinct value with a month 01-12; with a month-like name, or at least 6 distinct
 * months (random numbers in the range pass the month test 12% of the time each).
 */
function isYyyymmColumn(p: NumericProfile, min: number, max: number): boolean {
  if (!p.integerValued || min < YYYYMM[0] || max > YYYYMM[1]) return false;
  if (p.distinct < 6 && !MONTH_NAME.test(p.name)) return false;
  return everyDistinctValue(p, (v) => v % 100 >= 1 && v % 100 <= 12);
}

/** `yyyymm` months as whole numbers, 1900-01 .. 2099-12, and names that say month. */
const YYYYMM = [190_001, 209_912] as const;
const MONTH_NAME = /month|period|yyyymm|(^|[_\-. ])ym$/i;

/** Milliseconds of a `yyyymmdd` whole number (UTC), or NaN when it is no valid date. */
function yyyymmddTime(value: number): number {
  return calendarTime(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
}

/** Milliseconds of a calendar day (UTC), or NaN when month or day is out of range. */
function calendarTime(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const time = Date.UTC(year, month - 1, day);
  return new Date(time).getUTCDate() === day ? time : Number.NaN;
}

/** Month 1-12 of an English month name or its 3-letter abbreviation, or NaN. */
function monthOfName(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (m) => lower === m || (lower.length >= 3 && m.startsWith(lower) && lower.length <= 4),
  );
  return index < 0 ? Number.NaN : index + 1;
}

/**
 * Milliseconds of a written date and its time of day, or NaN: what orders a time
 * column's values for its range. An ISO date's zone offset is applied (isoDateTime);
 * the zone after the other written forms is not (the values of one column share it).
 * A period label counts from its first day. `dayFirst` decides `01-05-2024`.
 */
function writtenDateTime(text: string, dayFirst: boolean): number {
  const iso = ISO_DATE.exec(text);
  if (iso) return isoDateTime(iso);
  let day = Number.NaN;
  let m = YEAR_FIRST_DATE.exec(text);
  if (m) day = calendarTime(+m[1], +m[3], +m[4]);
  else if ((m = YEAR_LAST_DATE.exec(text))) {
    const [a, b] = [+m[1], +m[3]];
    day = calendarTime(+m[4], dayFirst ? b : a, dayFirst ? a : b);
  } else if ((m = MONTH_NAME_FIRST_DATE.exec(text))) {
    day = calendarTime(+m[3], monthOfName(m[1]), +m[2]);
  } else if ((m = DAY_MONTH_NAME_DATE.exec(text))) {
    day = calendarTime(+m[4], monthOfName(m[3]), +m[1]);
  }
  return m ? day + timeOfDayMilliseconds(m.groups?.time ?? '') : periodStart(text);
}

/**
 * Milliseconds of the first day of a period label, or NaN: `2024-03`, `2024/03`,
 * `03/2024`, `Mar 2024`, `March 2024` (months); `2024Q1`, `2024-Q1`, `Q1 2024`
 * (quarters, as pandas writes a quarterly Period); `2024-W05` (ISO weeks). Monthly and
 * quarterly features of aggregated data carry such a column, and read as categories
 * every recent period is new: a HIGH alarm on unchanged data.
 */
function periodStart(text: string): number {
  // Every period form ends in a digit: most other labels stop here, cheaply (this runs
  // for every label of a categorical column).
  const last = text.charCodeAt(text.length - 1);
  if (text.length > 14 || text.length < 6 || last < 48 || last > 57) return Number.NaN;
  const start = periodStartAnyYear(text);
  // Years 1900-2099 only: `1234-5` is a code, not May of 1234.
  const year = new Date(start).getUTCFullYear();
  return year >= 1900 && year <= 2099 ? start : Number.NaN;
}

function periodStartAnyYear(text: string): number {
  let m = YEAR_MONTH.exec(text);
  if (m) return calendarTime(+m[1], +m[2], 1);
  if ((m = MONTH_YEAR.exec(text))) return calendarTime(+m[2], +m[1], 1);
  if ((m = MONTH_NAME_YEAR.exec(text))) return calendarTime(+m[2], monthOfName(m[1]), 1);
  if ((m = YEAR_QUARTER.exec(text))) return calendarTime(+m[1], 3 * +m[2] - 2, 1);
  if ((m = QUARTER_YEAR.exec(text))) return calendarTime(+m[2], 3 * +m[1] - 2, 1);
  if ((m = ISO_WEEK.exec(text)) && +m[2] >= 1 && +m[2] <= 53) {
    // Week 1 holds the year's first Thursday; its Monday starts it.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    return monday + (+m[2] - 1) * 7 * DAY_MS;
  }
  return Number.NaN;
}

/**
 * Milliseconds (UTC) of an ISO_DATE match, its zone offset applied (so a column written
 * in local time across a daylight-saving change still orders), or NaN for an
 * impossible day such as `2024-02-30`.
 */
function isoDateTime(m: RegExpExecArray): number {
  const [
    ,
    year,
    month,
    day,
    hours = '0',
    minutes = '0',
    seconds = '0',
    sign,
    zoneHours,
    zoneMinutes,
  ] = m;
  const offset = sign ? (sign === '-' ? -1 : 1) * (+zoneHours * 60 + Number(zoneMinutes ?? 0)) : 0;
  return (
    calendarTime(+year, +month, +day) +
    ((+hours * 60 + +minutes - offset) * 60 + Number(seconds)) * 1000
  );
}

/** `12:30`, `1:30:05.5 PM` → milliseconds since midnight; '' → 0. */
function timeOfDayMilliseconds(text: string): number {
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?: ?([AaPp])[Mm])?/.exec(text);
  if (!m) return 0;
  let hours = +m[1] % (m[4] ? 12 : 24);
  if (m[4] && m[4].toLowerCase() === 'p') hours += 12;
  return ((hours * 60 + +m[2]) * 60 + Number(m[3] ?? 0)) * 1000;
}

/**
 * Whether a label is a written date {@link writtenDateTime} reads, in either day order:
 * the month-first reading is tried only for `01-05-2024`-like labels (the one form whose
 * reading depends on the order), since every label of a column passes through here.
 */
function isWrittenDate(label: string): boolean {
  return (
    Number.isFinite(writtenDateTime(label, true)) ||
    (YEAR_LAST_DATE.test(label) && Number.isFinite(writtenDateTime(label, false)))
  );
}

function epochUnit(min: number, max: number): 'second' | 'millisecond' | undefined {
  if (min >= EPOCH_SECONDS[0] && max <= EPOCH_SECONDS[1]) return 'second';
  if (min >= EPOCH_MILLISECONDS[0] && max <= EPOCH_MILLISECONDS[1]) return 'millisecond';
  return undefined;
}

/** Share of the profile's rows whose label passes `test`. */
function rowShare(p: CategoricalProfile, test: (label: string) => boolean): number {
  let rows = 0;
  p.categories.forEach((label, i) => {
    if (test(label)) rows += p.counts[i];
  });
  return p.count === 0 ? 0 : rows / p.count;
}

function categoricalRole(p: CategoricalProfile): { role: ColumnRole; reason: string } | undefined {
  if (p.count === 0) return undefined;
  const trimmed = (label: string) => label.trim();
  if (rowShare(p, (l) => ISO_DATE.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: 'time', reason: 'time: ISO-8601 date or datetime values' };
  }
  if (rowShare(p, (l) => SLASH_DATE.test(trimmed(l))) >= PATTERN_SHARE) {
    const order = isDayFirst(p.categories) ? 'd/m/yyyy' : 'm/d/yyyy';
    return { role: 'time', reason: `time: slash-separated date values (${order})` };
  }
  if (rowShare(p, (l) => isWrittenDate(trimmed(l))) >= PATTERN_SHARE) {
    const example = p.categories.find((l) => isWrittenDate(trimmed(l))) ?? '';
    const period = Number.isFinite(periodStart(example.trim()));
    return {
      role: 'time',
      reason: `time: ${period ? 'period' : 'written date'} values such as '${example.trim()}'`,
    };
  }
  if (rowShare(p, (l) => UUID.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: 'identifier', reason: 'identifier: UUID values' };
  }
  if (rowShare(p, (l) => HEX_HASH.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: 'identifier', reason: 'identifier: hash-like hexadecimal values' };
  }
  const distinctShare = p.categories.length / p.count;
  // Measurements written as text (decimal commas, units) are unique for the same
  // reason real numbers are: they are a feature with a reading problem, not a key.
  const numbersAsText = rowShare(p, (l) => NUMBER_AS_TEXT.test(trimmed(l))) >= PATTERN_SHARE;
  if (!numbersAsText && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= UNIQUE_SHARE) {
    return { role: 'identifier', reason: `identifier: ${percent(distinctShare)} unique values` };
  }
  if (isIdentifierName(p.name) && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= 0.5) {
    return {
      role: 'identifier',
      reason: `identifier: name '${p.name}' and ${percent(distinctShare)} distinct values`,
    };
  }
  return undefined;
}

/** First and last time of one side, or undefined when it has no value. */
export function timeRangeOf(p: ColumnProfile): TimeRange | undefined {
  if (p.kind === 'numeric') {
    const range = numericRange(p);
    if (!range) return undefined;
    if (isYyyymmddColumn(p, range[0], range[1])) {
      const show = (v: number) => new Date(yyyymmddTime(v)).toISOString().slice(0, 10);
      return { first: show(range[0]), last: show(range[1]) };
    }
    if (isYyyymmColumn(p, range[0], range[1])) {
      const show = (v: number) => `${Math.floor(v / 100)}-${String(v % 100).padStart(2, '0')}`;
      return { first: show(range[0]), last: show(range[1]) };
    }
    if (isExcelSerialDateColumn(p, range[0], range[1])) {
      return { first: excelSerialText(range[0]), last: excelSerialText(range[1]) };
    }
    const unit = epochUnit(range[0], range[1]);
    const show = (v: number) =>
      unit === 'second'
        ? new Date(v * 1000).toISOString()
        : unit === 'millisecond'
          ? new Date(v).toISOString()
          : String(v);
    return { first: show(range[0]), last: show(range[1]) };
  }
  let first: { label: string; time: number } | undefined;
  let last: { label: string; time: number } | undefined;
  const dayFirst = isDayFirst(p.categories);
  for (const label of p.categories) {
    const text = label.trim();
    const time = writtenDateTime(text, dayFirst);
    if (!Number.isFinite(time)) continue;
    if (!first || time < first.time) first = { label: text, time };
    if (!last || time > last.time) last = { label: text, time };
  }
  return first && last ? { first: first.label, last: last.label } : undefined;
}

/**
 * Whether `01-05-2024` is the 1st of May: yes once a first number above 12 is seen,
 * no once a second one is, and yes when nothing tells (as outside the US).
 */
function isDayFirst(labels: readonly string[]): boolean {
  for (const label of labels) {
    const m = YEAR_LAST_DATE.exec(label.trim());
    if (!m) continue;
    if (+m[1] > 12) return true;
    if (+m[3] > 12) return false;
  }
  return true;
}
