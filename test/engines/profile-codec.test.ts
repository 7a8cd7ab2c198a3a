import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { constants, gunzipSync, gzipSync, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { encodeFloatArray } from '../../src/engines/float-array-codec.ts';

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
    new RegExp(
      `ref\\.profile: profile format version ${PROFILE_FORMAT_VERSION + 1} was written by a newer drift-sentinel \\(0\\.1\\.0\\); this one reads up to version ${PROFILE_FORMAT_VERSION}\\. Upgrade drift-sentinel`,
    ),
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

test('profiles of format version 1 are still read, with the same report as the data', () => {
  // Written by drift-sentinel 0.1.0 (format version 1: raw float64 arrays, gzip level 6)
  // from examples/data/reference.csv, toolVersion 0.1.0 and contentHash sha256:abc.
  const exact = decodeProfile(
    readFileSync('test/fixtures/profiles/reference-exact-v1.profile'),
    'reference-exact-v1.profile',
  );
  assert.deepEqual(
    exact,
    profileTable(reference, { toolVersion: '0.1.0', contentHash: 'sha256:abc' }),
  );
  assert.equal(
    renderJson(analyzeDriftAgainstProfile({ reference: exact, recent })),
    renderJson(analyzeDrift({ reference, recent })),
  );
  const compact = decodeProfile(
    readFileSync('test/fixtures/profiles/reference-compact-v1.profile'),
    'reference-compact-v1.profile',
  );
  assert.deepEqual(
    compact,
    profileTable(reference, { toolVersion: '0.1.0', mode: 'compact', maxRankError: 0.01 }),
  );
});

test('a version 2 profile is a gzip stream whose header a version 1 reader finds and refuses by its version', () => {
  const raw = gunzipSync(encodeProfile(profileTable(reference, { toolVersion: '0.2.0' })));
  assert.equal(raw.subarray(0, 23).toString('latin1'), 'drift-sentinel profile\n');
  const headerLength = raw.readUInt32LE(23);
  const header = JSON.parse(raw.subarray(27, 27 + headerLength).toString('utf8'));
  assert.equal(header.formatVersion, 2);
  // What the version 1 reader checked before reading any array.
  assert.ok(header.formatVersion > 1 && header.toolVersion === '0.2.0');
});

test('a version 2 profile is smaller than version 1 and its arrays are encoded by kind', () => {
  const profile = profileTable(reference, { toolVersion: '0.1.0', contentHash: 'sha256:abc' });
  const bytes = encodeProfile(profile);
  const v1 = readFileSync('test/fixtures/profiles/reference-exact-v1.profile');
  assert.ok(bytes.length < v1.length, `${bytes.length} bytes against ${v1.length}`);
  const raw = gunzipSync(bytes);
  const header = JSON.parse(raw.subarray(27, 27 + raw.readUInt32LE(23)).toString('utf8'));
  const sqft = header.columns.find((c: { name: string }) => c.name === 'sqft');
  assert.deepEqual(sqft.values.counts.encoding, { kind: 'decimal', scale: 0 });
});

test('a damaged version 2 profile is refused naming the file and what is wrong', () => {
  const bytes = encodeProfile(profileTable(reference, { toolVersion: '0.1.0' }));
  const raw = gunzipSync(bytes);
  // Cut the zstd frame short.
  assert.throws(
    () => decodeProfile(gzipSync(raw.subarray(0, raw.length - 100)), 'cut.profile'),
    /cut\.profile: damaged profile: its arrays do not decompress \(zstd: /,
  );
  // A column whose counts no longer add up to its values.
  const headerLength = raw.readUInt32LE(23);
  const text = raw.subarray(27, 27 + headerLength).toString('latin1');
  const changed = text.replace(/"count":(\d+)/, (_, n) => `"count":${Number(n) + 1}`);
  const header = Buffer.from(changed, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const rest = raw.subarray(27 + headerLength);
  const padding = (8 - ((27 + header.length) % 8)) % 8;
  const oldPadding = (8 - ((27 + headerLength) % 8)) % 8;
  const rebuilt = Buffer.concat([
    raw.subarray(0, 23),
    length,
    header,
    Buffer.alloc(padding),
    rest.subarray(oldPadding),
  ]);
  assert.throws(
    () => decodeProfile(gzipSync(rebuilt), 'counts.profile'),
    /counts\.profile: damaged profile: column '.+' has \d+ values with \d+ counts adding to \d+; expected counts adding to its \d+ values\./,
  );
});

test('a profile that would take more memory than allowed is refused, at each stage, before it is held', () => {
  const bytes = encodeProfile(profileTable(reference, { toolVersion: '0.1.0' }));
  const raw = gunzipSync(bytes);
  const headerEnd = 27 + raw.readUInt32LE(23);
  const binary = zstdDecompressSync(raw.subarray(headerEnd + ((8 - (headerEnd % 8)) % 8)));
  const tooLarge =
    /big\.profile: the profile would take more than [\d.]+ (bytes|KiB) to read \(DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES, by default half of this machine's memory\); expected a profile written by 'drift-sentinel profile' for data that fits here, or a compact one \(--profile-mode compact\)\./;
  // The gzip stream (a file that inflates without end), the zstd frame of the arrays,
  // and the sorted values the arrays expand to.
  for (const maxBytes of [raw.length - 1, binary.length - 1, binary.length + 1]) {
    assert.ok(maxBytes > 0);
    assert.throws(() => decodeProfile(bytes, 'big.profile', { maxBytes }), tooLarge, `${maxBytes}`);
  }
  assert.ok(decodeProfile(bytes, 'fits.profile', { maxBytes: 1 << 20 }).columns.length > 0);
});

test('a header claiming a trillion values is refused before they are allocated', () => {
  // One distinct value said to occur 10^12 times: 8 TB of sorted values, from 40 bytes.
  const distinct = encodeFloatArray(Float64Array.of(1), { kind: 'decimal', scale: 0 });
  const counts = encodeFloatArray(Float64Array.of(1e12), { kind: 'decimal', scale: 0 });
  const array = (offset: number, bytes: Uint8Array) => ({
    offset,
    length: 1,
    bytes: bytes.length,
    encoding: { kind: 'decimal', scale: 0 },
  });
  const header = Buffer.from(
    JSON.stringify({
      format: 'drift-sentinel-profile',
      formatVersion: 2,
      mode: 'exact',
      toolVersion: '0.1.0',
      source: { name: 'x.csv', contentHash: null, rowCount: 1e12 },
      columns: [
        {
          kind: 'numeric',
          name: 'x',
          rowCount: 1e12,
          missing: 0,
          count: 1e12,
          mean: 1,
          standardDeviation: 0,
          distinct: 1,
          integerValued: true,
          order: 'none',
          values: { distinct: array(0, distinct), counts: array(distinct.length, counts) },
        },
      ],
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const headerEnd = 27 + header.length;
  const file = gzipSync(
    Buffer.concat([
      Buffer.from('drift-sentinel profile\n', 'latin1'),
      length,
      header,
      Buffer.alloc((8 - (headerEnd % 8)) % 8),
      zstdCompressSync(Buffer.concat([distinct, counts])),
    ]),
    { level: constants.Z_NO_COMPRESSION },
  );
  assert.throws(
    () => decodeProfile(file, 'claims.profile', { maxBytes: 1 << 30 }),
    /claims\.profile: the profile would take more than 1\.0 GiB to read/,
  );
});
