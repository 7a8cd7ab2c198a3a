#!/usr/bin/env node
// In a checkout Node 24 runs the TypeScript sources directly; an installed package
// (under node_modules, where Node refuses to strip types) runs the bundled CLI.
const inPackage = import.meta.url.includes('/node_modules/');
const { runCli } = await import(inPackage ? '../dist/cli.js' : '../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
