#!/usr/bin/env node
// Package bin `docbits-integration`: runs the CLI's TypeScript source under tsx,
// as `npm run cli` does, so worker threads inherit the same loader.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', entry, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
