// The CLI entry: `npm run -s cli -- …` or the `docbits-integration` bin.
// `idp inspect` takes a program with that command only (see inspect-program.ts).
// A reader that stops early (`… | head`) closes the pipe: end quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const argv = process.argv.slice(2);
// Decided here, before anything is loaded: the entry imports nothing statically.
const idpInspect = argv[0] === 'idp' && argv[1] === 'inspect';
process.exitCode = idpInspect
  ? await (await import('./inspect-program.js')).runInspectCli(argv)
  : await (await import('./program.js')).runCli(argv);

export {};
