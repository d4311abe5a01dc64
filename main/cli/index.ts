import { isIdpInspect } from './inspect-program.js';

// The CLI entry: `npm run -s cli -- …` or the `docbits-integration` bin.
// `idp inspect` takes a program with that command only (see inspect-program.ts).
const argv = process.argv.slice(2);
process.exitCode = isIdpInspect(argv)
  ? await (await import('./inspect-program.js')).runInspectCli(argv)
  : await (await import('./program.js')).runCli(argv);
