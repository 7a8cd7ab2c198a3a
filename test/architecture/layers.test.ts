/**
 * ARCHITECTURE.md's layer rules, checked on every import in src/: a folder imports only
 * the folders its row allows, pure folders import nothing that touches the outside
 * world, and nothing imports an entry point.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Folders each folder of src/ may import (besides itself). Keep in step with ARCHITECTURE.md. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  shared: [],
  stats: ['shared'],
  options: ['shared'],
  profile: ['stats', 'shared'],
  detect: ['profile', 'stats', 'options', 'shared'],
  report: ['detect', 'events', 'profile', 'stats', 'options', 'shared'],
  data: ['shared'],
  events: ['shared'],
  github: ['events', 'shared'],
  engines: ['data', 'detect', 'profile', 'stats', 'shared'],
  retrain: [
    'data',
    'detect',
    'events',
    'engines',
    'profile',
    'report',
    'stats',
    'options',
    'shared',
  ],
  action: [
    'data',
    'detect',
    'engines',
    'events',
    'github',
    'options',
    'profile',
    'report',
    'retrain',
    'stats',
    'shared',
  ],
  cli: [
    'data',
    'detect',
    'engines',
    'events',
    'github',
    'options',
    'profile',
    'report',
    'retrain',
    'stats',
    'shared',
  ],
};

/**
 * Type-only imports allowed across the rows above: the report shape is the contract the
 * event log records (events/event-log-records.ts), and the key metrics' shape is what
 * the report renders.
 */
const TYPE_ONLY_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  events: ['detect/drift-report.ts'],
  report: ['events/key-metrics.ts'],
};

/** Folders whose code must stay pure: values in, values out. */
const PURE = new Set(['shared', 'stats', 'options', 'profile', 'detect', 'report']);
/** Packages a pure folder may import: computation only, no files, network, processes. */
const PURE_PACKAGES = new Set([
  'node:os',
  'node:worker_threads',
  'simple-statistics',
  // The HTML report: the script's CSP hash, and ECharts drawing SVG strings without a DOM.
  'node:crypto',
  'echarts/core',
  'echarts/charts',
  'echarts/components',
  'echarts/renderers',
  // The terminal report: ANSI colours and display widths, computed on strings.
  'node:util',
  'string-width',
  'wrap-ansi',
]);

interface Import {
  readonly file: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const pattern = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm;
  for (const match of text.matchAll(pattern)) {
    found.push({ file, specifier: match[2], typeOnly: match[1] !== undefined });
  }
  // Dynamic imports load on demand but are arrows all the same.
  for (const match of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) {
    found.push({ file, specifier: match[1], typeOnly: false });
  }
  return found;
}

function folderOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? '' : parts[0];
}

const imports = [...sourceFiles(SRC)].flatMap(importsOf);

test('the import scanner sees the imports of src/', () => {
  assert.ok(imports.length > 200, `only ${imports.length} imports found`);
  assert.ok(imports.some((i) => i.typeOnly));
});

test('every folder of src/ has a row in the layer table', () => {
  const folders = new Set(imports.map((i) => folderOf(i.file)).filter((f) => f !== ''));
  for (const folder of folders) assert.ok(folder in ALLOWED, `src/${folder}/ has no layer row`);
});

test('each folder imports only the folders ARCHITECTURE.md allows it', () => {
  const violations: string[] = [];
  for (const { file, specifier, typeOnly } of imports) {
    if (!specifier.startsWith('.')) continue;
    const from = folderOf(file);
    if (from === '') continue; // src/index.ts, the library entry point, may import anything
    const target = relative(SRC, join(file, '..', specifier)).split(sep);
    const to = target.length === 1 ? '' : target[0];
    if (to === from) continue;
    // The package's own metadata (its version, for the event log and the reports) is
    // data bundled with the code, not a layer.
    if (target.join('/') === '../package.json') continue;
    const typeAllowed = typeOnly && (TYPE_ONLY_ALLOWED[from] ?? []).includes(target.join('/'));
    if (!ALLOWED[from]?.includes(to) && !typeAllowed) {
      violations.push(`${relative(SRC, file)} imports ${specifier}`);
    }
  }
  assert.deepEqual(violations, []);
});

test('pure folders import no files, network, processes or databases', () => {
  const violations = imports
    .filter((i) => PURE.has(folderOf(i.file)) && !i.specifier.startsWith('.') && !i.typeOnly)
    .filter((i) => !PURE_PACKAGES.has(i.specifier))
    .map((i) => `${relative(SRC, i.file)} imports ${i.specifier}`);
  assert.deepEqual(violations, []);
});
