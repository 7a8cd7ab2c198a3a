import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { type HeadlessBrowser, launchBrowser } from './browser.ts';

let browser: HeadlessBrowser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

test('a self-contained page opens with no recorded problems and its DOM is readable', async () => {
  const opened = await browser.openHtml(
    `<!doctype html><html><head><meta charset="utf-8"><style>p{color:red}</style></head>
     <body><p id="x">hello</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
     <script>document.getElementById('x').textContent += ' world';</script></body></html>`,
  );
  try {
    assert.deepEqual(opened.allProblems(), []);
    assert.equal(await opened.page.$eval('#x', (element) => element.textContent), 'hello world');
    assert.ok(opened.loadMs >= 0 && opened.loadMs < 30_000, `load took ${opened.loadMs} ms`);
  } finally {
    await opened.page.close();
  }
});

test('network requests, console errors and uncaught exceptions are all recorded', async () => {
  const opened = await browser.openHtml(
    `<!doctype html><html><body>
     <img src="https://example.com/tracker.png">
     <link rel="stylesheet" href="http://127.0.0.1:9/style.css">
     <script>console.error('something broke'); throw new Error('uncaught here');</script>
     </body></html>`,
  );
  try {
    const { failedRequests, consoleErrors, pageErrors } = opened.problems;
    assert.ok(
      failedRequests.some((line) => line.includes('https://example.com/tracker.png')),
      failedRequests.join('\n'),
    );
    assert.ok(
      failedRequests.some((line) => line.includes('http://127.0.0.1:9/style.css')),
      failedRequests.join('\n'),
    );
    assert.ok(consoleErrors.includes('something broke'), consoleErrors.join('\n'));
    assert.ok(
      pageErrors.some((text) => text.includes('uncaught here')),
      pageErrors.join('\n'),
    );
  } finally {
    await opened.page.close();
  }
});

test('a missing local file referenced by the page is recorded as a failed request', async () => {
  const opened = await browser.openHtml(
    `<!doctype html><html><body><script src="does-not-exist.js"></script></body></html>`,
  );
  try {
    assert.ok(
      opened.problems.failedRequests.some((line) => line.includes('does-not-exist.js')),
      opened.problems.failedRequests.join('\n'),
    );
  } finally {
    await opened.page.close();
  }
});

test('closing the browser ends its process and removes its profile directory', async () => {
  const own = await launchBrowser();
  const child = own.browser.process();
  assert.ok(child?.pid, 'the browser runs as a child process');
  const profileArg = child.spawnargs.find((arg) => arg.startsWith('--user-data-dir='));
  assert.ok(profileArg, `a fresh --user-data-dir is passed: ${child.spawnargs.join(' ')}`);
  const profileDir = profileArg.slice('--user-data-dir='.length);
  assert.ok(existsSync(profileDir));
  await own.close();
  await own.close();
  assert.equal(existsSync(profileDir), false);
  assert.ok(child.exitCode !== null || child.signalCode !== null, 'the process has exited');
});
