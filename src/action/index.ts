/** Entry point of the bundled action (dist/index.js). */
import { run } from './main.ts';

// The unzip code that @actions/artifact bundles still calls `new Buffer()`. Node warns
// (DEP0005) only for such calls outside node_modules, which every bundle is, so each
// event-log download would print a deprecation that users cannot act on. Only that
// one code is dropped; every other warning still prints.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning: string | Error, ...rest: unknown[]) {
  const options = rest[0];
  const code =
    typeof options === 'object' && options !== null ? (options as { code?: string }).code : rest[1];
  if (code === 'DEP0005') return;
  return (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
} as typeof process.emitWarning;

await run();
