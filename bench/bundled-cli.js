// The bundled CLI (dist/cli.js, `npm run bundle`) as an installed package runs it, for
// bench/run.ts. Plain JavaScript: a .ts file here would load Node's type stripper
// into the measured process.
const { runCli } = await import('../dist/cli.js');
process.exitCode = await runCli(process.argv.slice(2));
