#!/usr/bin/env node
// The `leerlus` command. Runs the TypeScript sources through tsx (see docs/adr/0001), so it works
// straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
