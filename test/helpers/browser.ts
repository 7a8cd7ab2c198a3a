/**
 * Opens pages in a real, throw-away headless Chromium (Debian's `chromium` package at
 * /usr/bin/chromium, driven by puppeteer-core; `.ci/run` installs it) the way a person
 * would see them, and records everything that went wrong while they loaded.
 *
 * The reports drift-sentinel writes must work offline, so every request that is not
 * `file:` or `data:` is blocked and recorded as a failure: a test asserts the failure
 * list is empty rather than relying on the sandbox having no network. Console errors and
 * uncaught page errors are recorded too, so a test can fail on any of them.
 *
 * Each browser gets a fresh `--user-data-dir` (no profile, cache or extension state
 * leaks between tests) that `close()` removes. The flags switch off everything Chromium
 * would otherwise fetch in the background (component updates, sync, QUIC probes).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Where Debian's `chromium` package installs the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  // CI runs as root, where Chromium refuses its sandbox; the pages are our own files.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Schemes a self-contained page may load from; anything else is a failure. */
const ALLOWED_SCHEMES = ['file:', 'data:'];

/** What went wrong while a page loaded and ran, recorded until the page is closed. */
export interface PageProblems {
  /** Requests that were blocked (not file:/data:) or failed (e.g. a missing file). */
  readonly failedRequests: string[];
  /** Text of every `console.error` (and Chromium's own error-level console messages). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[];
}

/** A page opened by {@link HeadlessBrowser.open}, with what went wrong while it loaded. */
export interface OpenedPage {
  readonly page: Page;
  readonly problems: PageProblems;
  /** Milliseconds from navigation start until the `load` event, measured by the browser. */
  readonly loadMs: number;
  /** All problems as one list, empty when the page loaded cleanly. */
  allProblems(): string[];
}

export interface OpenOptions {
  /** Viewport width in CSS pixels (default 1280). */
  readonly width?: number;
  /** Viewport height in CSS pixels (default 800). */
  readonly height?: number;
  /** Navigation timeout in milliseconds (default 30 000). */
  readonly timeoutMs?: number;
}

/** A running headless Chromium. */
export interface HeadlessBrowser {
  readonly browser: Browser;
  /** Opens a local file (absolute path) and waits for its `load` event. */
  openFile(path: string, options?: OpenOptions): Promise<OpenedPage>;
  /** Writes `html` to a file in the browser's temporary directory and opens it. */
  openHtml(html: string, options?: OpenOptions): Promise<OpenedPage>;
  /** Closes the browser and removes its profile directory. Safe to call twice. */
  close(): Promise<void>;
}

/** True when Debian's chromium is installed, for tests to say why they skip. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Starts headless Chromium with a fresh profile directory. */
export async function launchBrowser(): Promise<HeadlessBrowser> {
  if (!chromiumAvailable()) {
    throw new Error(
      `launchBrowser: no browser at ${CHROMIUM_PATH}; expected Debian's chromium package (apt-get install -y chromium, as .ci/run does).`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'drift-sentinel-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--user-data-dir=${join(dir, 'profile')}`],
    // Puppeteer's own defaults add flags we list ourselves; keep the command line ours.
    ignoreDefaultArgs: ['--enable-automation'],
  });
  let pageCount = 0;
  let closed = false;

  async function open(url: string, options: OpenOptions = {}): Promise<OpenedPage> {
    const page = await browser.newPage();
    await page.setViewport({ width: options.width ?? 1280, height: options.height ?? 800 });
    const problems: PageProblems = { failedRequests: [], consoleErrors: [], pageErrors: [] };
    const blocked = new Set<string>();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const requestUrl = request.url();
      if (ALLOWED_SCHEMES.some((scheme) => requestUrl.startsWith(scheme))) {
        void request.continue();
      } else {
        blocked.add(requestUrl);
        problems.failedRequests.push(`blocked ${request.method()} ${requestUrl}`);
        void request.abort('blockedbyclient');
      }
    });
    page.on('requestfailed', (request) => {
      if (blocked.has(request.url())) return;
      problems.failedRequests.push(
        `failed ${request.url()}: ${request.failure()?.errorText ?? 'unknown error'}`,
      );
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => {
      problems.pageErrors.push(error instanceof Error ? error.message : String(error));
    });
    await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs ?? 30_000 });
    // The tsconfig has no DOM library, so the timing is read by a string expression.
    // `loadEventEnd` is 0 until every load handler has returned; then "now" is the bound.
    const loadMs = (await page.evaluate(`(() => {
      const entry = performance.getEntriesByType('navigation')[0];
      if (!entry) return Number.NaN;
      return (entry.loadEventEnd || performance.now()) - entry.startTime;
    })()`)) as number;
    return {
      page,
      problems,
      loadMs,
      allProblems: () => [
        ...problems.failedRequests,
        ...problems.consoleErrors.map((text) => `console error: ${text}`),
        ...problems.pageErrors.map((text) => `page error: ${text}`),
      ],
    };
  }

  return {
    browser,
    openFile: (path, options) => open(pathToFileURL(path).href, options),
    openHtml(html, options) {
      pageCount += 1;
      const file = join(dir, `page-${pageCount}.html`);
      writeFileSync(file, html);
      return open(pathToFileURL(file).href, options);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await Promise.race([
          browser.close(),
          new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
        ]);
      } finally {
        // A browser that did not close in time is killed by its process id, never by name.
        const child = browser.process();
        if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
