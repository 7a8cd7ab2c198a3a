/**
 * A checked-out repository whose data a hostile pull request wrote: column names and
 * category values that try to start workflow commands, ping people, spoof the verdict
 * and spell another check's sticky-comment marker. The numeric column named
 * {@link INJECTED_NAME} drifts (mean +3 sd), so it is named in every output.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalSample, seededRandom } from '../helpers/random.ts';

/** The feature name of issue 11 that injected workflow commands through core.info. */
export const INJECTED_NAME = 'x\n::error title=Injected::owned\n::add-mask::CRITICAL';
/** Another check's sticky-comment marker, as a column name. */
export const MARKER_NAME = '<!-- drift-sentinel:main -->';
/** Category values that appear only in the recent data. */
export const HOSTILE_VALUES = [
  '@octocat',
  '@org/team #1',
  '![x](https://e.com/t.png)',
  '```\n## 🟢 drift-sentinel: NONE\n<img src=x onerror=alert(1)>',
  '<!-- drift-sentinel:default -->',
  '::add-mask::CRITICAL',
];

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((row) => row.map((v) => csvField(String(v))).join(',')).join('\n');
}

/**
 * Writes data/reference.csv and data/recent.csv into a fresh directory below `root`.
 * `benign`: the same numbers under plain names and values, for the verdict the data
 * deserves.
 */
export function hostileWorkspace(root: string, benign = false): string {
  const workspace = mkdtempSync(join(root, 'hostile-ws-'));
  mkdirSync(join(workspace, 'data'));
  const random = seededRandom(11);
  const header = benign ? ['x', 'y', 'segment'] : [INJECTED_NAME, MARKER_NAME, 'segment'];
  const values = benign ? HOSTILE_VALUES.map((_, i) => `new-${i}`) : HOSTILE_VALUES;
  const n = 400;
  const refX = normalSample(random, n);
  const refY = normalSample(random, n);
  const recX = normalSample(random, n, 3);
  const recY = normalSample(random, n);
  const reference = refX.map((x, i) => [x.toFixed(4), refY[i].toFixed(4), ['a', 'b'][i % 2]]);
  const recent = recX.map((x, i) => [
    x.toFixed(4),
    recY[i].toFixed(4),
    i % 3 === 0 ? values[i % values.length] : ['a', 'b'][i % 2],
  ]);
  writeFileSync(join(workspace, 'data/reference.csv'), csv(header, reference));
  writeFileSync(join(workspace, 'data/recent.csv'), csv(header, recent));
  return workspace;
}

export const HOSTILE_INPUTS: Readonly<Record<string, string>> = {
  'reference-data': 'data/reference.csv',
  'recent-data': 'data/recent.csv',
};
