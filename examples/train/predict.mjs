#!/usr/bin/env node
// Scores rows with a model that train.mjs wrote (--model-out): what the deployed model
// does in production. The example loop uses it after a promotion, so the next check
// reads the new model's predictions, not the old one's.
//
// Usage: node predict.mjs --model model.json --data recent.csv --out predictions.json
// Writes a JSON array with one prediction per row (null where a feature is missing),
// a format drift-sentinel's recent-predictions input reads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [modelPath, dataPath, outPath] = ['--model', '--data', '--out'].map(option);
if (!modelPath || !dataPath || !outPath) {
  console.error(
    'Usage: node predict.mjs --model model.json --data rows.csv --out predictions.json',
  );
  process.exit(2);
}
const model = JSON.parse(readFileSync(modelPath, 'utf8'));

/** Simple CSV: the example data has no quoted fields (train.mjs has the full parser). */
const [header, ...rows] = readFileSync(dataPath, 'utf8')
  .trim()
  .split(/\r?\n/)
  .map((line) => line.split(','));
const index = (name) => {
  const i = header.indexOf(name);
  if (i < 0) {
    console.error(`predict.mjs: no column '${name}' in ${dataPath}; columns: ${header.join(', ')}`);
    process.exit(2);
  }
  return i;
};
const numeric = model.numeric.map(index);
const categorical = model.categorical.map(({ name, levels }) => ({ i: index(name), levels }));
const predictions = rows.map((row) => {
  const x = [
    1,
    ...numeric.map((i) => (row[i] === '' ? NaN : Number(row[i]))),
    ...categorical.flatMap(({ i, levels }) => levels.map((level) => (row[i] === level ? 1 : 0))),
  ];
  const value = x.reduce((sum, v, j) => sum + v * model.coefficients[j], 0);
  return Number.isFinite(value) ? value : null;
});
mkdirSync(dirname(resolve(outPath)), { recursive: true });
writeFileSync(outPath, JSON.stringify(predictions) + '\n');
console.log(`predict.mjs: ${predictions.length} predictions written to ${outPath}`);
