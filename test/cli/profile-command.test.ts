import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';

import { runCli } from '../../src/cli/main.ts';

const data = 'examples/data';
const scratch = mkdtempSync(join(tmpdir(), 'ds-cli-profile-'));
const rest = [
  '--no-event-log',
  '--recent-data',
  `${data}/recent.csv`,
  '--recent-predictions',
  `${data}/predictions.npy`,
  '--recent-actuals',
  `${data}/actuals.npy`,
  '--baseline-metrics',
  `${data}/baseline-metrics.json`,
  '--exclude-columns',
  'price',
];

function capture() {
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const read = (s: PassThrough) => {
    const chunks: Buffer[] = [];
    s.on('data', (c: Buffer) => chunks.push(c));
    return () => Buffer.concat(chunks).toString('utf8');
  };
  return { io: { stdout, stderr }, out: read(stdout), err: read(stderr) };
}

async function cli(args: string[]) {
  const { io, out, err } = capture();
  const code = await runCli(args, io);
  return { code, out: out(), err: err() };
}

test('check --reference-profile (exact) prints the same JSON report as check --reference-data, byte for byte', async () => {
  const profile = join(scratch, 'reference.profile');
  const written = await cli([
    'profile',
    '--reference-data',
    `${data}/reference.csv`,
    '--output',
    profile,
  ]);
  assert.equal(written.code, 0, written.err);
  assert.match(
    written.out,
    /Wrote .*reference\.profile: exact profile of examples\/data\/reference\.csv \(2000 rows, 7 columns\), \d+ bytes\./,
  );
  const fromData = await cli([
    'check',
    '--reference-data',
    `${data}/reference.csv`,
    ...rest,
    '--format',
    'json',
  ]);
  const fromProfile = await cli([
    'check',
    '--reference-profile',
    profile,
    ...rest,
    '--format',
    'json',
  ]);
  assert.equal(fromData.code, 0, fromData.err);
  assert.equal(fromProfile.out, fromData.out);
});

test('profile reads the data as check does: with the same na-values and delimiter the exact profile reproduces the check', async () => {
  // The reference as a semicolon file whose -999 cells are missing values.
  const lines = readFileSync(`${data}/reference.csv`, 'utf8').trimEnd().split('\n');
  const semicolon = lines.map((line, i) =>
    (i > 0 && i % 7 === 0 ? line.replace(/^[^,]*/, '-999') : line).replaceAll(',', ';'),
  );
  const reference = join(scratch, 'reference-semicolon.csv');
  writeFileSync(reference, `${semicolon.join('\n')}\n`);
  // The profile is told the separator; check sniffs each file's own (recent.csv: comma).
  const options = ['--na-values=-999'];
  const profile = join(scratch, 'reference-na.profile');
  const written = await cli([
    'profile',
    '--reference-data',
    reference,
    ...options,
    '--delimiter',
    'semicolon',
    '--output',
    profile,
  ]);
  assert.equal(written.code, 0, written.err);
  const fromData = await cli([
    'check',
    '--reference-data',
    reference,
    ...rest,
    ...options,
    '--format',
    'json',
  ]);
  const fromProfile = await cli([
    'check',
    '--reference-profile',
    profile,
    ...rest,
    ...options,
    '--format',
    'json',
  ]);
  assert.equal(fromData.code, 0, fromData.err);
  assert.match(fromData.out, /"referenceMissing": [1-9]/, 'the -999 cells are missing values');
  assert.equal(fromProfile.out, fromData.out);
});

test('a profile records the tool version, the row count and the sha256 of the source file', async () => {
  const profile = join(scratch, 'hashed.profile');
  await cli(['profile', '--reference-data', `${data}/reference.csv`, '--output', profile]);
  const { createHash } = await import('node:crypto');
  const expected = createHash('sha256')
    .update(readFileSync(`${data}/reference.csv`))
    .digest('hex');
  const header = gunzipSync(readFileSync(profile)).toString('latin1');
  assert.match(header, new RegExp(`"contentHash":"sha256:${expected}"`));
  assert.match(header, /"toolVersion":"\d+\.\d+\.\d+"/);
  assert.match(header, /"rowCount":2000/);
});

test('a compact profile marks the sketched KS results approximate in the JSON and the text report', async () => {
  const profile = join(scratch, 'compact.profile');
  const written = await cli([
    'profile',
    '--reference-data',
    `${data}/reference.csv`,
    '--output',
    profile,
    '--profile-mode',
    'compact',
    '--max-rank-error',
    '0.01',
  ]);
  assert.match(written.out, /compact profile .* 4 sketched/);
  const json = await cli(['check', '--reference-profile', profile, ...rest, '--format', 'json']);
  const report = JSON.parse(json.out);
  const sqft = report.features.find((f: { name: string }) => f.name === 'sqft');
  assert.ok(sqft.approximate.rankErrorBound <= 0.01);
  const text = await cli(['check', '--reference-profile', profile, ...rest, '--format', 'text']);
  assert.match(text.out, /approximate/i);
});

test('a profile from a newer format version is refused with exit 2 and a message that says to upgrade', async () => {
  const profile = join(scratch, 'reference.profile');
  await cli(['profile', '--reference-data', `${data}/reference.csv`, '--output', profile]);
  const raw = gunzipSync(readFileSync(profile)).toString('latin1');
  const newer = join(scratch, 'newer.profile');
  writeFileSync(
    newer,
    gzipSync(Buffer.from(raw.replace(/"formatVersion":\d+/, '"formatVersion":7'), 'latin1')),
  );
  const result = await cli(['check', '--reference-profile', newer, ...rest]);
  assert.equal(result.code, 2);
  assert.match(
    result.err,
    /newer\.profile: profile format version 7 was written by a newer drift-sentinel .* Upgrade drift-sentinel/,
  );
});

test('check refuses no reference and two references, naming the options', async () => {
  const none = await cli(['check', ...rest]);
  assert.equal(none.code, 2);
  assert.match(
    none.err,
    /No reference given; expected one of reference-data, reference-profile, reference-table or reference-query/,
  );
  const two = await cli([
    'check',
    '--reference-data',
    `${data}/reference.csv`,
    '--reference-profile',
    'x.profile',
    ...rest,
  ]);
  assert.equal(two.code, 2);
  assert.match(
    two.err,
    /Several references given \(reference-data, reference-profile\); expected exactly one/,
  );
  const files = await cli(['check', '--reference-table', 'ref', ...rest]);
  assert.match(
    files.err,
    /reference-table needs an engine that runs SQL; expected engine duckdb or postgres, got files/,
  );
});

test('a promoted retraining with --profile-output writes the exact profile of the new training set', async () => {
  const output = join(scratch, 'promoted.profile');
  const result = await cli([
    'retrain',
    '--event-log',
    join(scratch, 'retrain-events.db'),
    '--reference-data',
    `${data}/reference.csv`,
    '--recent-data',
    `${data}/recent.csv`,
    '--recent-actuals',
    `${data}/actuals.npy`,
    '--target-column',
    'price',
    '--train-command',
    `${JSON.stringify(process.execPath)} examples/train/train.mjs`,
    '--profile-output',
    output,
    '--new-reference',
    'training-data',
  ]);
  assert.equal(result.code, 0, result.err);
  assert.match(
    result.out,
    /Reference profile of the new reference data \(training-data\): .*promoted\.profile \(\d+ bytes\)/,
  );
  const header = gunzipSync(readFileSync(output)).toString('latin1');
  assert.match(header, /"mode":"exact"/);
  assert.match(header, /"rowCount":2600/);
});
