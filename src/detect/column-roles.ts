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
 *   (`2024-05-01`, `2024-05-01T12:00:00Z`, `2024-05-01 12:00`) or `d/m/yyyy` dates;
 *   or every value is an epoch timestamp between 2000 and 2100 in seconds or
 *   milliseconds with at least half of the values distinct;
 * - identifier from content: 95% of the rows are UUIDs or hex hashes (16+ digits); or
 *   at least 50 values with 95% of them distinct, either as text (not numbers written
 *   as text, such as `54,20` or `12 kg`, which are measurements) or as whole numbers
 *   that are increasing/decreasing in row order or dense (a span of at most twice their
 *   count, as order numbers are);
 * - from the name: a time name (`date`, `time`, `timestamp`, `datetime`, `ts`, or
 *   ending in `_date`, `_time`, `_at`, `_ts`, `Date`, `At`...) with numbers in row
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
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}( \d{1,2}:\d{2}(:\d{2})?)?$/;
const IDENTIFIER_NAME_CAMEL = /[a-z](Id|ID|Uuid|UUID|Key)$/;
const IDENTIFIER_NAME_PLAIN =
  /^(id|uuid|guid|key|index|idx|row|rownum|row_?number)$|[_\-. ](id|uuid|guid|key)$/i;
const TIME_NAME_PLAIN =
  /^(date|time|timestamp|datetime|ts|event_?time|event_?date)$|[_\-. ](date|time|timestamp|datetime|ts|at)$/i;
/** Numbers written as text: decimal commas, thousands separators, units (`54,20`, `12 kg`). */
const NUMBER_AS_TEXT = /^[-+]?[\d.,' ]*\d[\d.,' ]*\s*[^\d\s]{0,5}$/;
const TIME_NAME_CAMEL = /[a-z](Date|Time|Timestamp|At|Ts)$/;

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
  const epoch = epochUnit(min, max);
  if (epoch && (distinctShare >= 0.5 || isTimeName(p.name))) {
    return { role: 'time', reason: `time: epoch ${epoch} values` };
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
    return { role: 'time', reason: 'time: slash-separated date values (d/m/yyyy)' };
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
  for (const label of p.categories) {
    const text = label.trim();
    const time = ISO_DATE.test(text) ? Date.parse(text.replace(' ', 'T')) : slashDate(text);
    if (!Number.isFinite(time)) continue;
    if (!first || time < first.time) first = { label: text, time };
    if (!last || time > last.time) last = { label: text, time };
  }
  return first && last ? { first: first.label, last: last.label } : undefined;
}

/** Milliseconds of a `d/m/yyyy` date (day first, as outside the US), or NaN. */
function slashDate(text: string): number {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1]));
}
