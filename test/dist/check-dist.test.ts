/**
 * The committed dist/ is what runners execute (action.yml `main: dist/index.js`), so it
 * must be exactly what `npm run bundle` makes from the committed sources: a fresh build
 * into a temporary directory is compared with dist/ file by file, byte for byte.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const committed = join(root, 'dist');

/** Relative paths of every file below `dir`, sorted, with `/` separators. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

let fresh: string;

before(async () => {
  fresh = join(mkdtempSync(join(tmpdir(), 'check-dist-')), 'dist');
  await promisify(execFile)(process.execPath, [join(root, 'scripts/bundle.ts'), fresh], {
    cwd: root,
  });
});
after(() => {
  rmSync(resolve(fresh, '..'), { recursive: true, force: true });
});

test('a fresh bundle has exactly the files of the committed dist/', () => {
  const expected = listFiles(fresh);
  assert.ok(expected.includes('index.js'), 'the build produced dist/index.js');
  assert.deepEqual(
    listFiles(committed),
    expected,
    'dist/ is stale: run `npm run bundle` and commit dist/',
  );
});

test('every file of a fresh bundle equals the committed one byte for byte', () => {
  const stale = listFiles(fresh).filter((file) => {
    let current: Buffer;
    try {
      current = readFileSync(join(committed, file));
    } catch {
      return true;
    }
    return !current.equals(readFileSync(join(fresh, file)));
  });
  assert.deepEqual(stale, [], 'dist/ is stale: run `npm run bundle` and commit dist/');
});
