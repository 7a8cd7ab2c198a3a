import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  fileFingerprint,
  inputFingerprints,
  textFingerprint,
} from '../../src/action/input-fingerprints.ts';

const sha256 = (bytes: string | Buffer) =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

test('a file fingerprint is the SHA-256 of its bytes, whatever its name or modification time', async () => {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
  const a = path.join(dir, 'a.csv');
  const b = path.join(dir, 'b.csv');
  fs.writeFileSync(a, 'x,y\n1,2\n');
  fs.writeFileSync(b, 'x,y\n1,2\n');
  fs.utimesSync(b, new Date('2020-01-01'), new Date('2020-01-01'));
  assert.equal(await fileFingerprint(a), sha256('x,y\n1,2\n'));
  assert.equal(await fileFingerprint(a), await fileFingerprint(b));
  fs.writeFileSync(b, 'x,y\n1,3\n');
  assert.notEqual(await fileFingerprint(a), await fileFingerprint(b));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('inputFingerprints hashes the reference file (or profile) and the baseline file, and inline baseline JSON as text', async () => {
  const reference = 'examples/data/reference.csv';
  const baseline = 'examples/data/baseline-metrics.json';
  assert.deepEqual(
    await inputFingerprints({ referenceData: reference, baselineMetrics: baseline }),
    {
      reference: sha256(fs.readFileSync(reference)),
      baseline: sha256(fs.readFileSync(baseline)),
    },
  );
  const inline = await inputFingerprints({
    referenceData: reference,
    baselineMetrics: '{"r2": 0.9}',
  });
  assert.equal(inline.baseline, textFingerprint('baseline:{"r2": 0.9}'));
  const profiled = await inputFingerprints({
    referenceProfile: baseline,
    referenceData: reference,
  });
  assert.equal(
    profiled.reference,
    sha256(fs.readFileSync(baseline)),
    'the profile is what the check reads',
  );
});

test('a warehouse reference is fingerprinted by its table name or query text, and no reference gives null', async () => {
  assert.equal(
    (await inputFingerprints({ referenceTable: 'ml.reference' })).reference,
    textFingerprint('table:ml.reference'),
  );
  assert.equal(
    (await inputFingerprints({ referenceQuery: 'SELECT * FROM t' })).reference,
    textFingerprint('query:SELECT * FROM t'),
  );
  assert.deepEqual(await inputFingerprints({}), { reference: null, baseline: null });
});
