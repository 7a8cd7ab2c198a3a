import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { firstInvalidUtf8, utf8Chunks } from '../../src/data/decode-text-chunks.ts';
import { loadCsv } from '../../src/data/load-csv.ts';
import { InputError } from '../../src/shared/input-error.ts';

async function* fromChunks(chunks: Buffer[]): AsyncGenerator<Buffer> {
  yield* chunks;
}

/** Runs utf8Chunks over `chunks`; lineOf counts newlines in their concatenation. */
async function decode(chunks: Buffer[], encoding?: string): Promise<string> {
  const whole = Buffer.concat(chunks);
  const lineOf = async (offset: number) =>
    whole.subarray(0, offset).toString('latin1').split('\n').length;
  const out: Buffer[] = [];
  for await (const chunk of utf8Chunks(fromChunks(chunks), { source: 'f.csv', encoding, lineOf })) {
    out.push(chunk);
  }
  return Buffer.concat(out).toString('utf8');
}

const rejectsWith = (promise: Promise<unknown>, message: string | RegExp) =>
  assert.rejects(promise, (error: Error) => {
    assert.ok(error instanceof InputError, String(error));
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });

test('UTF-8 passes unchanged even when a chunk boundary cuts a character in two', async () => {
  const bytes = Buffer.from('name\ncafé\n€uro\n😀\n', 'utf8');
  for (let cut = 1; cut < bytes.length; cut++) {
    const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)];
    assert.equal(await decode(chunks), 'name\ncafé\n€uro\n😀\n', `cut at ${cut}`);
  }
  // One byte per chunk: every multi-byte character spans three or four chunks.
  assert.equal(await decode([...bytes].map((b) => Buffer.from([b]))), 'name\ncafé\n€uro\n😀\n');
});

test('invalid UTF-8 fails with its line and byte offset, also in a later chunk', async () => {
  const latin1 = Buffer.from('name\ncafe\ncaf\xe9\n', 'latin1');
  const expected =
    "f.csv: invalid UTF-8 at line 3, byte offset 13 (bytes E9 0A); expected UTF-8 text. If the file is in another encoding (Latin-1, Windows-1252, UTF-16...), set the encoding option (--encoding in the CLI, 'encoding' in the action) to the file's encoding, or convert the file to UTF-8.";
  await rejectsWith(decode([latin1]), expected);
  await rejectsWith(decode([latin1.subarray(0, 11), latin1.subarray(11)]), expected);
  // A cut sequence at the very end of the data.
  await rejectsWith(
    decode([Buffer.from([0x61, 0x0a, 0xe2, 0x82])]),
    /at line 2, byte offset 2 \(bytes E2 82\)/,
  );
});

test('firstInvalidUtf8 refuses overlong forms, surrogates and code points above U+10FFFF', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('ok é € 😀', 'utf8')), Buffer.byteLength('ok é € 😀'));
  for (const bad of [
    [0xc0, 0xaf],
    [0xe0, 0x80, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0x80],
  ]) {
    assert.equal(firstInvalidUtf8(Buffer.from([0x41, ...bad])), 1, bad.join(' '));
  }
});

test('a UTF-16 file read as UTF-8 is named, with or without a byte order mark', async () => {
  const text = 'sqft,neighborhood\n2452,Riverside\n';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  await rejectsWith(
    decode([Buffer.concat([Buffer.from([0xff, 0xfe]), le])]),
    /^f\.csv: the file is UTF-16LE \(byte order mark FF FE\), not UTF-8; expected UTF-8 text\. Set the encoding option to utf-16le/,
  );
  await rejectsWith(
    decode([Buffer.concat([Buffer.from([0xfe, 0xff]), be])]),
    /the file is UTF-16BE \(byte order mark FE FF\)/,
  );
  await rejectsWith(decode([le]), /the file is UTF-16LE \(no byte order mark/);
  await rejectsWith(decode([be]), /the file is UTF-16BE \(no byte order mark/);
});

test('a declared encoding is decoded: latin1 keeps café and cafè apart, utf-16le drops its byte order mark', async () => {
  assert.equal(await decode([Buffer.from('caf\xe9,caf\xe8\n', 'latin1')], 'latin1'), 'café,cafè\n');
  assert.equal(
    await decode(
      [Buffer.from('€\n', 'utf8').subarray(0, 0), Buffer.from([0x80, 0x0a])],
      'windows-1252',
    ),
    '€\n',
  );
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,é\n', 'utf16le')]);
  // Cut inside a UTF-16 code unit.
  assert.equal(await decode([le.subarray(0, 3), le.subarray(3)], 'utf-16le'), 'a,é\n');
  await rejectsWith(
    decode([Buffer.from([0x41, 0x00, 0x00, 0xd8, 0x41, 0x00])], 'utf-16le'),
    /not valid utf-16le text/,
  );
});

test('loadCsv of a Latin-1 file fails naming the line unless the encoding is declared, then keeps its categories apart (also gzip)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'encoding-'));
  try {
    const bytes = Buffer.from('city\ncaf\xe9\ncaf\xe8\ncaf\xe9\n', 'latin1');
    const file = join(dir, 'latin1.csv');
    writeFileSync(file, bytes);
    writeFileSync(`${file}.gz`, gzipSync(bytes));
    for (const path of [file, `${file}.gz`]) {
      await rejectsWith(
        loadCsv(path),
        new RegExp(
          `^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: invalid UTF-8 at line 2, byte offset 8 `,
        ),
      );
      const table = await loadCsv(path, { encoding: 'latin1' });
      const city = table.columns[0];
      assert.equal(city.kind, 'categorical');
      assert.deepEqual([...new Set(city.kind === 'categorical' ? city.categories : [])].sort(), [
        'cafè',
        'café',
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
