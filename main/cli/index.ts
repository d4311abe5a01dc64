import { runCli } from './program.js';

// The CLI entry: `npm run -s cli -- …` or the `docbits-integration` bin.
process.exitCode = await runCli(process.argv.slice(2));
