/**
 * Turns an option's text (a CLI argument, an action input) or a library value into its
 * typed value, by the rules of its entry in the option table. Pure. Every refusal is an
 * OptionError that names the option the way its entry point spells it (`label`:
 * `--data-drift-threshold`, `input data-drift-threshold`, `dataDriftThreshold`), quotes
 * the value as it was given, and says what is expected.
 */
import type { OptionSpec, OptionValue } from './option-table.ts';

/** An option value that its entry in the option table refuses. */
export class OptionError extends Error {
  override name = 'OptionError';
}

/**
 * Plain decimal notation only: `Number()` would also read `0x10` as 16, `0b1`, `1_0`
 * (no), ` 7 ` and `Infinity`, so a typo could pass as a number nobody meant.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** What a valid value of `spec` looks like, in words: "a decimal number > 0 and <= 1". */
export function describeExpected(spec: OptionSpec): string {
  switch (spec.type) {
    case 'number': {
      const bounds: string[] = [];
      if (spec.min !== undefined) bounds.push(`${spec.minExclusive ? '>' : '>='} ${spec.min}`);
      if (spec.max !== undefined) bounds.push(`<= ${spec.max}`);
      return `a decimal number${bounds.length ? ` ${bounds.join(' and ')}` : ''}`;
    }
    case 'integer':
      return spec.max === undefined
        ? `a whole number >= ${spec.min}`
        : `a whole number from ${spec.min} to ${spec.max}`;
    case 'choice':
      return `one of: ${spec.values.join(', ')}${spec.ignoreCase ? ' (any case)' : ''}`;
    case 'boolean':
      return 'true or false';
    case 'list':
      return 'comma-separated names';
    case 'text':
      return spec.expected;
  }
}

function refuse(spec: OptionSpec, label: string, shown: string): OptionError {
  const example = spec.default && spec.type !== 'text' ? `, such as ${spec.default}` : '';
  return new OptionError(
    `Invalid ${label} '${shown}'. Expected ${describeExpected(spec)}${example}.`,
  );
}

function inRange(spec: OptionSpec & { type: 'number' | 'integer' }, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (spec.type === 'integer' && !Number.isInteger(value)) return false;
  const min = spec.min;
  if (min !== undefined) {
    const exclusive = spec.type === 'number' && spec.minExclusive;
    if (exclusive ? value <= min : value < min) return false;
  }
  return spec.max === undefined || value <= spec.max;
}

/**
 * Parses the text of one option. `raw` is quoted in errors exactly as given; surrounding
 * white space is ignored (the action's inputs arrive trimmed anyway). Lists split on
 * commas and new lines and drop blanks.
 *
 * @example
 * parseOptionText(OPTIONS.dataDriftThreshold, '0.01', '--data-drift-threshold'); // => 0.01
 */
export function parseOptionText<S extends OptionSpec>(
  spec: S,
  raw: string,
  label: string,
): OptionValue<S> {
  return parseText(spec, raw, label) as OptionValue<S>;
}

function parseText(spec: OptionSpec, raw: string, label: string): unknown {
  const text = raw.trim();
  switch (spec.type) {
    case 'number':
    case 'integer': {
      const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
      if (!inRange(spec, value)) throw refuse(spec, label, raw);
      return value;
    }
    case 'choice': {
      const found = spec.values.find((v) =>
        spec.ignoreCase ? v.toLowerCase() === text.toLowerCase() : v === text,
      );
      if (found === undefined) throw refuse(spec, label, raw);
      return found;
    }
    case 'boolean':
      // YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
      if (['true', 'True', 'TRUE'].includes(text)) return true;
      if (['false', 'False', 'FALSE'].includes(text)) return false;
      throw refuse(spec, label, raw);
    case 'list':
      return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
    case 'text':
      if (spec.pattern && !spec.pattern.test(text)) throw refuse(spec, label, raw);
      return text;
  }
}

/** A library value as the user wrote it, for messages: `2`, `"0.1"`, `[1]`. */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined) {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Checks a typed value given to the library (`new AutomaticRetrainingOrchestrator({...})`,
 * resolveDetectionConfig) by the same rules as the text of the CLI and the action, and
 * returns it. Choices are case-sensitive here: a TypeScript caller writes the canonical
 * value.
 */
export function checkOptionValue<S extends OptionSpec>(
  spec: S,
  value: unknown,
  label: string,
): OptionValue<S> {
  const ok = (() => {
    switch (spec.type) {
      case 'number':
      case 'integer':
        return typeof value === 'number' && inRange(spec, value);
      case 'choice':
        return typeof value === 'string' && spec.values.includes(value);
      case 'boolean':
        return typeof value === 'boolean';
      case 'list':
        return Array.isArray(value) && value.every((v) => typeof v === 'string');
      case 'text':
        return typeof value === 'string' && (!spec.pattern || spec.pattern.test(value));
    }
  })();
  if (!ok) {
    const expected = describeExpected(spec)
      .replace('a decimal number', 'a finite number')
      .replace(' (any case)', '')
      .replace('comma-separated names', 'an array of column names');
    throw new OptionError(`Invalid ${label} '${show(value)}'. Expected ${expected}.`);
  }
  return value as OptionValue<S>;
}
