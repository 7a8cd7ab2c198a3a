/**
 * Reads all options of one entry point through the option table: a getter in, typed
 * values keyed by library field out, defaults filled in. Pure: the CLI hands it the
 * parsed argv, the action `core.getInput`, tests a plain object.
 */
import { OPTIONS, optionsOf } from './option-table.ts';
import type { EntryPoint, OptionField, OptionSpec, OptionValue } from './option-table.ts';
import { OptionError, describeExpected, parseOptionText } from './parse-option.ts';

/** Parsed values of an entry point's options; absent without a value or default. */
export type OptionValues = {
  -readonly [F in OptionField]?: OptionValue<(typeof OPTIONS)[F]>;
};

export interface ReadOptionsOptions {
  /** The option's text, or undefined when it was not given. */
  readonly get: (name: string) => string | undefined;
  /** How the entry point names an option in messages: `--min-samples`, `input min-samples`. */
  readonly label: (spec: OptionSpec) => string;
  /**
   * The action's runner passes every input, and an empty one means "not set"; on the
   * command line an empty value was typed on purpose and is checked like any other.
   */
  readonly emptyMeansAbsent: boolean;
}

/** The parsed default of an option of the table, undefined when it has none. */
export function defaultOf<F extends OptionField>(
  field: F,
): OptionValue<(typeof OPTIONS)[F]> | undefined {
  const spec: OptionSpec = OPTIONS[field];
  if (spec.default === undefined) return undefined;
  return parseOptionText(spec, spec.default, field) as OptionValue<(typeof OPTIONS)[F]>;
}

/**
 * Reads every option that `entryPoint` takes. Throws an OptionError for the first value
 * its table entry refuses and for a missing option the entry point requires.
 */
export function readOptions(entryPoint: EntryPoint, options: ReadOptionsOptions): OptionValues {
  const values: Record<string, unknown> = {};
  for (const [field, spec] of optionsOf(entryPoint)) {
    let raw = options.get(spec.name);
    if (raw === '' && options.emptyMeansAbsent) raw = undefined;
    if (raw === '' && spec.type === 'text') {
      throw new OptionError(
        `Invalid ${options.label(spec)} ''. Expected ${describeExpected(spec)}, not an empty value.`,
      );
    }
    if (raw === undefined) {
      if (spec.requiredIn?.includes(entryPoint)) {
        throw new OptionError(
          `Missing ${options.label(spec)}. Expected ${describeExpected(spec)}.`,
        );
      }
      values[field] = defaultOf(field);
      continue;
    }
    values[field] = parseOptionText(spec, raw, options.label(spec));
  }
  return values as OptionValues;
}
