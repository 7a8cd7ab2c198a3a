import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { resolveNativeBinding } from '../../src/events/native-binding.ts';
import { openEventLog } from '../../src/events/open-event-log.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'drift-sentinel-binding-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

/** A fake bundle: `dist/index.js` with empty files standing in for the binaries. */
function fakeBundle(binaries: string[]): { baseUrl: string; prebuilds: string } {
  const dist = fs.mkdtempSync(path.join(root, 'dist-'));
  const prebuilds = path.join(dist, 'prebuilds');
  fs.mkdirSync(prebuilds);
  for (const name of binaries) fs.writeFileSync(path.join(prebuilds, `${name}.node`), '');
  return { baseUrl: pathToFileURL(path.join(dist, 'index.js')).href, prebuilds };
}

test('resolveNativeBinding maps platform and arch to prebuilds/<platform>-<arch>.node next to the bundle', () => {
  const { baseUrl, prebuilds } = fakeBundle(['linux-x64', 'darwin-arm64', 'win32-x64']);
  assert.equal(
    resolveNativeBinding(baseUrl, 'linux', 'x64', 'glibc'),
    path.join(prebuilds, 'linux-x64.node'),
  );
  assert.equal(
    resolveNativeBinding(baseUrl, 'darwin', 'arm64'),
    path.join(prebuilds, 'darwin-arm64.node'),
  );
  assert.equal(
    resolveNativeBinding(baseUrl, 'win32', 'x64'),
    path.join(prebuilds, 'win32-x64.node'),
  );
});

test('resolveNativeBinding names the musl build of Linux linuxmusl-<arch>', () => {
  const { baseUrl, prebuilds } = fakeBundle(['linux-arm64', 'linuxmusl-arm64']);
  assert.equal(
    resolveNativeBinding(baseUrl, 'linux', 'arm64', 'musl'),
    path.join(prebuilds, 'linuxmusl-arm64.node'),
  );
});

test('resolveNativeBinding throws naming the platform and listing the binaries that exist', () => {
  const { baseUrl } = fakeBundle(['linux-x64', 'darwin-arm64']);
  assert.throws(
    () => resolveNativeBinding(baseUrl, 'linux', 'riscv64', 'glibc'),
    /No SQLite binary for platform linux-riscv64 \(glibc\): .*linux-riscv64\.node does not exist\. Available in .*prebuilds: darwin-arm64, linux-x64\./,
  );
  assert.throws(
    () => resolveNativeBinding(baseUrl, 'freebsd', 'x64'),
    /No SQLite binary for platform freebsd-x64: .* Available in .*: darwin-arm64, linux-x64\./,
  );
});

test('resolveNativeBinding rejects a base that is not a file: URL', () => {
  assert.throws(
    () => resolveNativeBinding('/action/dist/index.js', 'linux', 'x64', 'glibc'),
    /Invalid baseUrl: "\/action\/dist\/index\.js"\. Expected a file: URL such as import\.meta\.url\./,
  );
});

test('an event log opens with the binary resolved from a bundle copy of better-sqlite3 prebuilds', () => {
  const packageJson = createRequire(import.meta.url).resolve('better-sqlite3/package.json');
  const source = path.join(path.dirname(packageJson), 'prebuilds');
  const dist = fs.mkdtempSync(path.join(root, 'bundle-'));
  fs.cpSync(source, path.join(dist, 'prebuilds'), { recursive: true });

  // The running machine's own platform, libc detected: this is what the action does.
  const binding = resolveNativeBinding(pathToFileURL(path.join(dist, 'index.js')).href);
  assert.equal(path.dirname(binding), path.join(dist, 'prebuilds'));
  const log = openEventLog(path.join(dist, 'events.db'), { nativeBinding: binding });
  log.createRetrainingEvent({ triggerType: 'manual' });
  assert.deepEqual(log.counts(), { events: 1, checks: 0 });
  log.close();
});
