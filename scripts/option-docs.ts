/**
 * Writes the option table (src/options/option-table.ts) into the two documents that list
 * options: the `inputs:` of action.yml and the option reference in README.md (between
 * its `<!-- options:start -->` and `<!-- options:end -->` markers).
 *
 * Generated rather than hand-kept because an option added by one person while another
 * renames a description would otherwise need three edits that agree; a test
 * (test/options/option-docs.test.ts) fails when either file is stale.
 *
 * Run: `npm run options:docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import * as prettier from 'prettier';
import { optionsOf, OPTIONS } from '../src/options/option-table.ts';
import type { EntryPoint, OptionGroup, OptionSpec } from '../src/options/option-table.ts';

export const README_START = '<!-- options:start -->';
export const README_END = '<!-- options:end -->';

/** The default action.yml shows: the runner fills it in before the action reads it. */
export function actionYmlDefault(spec: OptionSpec): string | undefined {
  return spec.actionDefault ?? spec.default;
}

/**
 * An input's description in action.yml, where the allowed values and the mode are not
 * otherwise visible to a workflow author.
 */
export function actionYmlDescription(spec: OptionSpec): string {
  const mode = spec.group === 'retraining' ? 'Retrain mode. ' : '';
  const values = spec.type === 'choice' ? ` One of: ${spec.values.join(', ')}.` : '';
  return `${mode}${spec.description}${values}`;
}

/** The `inputs:` block of action.yml, before Prettier formats it. */
export function renderActionInputs(): string {
  const scalar = (value: string) => dump(value, { lineWidth: -1 }).trimEnd();
  const lines = ['inputs:'];
  for (const [, spec] of optionsOf('action')) {
    lines.push(`  ${spec.name}:`, `    description: ${scalar(actionYmlDescription(spec))}`);
    const fallback = actionYmlDefault(spec);
    if (fallback !== undefined && fallback !== '') lines.push(`    default: ${scalar(fallback)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** action.yml with its `inputs:` block replaced by the table's, formatted by Prettier. */
export async function renderActionYml(current: string): Promise<string> {
  const start = current.indexOf('\ninputs:\n');
  const end = current.indexOf('\noutputs:\n');
  if (start < 0 || end < start)
    throw new Error('action.yml: expected an inputs: then an outputs: block.');
  const text = `${current.slice(0, start + 1)}${renderActionInputs()}${current.slice(end)}`;
  const config = await prettier.resolveConfig('action.yml');
  return prettier.format(text, { ...config, parser: 'yaml' });
}

const GROUP_TITLES: Record<OptionGroup, string> = {
  data: 'Data',
  detection: 'Thresholds and tests',
  output: 'Output and event log',
  github: 'GitHub (action only)',
  retraining: 'Retraining',
};

const ENTRY_POINTS: readonly EntryPoint[] = ['check', 'retrain', 'events', 'action', 'library'];

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** What a value may be, in a few words: `(0, 1]`, `auto, exact, asymp`, `1-90`. */
function allowed(spec: OptionSpec): string {
  switch (spec.type) {
    case 'number': {
      const low = spec.min === undefined ? '(-∞' : `${spec.minExclusive ? '(' : '['}${spec.min}`;
      const high = spec.max === undefined ? '∞)' : `${spec.max}]`;
      return `number in ${low}, ${high}`;
    }
    case 'integer':
      return spec.max === undefined
        ? `whole number >= ${spec.min}`
        : `whole number ${spec.min}-${spec.max}`;
    case 'choice':
      return spec.values.map((v) => `\`${v}\``).join(', ');
    case 'boolean':
      return 'switch';
    case 'list':
      return 'comma-separated list';
    case 'text':
      return spec.expected;
  }
}

/** The README's option reference: one table per group, every option of every entry point. */
export function renderReadmeOptions(): string {
  const byGroup = new Map<OptionGroup, string[]>();
  for (const [field, spec] of Object.entries(OPTIONS) as [string, OptionSpec][]) {
    const names = [
      spec.in.some((e) => e !== 'action' && e !== 'library') ? `\`--${spec.name}\`` : '',
      spec.in.includes('action') ? `\`${spec.name}\`` : '',
      spec.in.includes('library') ? `\`${field}\`` : '',
    ];
    const where = ENTRY_POINTS.filter((e) => spec.in.includes(e)).join(', ');
    const fallback = actionYmlDefault(spec);
    const row = [
      ...names,
      where,
      cell(allowed(spec)),
      fallback ? `\`${fallback}\`` : '',
      cell(spec.description),
    ];
    const rows = byGroup.get(spec.group) ?? [];
    rows.push(`| ${row.join(' | ')} |`);
    byGroup.set(spec.group, rows);
  }
  const sections = [...byGroup].map(([group, rows]) =>
    [
      `**${GROUP_TITLES[group]}**`,
      '',
      '| CLI flag | action input | library field | in | value | default | meaning |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  );
  return [
    README_START,
    '<!-- Generated from src/options/option-table.ts by `npm run options:docs`; edit the table, not this. -->',
    '',
    ...sections.flatMap((s) => [s, '']),
    README_END,
  ].join('\n');
}

/** README.md with its option reference replaced by the table's. */
export function renderReadme(current: string): string {
  const start = current.indexOf(README_START);
  const end = current.indexOf(README_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md: expected the markers ${README_START} and ${README_END}.`);
  }
  return `${current.slice(0, start)}${renderReadmeOptions()}${current.slice(end + README_END.length)}`;
}

if (import.meta.main) {
  writeFileSync('action.yml', await renderActionYml(readFileSync('action.yml', 'utf8')));
  writeFileSync('README.md', renderReadme(readFileSync('README.md', 'utf8')));
  console.log('Wrote the option table into action.yml and README.md.');
}
