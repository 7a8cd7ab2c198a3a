import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { CsvStreamParser, sniffDelimiter } from '../../src/data/csv-stream-parser.ts';
import { parseCsv } from '../../src/data/parse-csv.ts';
import { runCli } from '../../src/cli/main.ts';

const scratch = mkdtempSync(join(tmpdir(), 'ds-delimiter-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const bytes = (text: string) => Buffer.from(text, 'utf8');
const TAB = 0x09;

test('sniffDelimiter picks the most frequent separator of the header line outside quotes', () => {
  assert.equal(sniffDelimiter(bytes('a,b,c\n1;2;3;4;5\n'), false), 0x2c);
  assert.equal(sniffDelimiter(bytes('a\tb\tc\n'), false), TAB);
  assert.equal(sniffDelimiter(bytes('amount;qty;city\r\n91,98;9;Paris\r\n'), false), 0x3b);
  assert.equal(sniffDelimiter(bytes('a|b|c\n'), false), 0x7c);
  // Commas inside a quoted name do not count; blank lines before the header are skipped.
  assert.equal(sniffDelimiter(bytes('\n\n"x, y, z"\tb\n'), false), TAB);
  // A tie goes to the comma; a one-column file is comma-separated.
  assert.equal(sniffDelimiter(bytes('a,b;c\n'), false), 0x2c);
  assert.equal(sniffDelimiter(bytes('value\n1\n'), false), 0x2c);
});

test('sniffDelimiter waits for the end of the header line unless the input is complete', () => {
  assert.equal(sniffDelimiter(bytes('a\tb'), false), undefined);
  assert.equal(sniffDelimiter(bytes('a\tb'), true), TAB);
});

test('tab, semicolon and pipe files parse to the table of the comma file', () => {
  const comma = parseCsv('x,label,y\n1.5,a,-2\n2.5,"b;c",3\n');
  for (const sep of ['\t', ';', '|']) {
    const text = `x${sep}label${sep}y\n1.5${sep}a${sep}-2\n2.5${sep}"b;c"${sep}3\n`;
    assert.deepEqual(parseCsv(text), comma, JSON.stringify(sep));
  }
});

test('a tab file fed one byte at a time is still read as tab-separated', () => {
  const text = bytes('x\ty\n1\t2\n3\t4\n');
  const parser = new CsvStreamParser({ source: 'bytes' });
  for (let i = 0; i < text.length; i++) parser.write(text.subarray(i, i + 1));
  const { table } = parser.end();
  assert.deepEqual(
    table.columns.map((c) => c.name),
    ['x', 'y'],
  );
  assert.equal(table.rowCount, 2);
});

test('a given delimiter overrides the header: a comma file read as semicolon-separated has one column', () => {
  const table = parseCsv('a,b\n1,2\n', { delimiter: 'semicolon' });
  assert.deepEqual(
    table.columns.map((c) => c.name),
    ['a,b'],
  );
});

/** The JSON report of `check` on two files, with extra arguments. */
async function jsonReport(reference: string, recent: string, ...extra: string[]) {
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await runCli(
    [
      'check',
      '--no-event-log',
      '--reference-data',
      reference,
      '--recent-data',
      recent,
      '--format',
      'json',
      ...extra,
    ],
    { stdout, stderr },
  );
  assert.ok(code === 0 || code === 1, `exit ${code}: ${Buffer.concat(err).toString()}`);
  return Buffer.concat(out).toString('utf8');
}

/** The fixture as another separator (its cells hold no comma, quote or tab). */
function rewrite(path: string, sep: string, name: string): string {
  const target = join(scratch, name);
  writeFileSync(target, readFileSync(path, 'utf8').replaceAll(',', sep));
  return target;
}

test('check on TSV and semicolon copies of the data gives the CSV report byte for byte', async () => {
  const reference = 'test/fixtures/data/parquet/reference.csv';
  const recent = 'test/fixtures/data/parquet/recent.csv';
  const expected = await jsonReport(reference, recent);
  assert.match(expected, /"features"/);
  const tsv = await jsonReport(
    rewrite(reference, '\t', 'reference.tsv'),
    rewrite(recent, '\t', 'recent.tsv'),
  );
  assert.equal(tsv, expected);
  const semicolon = await jsonReport(
    rewrite(reference, ';', 'reference-semi.csv'),
    rewrite(recent, ';', 'recent-semi.csv'),
    '--delimiter',
    'semicolon',
  );
  assert.equal(semicolon, expected);
});

test('a semicolon file with decimal commas, as spreadsheets in much of Europe export it, gives the CSV report', async () => {
  const european = (path: string, name: string) => {
    const text = readFileSync(path, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) =>
        line
          .split(',')
          .map((cell) => (/^-?\d+\.\d+$/.test(cell) ? cell.replace('.', ',') : cell))
          .join(';'),
      )
      .join('\n');
    assert.match(text, /;\d+,\d+;/, 'the copy has decimal commas');
    const target = join(scratch, name);
    writeFileSync(target, `${text}\n`);
    return target;
  };
  const reference = 'test/fixtures/data/parquet/reference.csv';
  const recent = 'test/fixtures/data/parquet/recent.csv';
  assert.equal(
    await jsonReport(european(reference, 'reference-eu.csv'), european(recent, 'recent-eu.csv')),
    await jsonReport(reference, recent),
  );
});

test('in a comma-separated file a quoted decimal comma stays text (a comma may be a thousands separator there)', () => {
  const table = parseCsv('x\n"1,5"\n"2,5"\n');
  assert.equal(table.columns[0].kind, 'categorical');
});
