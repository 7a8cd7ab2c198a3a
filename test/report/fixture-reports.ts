/**
 * Small, deterministic drift reports for the renderer tests, made by the real
 * analysis (not hand-built objects), so they follow the report type as it evolves.
 */
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import type { DriftReport } from '../../src/detect/drift-report.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

const ROWS = 200;

function categories(random: () => number, n: number, shares: Record<string, number>): string[] {
  const entries = Object.entries(shares);
  return Array.from({ length: n }, () => {
    let u = random();
    for (const [value, share] of entries) {
      u -= share;
      if (u < 0) return value;
    }
    return entries[entries.length - 1][0];
  });
}

/** Reference and recent values of the four columns of the fixture reports. */
function columns(seed: number, drift: boolean) {
  const random = seededRandom(seed);
  return {
    age: normalSample(random, ROWS, drift ? 48 : 40, 10).map((x) => Math.round(x)),
    income: normalSample(random, ROWS, 52000, 9000),
    plan: categories(
      random,
      ROWS,
      drift ? { basic: 0.3, pro: 0.3, enterprise: 0.2, trial: 0.2 } : { basic: 0.6, pro: 0.4 },
    ),
  };
}

/** Age and plan drifted, a regression model whose error rose, one column added. */
export function driftReport(): DriftReport {
  const reference = columns(1, false);
  const recent = { ...columns(2, true), region: Array.from({ length: ROWS }, () => 'eu') };
  const random = seededRandom(3);
  const actuals = Float64Array.from(normalSample(random, ROWS, 10, 2));
  const predictions = actuals.map((a, i) => a + (i % 2 === 0 ? 1.5 : -1.5));
  return analyzeDrift(
    {
      reference: tableFromColumns(reference, 'reference.csv'),
      recent: tableFromColumns(recent, 'recent.csv'),
      modelOutputs: { predictions, actuals },
      baseline: { r2: 0.9, rmse: 0.8 },
    },
    {},
  );
}

/** The same columns, unchanged: severity NONE. */
export function noneReport(): DriftReport {
  return analyzeDrift(
    {
      reference: tableFromColumns(columns(1, false), 'reference.csv'),
      recent: tableFromColumns(columns(2, false), 'recent.csv'),
    },
    {},
  );
}

/** Fewer recent rows than the minimum: no decision. */
export function insufficientReport(): DriftReport {
  const recent = Object.fromEntries(
    Object.entries(columns(2, true)).map(([name, values]) => [name, values.slice(0, 20)]),
  );
  return analyzeDrift(
    {
      reference: tableFromColumns(columns(1, false), 'reference.csv'),
      recent: tableFromColumns(recent, 'recent.csv'),
    },
    {},
  );
}

/**
 * A report in which `name` is a drifted numeric column, a categorical column of
 * that name plus `#cat` carries `value` as a new category, `name` plus `#new` is an
 * added column, and `name` plus `#gone` a removed one: every place data reaches a
 * renderer.
 */
export function hostileReport(name: string, value: string): DriftReport {
  const ref = columns(1, false);
  const rec = columns(2, true);
  const recentPlan = rec.plan.map((v, i) => (i % 3 === 0 ? value : v));
  return analyzeDrift(
    {
      reference: tableFromColumns(
        { [name]: ref.age, [`${name}#cat`]: ref.plan, [`${name}#gone`]: ref.income },
        'reference.csv',
      ),
      recent: tableFromColumns(
        { [name]: rec.age, [`${name}#cat`]: recentPlan, [`${name}#new`]: rec.income },
        'recent.csv',
      ),
    },
    {},
  );
}

/**
 * A wide report: one shifted numeric column per name, and a categorical column
 * `${names[0]}#cat` whose recent values include every one of `newValues`.
 */
export function wideReport(
  names: readonly string[],
  newValues: readonly string[] = [],
): DriftReport {
  const ref = columns(1, false);
  const rec = columns(2, true);
  const reference: Record<string, unknown[]> = { [`${names[0]}#cat`]: ref.plan };
  const recent: Record<string, unknown[]> = {
    [`${names[0]}#cat`]: rec.plan.map((v, i) => newValues[i % Math.max(1, newValues.length)] ?? v),
  };
  const rows = Math.max(ROWS, newValues.length);
  if (rows > ROWS) {
    reference[`${names[0]}#cat`] = Array.from({ length: rows }, (_, i) => ref.plan[i % ROWS]);
    recent[`${names[0]}#cat`] = Array.from({ length: rows }, (_, i) => newValues[i] ?? 'basic');
  }
  names.forEach((name, k) => {
    reference[name] = Array.from({ length: rows }, (_, i) => ref.age[i % ROWS]);
    recent[name] = Array.from({ length: rows }, (_, i) => rec.age[(i + k) % ROWS] - (k % 7));
  });
  return analyzeDrift(
    {
      reference: tableFromColumns(reference, 'reference.csv'),
      recent: tableFromColumns(recent, 'recent.csv'),
    },
    {},
  );
}

/**
 * A 3 SD shift of a price in the hundreds of thousands, and a categorical column with
 * twelve long category names whose shares moved: the charts' hardest labels.
 */
export function shiftedReport(): DriftReport {
  const random = seededRandom(11);
  const names = Array.from({ length: 12 }, (_, i) => `warehouse-region-${i}-north-east`);
  const pick = (weights: readonly number[]) =>
    Array.from({ length: 400 }, () => {
      let u = random() * weights.reduce((s, w) => s + w, 0);
      for (let i = 0; i < weights.length; i++) if ((u -= weights[i]) < 0) return names[i];
      return names[names.length - 1];
    });
  return analyzeDrift(
    {
      reference: tableFromColumns(
        {
          price: normalSample(random, 400, 250_000, 50_000),
          region: pick(names.map((_, i) => i + 1)),
        },
        'reference.csv',
      ),
      recent: tableFromColumns(
        {
          price: normalSample(random, 400, 400_000, 50_000),
          region: pick(names.map((_, i) => 12 - i)),
        },
        'recent.csv',
      ),
    },
    {},
  );
}
