import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';

import { loadCsv } from '../../src/data/load-csv.ts';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { renderJson } from '../../src/report/render-json.ts';
import {
  decodeProfile,
  encodeProfile,
  PROFILE_FORMAT_VERSION,
} from '../../src/engines/profile-codec.ts';
import { profileTable } from '../../src/profile/saved-profile.ts';
import { analyzeDriftAgainstProfile } from '../../src/detect/analyze-drift-against-profile.ts';

const reference = await loadCsv('examples/data/reference.csv');
const recent = await loadCsv('examples/data/recent.csv');

test('an exact profile survives encoding bit for bit, and the check against it equals the check against the data', () => {
  const profile = profileTable(reference, { toolVersion: '0.1.0', contentHash: 'sha256:abc' });
  const decoded = decodeProfile(encodeProfile(profile), 'reference.profile');
  assert.deepEqual(decoded, profile);
  const fromData = renderJson(analyzeDrift({ reference, recent }));
  const fromProfile = renderJson(analyzeDriftAgainstProfile({ reference: decoded, recent }));
  assert.equal(fromProfile, fromData);
});

test('a compact profile survives encoding with its sketches and their bounds', () => {
  const profile = profileTable(reference, {
    toolVersion: '0.1.0',
    mode: 'compact',
    maxRankError: 0.01,
  });
  const decoded = decodeProfile(encodeProfile(profile), 'reference.profile');
  assert.deepEqual(decoded, profile);
  const sqft = decoded.columns.find((c) => c.name === 'sqft');
  assert.ok(sqft?.kind === 'numeric' && sqft.sketch && sqft.sketch.rankErrorBound <= 0.01);
  assert.equal(sqft.sorted.length, 0);
});

test('a profile from a newer format version is refused with both versions and what to do', () => {
  const bytes = encodeProfile(profileTable(recent, { toolVersion: '0.1.0' }));
  const raw = gunzipSync(bytes).toString('latin1');
  const newer = gzipSync(
    Buffer.from(
      raw.replace(
        `"formatVersion":${PROFILE_FORMAT_VERSION}`,
        `"formatVersion":${PROFILE_FORMAT_VERSION + 1}`,
      ),
      'latin1',
    ),
  );
  assert.throws(
    () => decodeProfile(newer, 'ref.profile'),
    /ref\.profile: profile format version 2 was written by a newer drift-sentinel \(0\.1\.0\); this one reads up to version 1\. Upgrade drift-sentinel/,
  );
});

test('a file that is not a profile is refused naming the file and what was expected', () => {
  assert.throws(
    () => decodeProfile(Buffer.from('sqft,age\n1,2\n'), 'data.csv'),
    /data\.csv: not a drift-sentinel profile \(gzip: .*\); expected a file written by 'drift-sentinel profile'/,
  );
  assert.throws(
    () => decodeProfile(gzipSync('sqft,age\n1,2\n'), 'data.csv.gz'),
    /data\.csv\.gz: not a drift-sentinel profile \(starts with "sqft,age\\n1,2\\n"\)/,
  );
});
