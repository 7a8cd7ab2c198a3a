/**
 * Builds dist/: the action (dist/index.js), the CLI (dist/cli.js) and the library
 * (dist/lib.js), ESM because the @actions toolkit packages are ESM-only, plus the
 * better-sqlite3 prebuilt binaries for the GitHub-hosted runner platforms, which the
 * event log loads with `nativeBinding` resolved from import.meta.url.
 *
 * Usage: node scripts/bundle.ts [outdir]   (default dist; the check-dist test builds
 * into a temporary directory and compares).
 */
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outdir = resolve(process.argv[2] ?? join(root, 'dist'));

/** Platforms of GitHub-hosted runners (ubuntu x64/arm64, macOS arm64/intel, Windows x64/arm64). */
export const RUNNER_PREBUILDS = [
  'linux-x64',
  'linux-arm64',
  'darwin-x64',
  'darwin-arm64',
  'win32-x64',
  'win32-arm64',
] as const;

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'src/action/index.ts',
    cli: 'src/cli/main.ts',
    lib: 'src/index.ts',
    // Loaded by analyzeDriftInParallel with new Worker(new URL('./feature-worker.js', import.meta.url)).
    'feature-worker': 'src/detect/feature-worker.ts',
    // Loaded by analyzeDriftReadingColumns (the Parquet column scan) the same way.
    'parquet-column-worker': 'src/engines/parquet-column-worker.ts',
  },
  outdir,
  bundle: true,
  // No code splitting: each entry is one self-contained file, so import.meta.url in
  // every bundled module is dist/<entry>.js and dist/prebuilds/ resolves next to it.
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  // CommonJS dependencies (better-sqlite3, @azure/*) call require(); give them one.
  banner: {
    js: "import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);",
  },
  // DuckDB's native binary is ~68 MB per platform, four times the bundle budget: the
  // engine imports it on demand from an installed @duckdb/node-api (src/engines/duckdb.ts).
  external: ['@duckdb/node-api'],
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: false,
});
await mkdir(join(outdir, 'prebuilds'), { recursive: true });
for (const target of RUNNER_PREBUILDS) {
  await copyFile(
    join(root, 'node_modules/better-sqlite3/prebuilds', `${target}.node`),
    join(outdir, 'prebuilds', `${target}.node`),
  );
}
console.log(`bundled into ${outdir}`);
