/**
 * Measures the compact reference profile of the benchmark data (issue 12's "done when"):
 * its file size, and for every numeric feature the KS D against the sketch next to the
 * exact D against the data, with the sketch's stated bound. Also writes and times the
 * exact profile and checks that its report equals the data's byte for byte.
 *
 * Usage: node bench/compact-profile.ts [maxRankError]   (default 0.001; needs bench/out/,
 * which `npm run bench` generates)
 */
import { join } from 'node:path';
import { loadTable } from '../src/data/load-table.ts';
import { analyzeDrift } from '../src/detect/analyze-drift.ts';
import { analyzeDriftAgainstProfile } from '../src/detect/analyze-drift-against-profile.ts';
import { decodeProfile, encodeProfile } from '../src/engines/profile-codec.ts';
import { profileTable } from '../src/profile/saved-profile.ts';
import { renderJson } from '../src/report/render-json.ts';

const maxRankError = Number(process.argv[2] ?? 0.001);
const outDir = join(import.meta.dirname, 'out');
const reference = await loadTable(join(outDir, 'reference.csv'));
const recent = await loadTable(join(outDir, 'recent.csv'));
const config = { excludeColumns: ['target', 'prediction'] };

let started = performance.now();
const compactBytes = encodeProfile(
  profileTable(reference, { toolVersion: 'bench', mode: 'compact', maxRankError }),
);
const compactSeconds = (performance.now() - started) / 1000;
const compact = decodeProfile(compactBytes, 'compact.profile');
started = performance.now();
const exactBytes = encodeProfile(profileTable(reference, { toolVersion: 'bench' }));
const exactSeconds = (performance.now() - started) / 1000;

const exactReport = analyzeDrift({ reference, recent }, config);
const fromExactProfile = analyzeDriftAgainstProfile(
  { reference: decodeProfile(exactBytes, 'exact.profile'), recent },
  config,
);
const compactReport = analyzeDriftAgainstProfile({ reference: compact, recent }, config);

console.log(`reference: ${reference.rowCount} rows x ${reference.columns.length} columns`);
console.log(
  `compact profile (ε = ${maxRankError}): ${compactBytes.length} bytes (${(compactBytes.length / 1e6).toFixed(3)} MB), written in ${compactSeconds.toFixed(2)} s`,
);
console.log(
  `exact profile: ${exactBytes.length} bytes (${(exactBytes.length / 1e6).toFixed(1)} MB), written in ${exactSeconds.toFixed(2)} s; report equals the data's: ${renderJson(fromExactProfile) === renderJson(exactReport)}`,
);
console.log('feature      exact D       compact D     |diff|        bound     within');
let allWithin = true;
for (const feature of exactReport.features) {
  const other = compactReport.features.find((f) => f.name === feature.name);
  if (!other || feature.type !== 'numeric') continue;
  const diff = Math.abs(other.statistic - feature.statistic);
  const bound = other.approximate?.rankErrorBound ?? 0;
  const within = diff <= bound;
  allWithin &&= within;
  console.log(
    `${feature.name.padEnd(12)} ${feature.statistic.toFixed(8)}  ${other.statistic.toFixed(8)}  ${diff.toExponential(2).padEnd(12)}  ${bound.toExponential(2)}  ${within}`,
  );
}
console.log(
  `every feature within its bound: ${allWithin}; severity exact ${exactReport.severity}, compact ${compactReport.severity}; drifted exact ${exactReport.featuresDrifted}, compact ${compactReport.featuresDrifted}`,
);
