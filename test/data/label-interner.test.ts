import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CsvColumnBuilder, LabelInterner } from '../../src/data/csv-column-builder.ts';

test('the label interner gives each distinct byte sequence one code, in order of first sight, through many rehashes', () => {
  const interner = new LabelInterner();
  const labels = Array.from({ length: 20_000 }, (_, i) => `label-${(i * 7919) % 20_000}`);
  const codes = new Map<string, number>();
  for (const label of [...labels, ...labels]) {
    const bytes = Buffer.from(`,${label},`);
    let code = interner.find(bytes, 1, bytes.length - 1);
    if (code < 0) {
      assert.ok(!codes.has(label), label);
      code = interner.add(bytes, 1, bytes.length - 1);
      assert.equal(code, codes.size);
      codes.set(label, code);
    }
    assert.equal(code, codes.get(label), label);
  }
  assert.equal(interner.size, 20_000);
});

test('labels that are prefixes of each other, empty or non-ASCII stay apart', () => {
  const interner = new LabelInterner();
  const labels = ['', 'a', 'ab', 'abc', 'café', 'cafe', 'cafè', '日本', 'ba'];
  for (const label of labels) {
    const bytes = Buffer.from(label);
    assert.equal(interner.find(bytes, 0, bytes.length), -1, label);
    interner.add(bytes, 0, bytes.length);
  }
  labels.forEach((label, i) => {
    const bytes = Buffer.from(`x${label}y`);
    assert.equal(interner.find(bytes, 1, bytes.length - 1), i, label);
  });
});

test('a label read as text and the same label read as bytes get one code in a column', () => {
  const column = new CsvColumnBuilder('plan', 8, 'categorical');
  const row = Buffer.from('pro,"say ""hi""",basic');
  column.setLabelBytes(0, row, 0, 3);
  column.setLabel(1, 'say "hi"');
  column.setLabel(2, 'pro');
  column.setLabelBytes(3, row, 17, 22);
  column.setLabel(4, 'basic');
  const finished = column.finish(5);
  assert.equal(finished.kind, 'categorical');
  if (finished.kind !== 'categorical') return;
  assert.deepEqual(finished.categories, ['pro', 'say "hi"', 'basic']);
  assert.deepEqual([...finished.codes], [0, 1, 0, 2, 2]);
});
