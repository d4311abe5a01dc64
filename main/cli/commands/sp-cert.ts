import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXPORT_PASSPHRASE_MIN_LENGTH, SP_KEY_BITS } from '../../../preload/contract/constants.js';
import type {
  SpCertificateView,
  SpCertSlot,
  SpImportCertificateInput,
  SpKeySlot,
} from '../../../preload/contract/sp.js';
import { AppError } from '../../errors.js';
import { readRegularFile } from '../../fs/regular-file.js';
import { languageFromEnvironment } from '../../i18n/language.js';
import { readStdin, type CliContext } from '../cli-context.js';
import { refuseUnconfirmed } from '../confirm.js';
import { describeCertificate } from './sp-describe.js';
import { writeOutput } from './write-output.js';

const bitsOption = () =>
  new Option('--bits <bits>', 'RSA key size').choices(SP_KEY_BITS.map(String)).default('3072');
const yearsOption = () =>
  new Option('--years <years>', 'validity in years (1–30)').default('3').argParser((raw) => {
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 30) {
      throw new InvalidArgumentError('expected a whole number of years from 1 to 30');
    }
    return raw;
  });

/** Generation options as the service takes them; a bad number is refused like any input. */
function generateInput(options: { bits: string; years: string }, slot: SpCertSlot) {
  return {
    bits: Number(options.bits) as (typeof SP_KEY_BITS)[number],
    years: Number(options.years),
    slot,
  };
}

// Certificates, keys and PKCS#12 bundles are a few KB; the import schema caps them far below this.
const MAX_INPUT_BYTES = 256 * 1024;

function readInput(file: string): Promise<Buffer> {
  return readRegularFile(file, MAX_INPUT_BYTES);
}

// PKCS#12 by extension, or by content: DER starts with a SEQUENCE, PEM with text.
function isPkcs12(file: string, bytes: Buffer): boolean {
  if (/\.(pfx|p12)$/i.test(file)) return true;
  return bytes[0] === 0x30 && !bytes.toString('latin1').includes('-----BEGIN');
}

/** Builds the import input: a PKCS#12 bundle, or a PEM certificate with its key (same file or --key). */
async function importInput(
  file: string,
  options: { key?: string; passphrase?: string },
  slot: SpCertSlot,
): Promise<SpImportCertificateInput> {
  const bytes = await readInput(file);
  const passphrase = options.passphrase === undefined ? {} : { passphrase: options.passphrase };
  if (isPkcs12(file, bytes)) {
    return { kind: 'pkcs12', pkcs12Base64: bytes.toString('base64'), slot, ...passphrase };
  }
  const text = bytes.toString('utf8');
  const keyPem = options.key ? (await readInput(options.key)).toString('utf8') : text;
  if (!/PRIVATE KEY-----/.test(keyPem)) {
    throw new AppError('SP_KEY_UNREADABLE', {
      hint: `${path.basename(file)} holds no private key; pass it with --key FILE`,
    });
  }
  return { kind: 'pem', certificatePem: text, keyPem, slot, ...passphrase };
}

/** True when the slot holds a certificate (and a key) that a new one would replace. */
async function occupied(ctx: CliContext, slot: SpCertSlot): Promise<boolean> {
  const { certificates } = await ctx.services().sp.view();
  return Boolean(slot === 'next' ? certificates.next : certificates.current);
}

const subjectFor = (slot: SpCertSlot) =>
  slot === 'next' ? ('spNextCertificate' as const) : ('spCertificate' as const);

function printCertificate(ctx: CliContext, title: string, cert: SpCertificateView): void {
  ctx.stdout.write(`${[title, ...describeCertificate(cert)].join('\n')}\n`);
}

/** `sp cert generate|import|export|rollover …`. */
export function registerSpCertCommands(sp: Command, ctx: CliContext): void {
  const cert = sp
    .command('cert')
    .description('the SP signing certificate (its private key stays encrypted, never printed)');

  cert
    .command('generate')
    .description('generate a self-signed certificate for the base URL host')
    .addOption(bitsOption())
    .addOption(yearsOption())
    .option('--next', 'prepare it as the next certificate (rollover) instead of replacing')
    .option(
      '--yes',
      'replace an existing certificate and delete its key (required when one exists)',
    )
    .action(async (options: { bits: string; years: string; next?: boolean; yes?: boolean }) => {
      const slot: SpCertSlot = options.next ? 'next' : 'current';
      if (!options.yes && (await occupied(ctx, slot)))
        return refuseUnconfirmed(ctx, subjectFor(slot));
      const made = await ctx.services().sp.generateCertificate(generateInput(options, slot));
      printCertificate(ctx, `Generated the ${slot} certificate:`, made);
    });

  cert
    .command('import <file>')
    .description(
      'import a PEM certificate (key in the same file or --key) or a PKCS#12 .pfx/.p12 bundle',
    )
    .option('--key <file>', 'the PEM private key, when not in the certificate file')
    .option('--passphrase-stdin', 'read the key or bundle passphrase from standard input')
    .option('--next', 'import it as the next certificate (rollover)')
    .option(
      '--yes',
      'replace an existing certificate and delete its key (required when one exists)',
    )
    .action(
      async (
        file: string,
        options: { key?: string; passphraseStdin?: boolean; next?: boolean; yes?: boolean },
      ) => {
        // Asked before reading anything: a refused run never holds the new key.
        const target: SpCertSlot = options.next ? 'next' : 'current';
        if (!options.yes && (await occupied(ctx, target))) {
          return refuseUnconfirmed(ctx, subjectFor(target));
        }
        // Passphrases never come from argv, which other users can read in `ps`.
        const passphrase = options.passphraseStdin
          ? (await readStdin(ctx.stdin)).replace(/\r?\n$/, '')
          : undefined;
        const slot: SpCertSlot = options.next ? 'next' : 'current';
        const input = await importInput(file, { ...options, passphrase }, slot);
        const { certificate, warnings } = await ctx.services().sp.importCertificate(input);
        if (warnings.length > 0) {
          const { loadTranslator } = await import('../../i18n/translator.js');
          const translator = await loadTranslator(languageFromEnvironment());
          for (const warning of warnings) {
            const text = translator.lookup(`sp:importWarnings.${warning}`, {});
            ctx.stderr.write(`warning: ${warning}: ${text}\n`);
          }
        }
        printCertificate(ctx, `Imported the ${slot} certificate:`, certificate);
      },
    );

  cert
    .command('export')
    .description(
      'write the certificate as PEM (.pem/.crt) or DER (.cer), or with --with-key the key pair for the Docbits server',
    )
    .requiredOption('--out <file>', 'where to write it; - for standard output')
    .addOption(
      new Option(
        '--format <format>',
        'certificate: pem or der (default: der for .cer/.der, else pem); with --with-key: p12 or pem',
      ).choices(['pem', 'der', 'p12']),
    )
    .option(
      '--with-key',
      'include the private key, for the Docbits server: PKCS#12 or encrypted PEM under a passphrase (--passphrase-stdin, 12 characters at least)',
    )
    .option('--passphrase-stdin', 'read the passphrase that protects the key from standard input')
    .option('--next', 'export the next certificate instead of the current one')
    .option('--retired', 'export the certificate the last rollover retired (while its key is kept)')
    .action(async (options: ExportOptions) => {
      const slot: SpKeySlot = options.retired ? 'retired' : options.next ? 'next' : 'current';
      if (options.withKey) return exportKeyPair(ctx, options, slot);
      const format = options.format ?? (/\.(cer|der)$/i.test(options.out) ? 'der' : 'pem');
      if (format === 'p12')
        throw new AppError('INVALID_INPUT', { path: 'format', problem: 'p12 needs --with-key' });
      const { bytes } = ctx.services().sp.exportCertificate(format, slot);
      await writeOutput(ctx, options.out, bytes, `the ${format.toUpperCase()} certificate`);
    });

  const rollover = cert
    .command('rollover')
    .description('replace the certificate without a window in which sign-ins break');

  rollover
    .command('prepare')
    .description('generate the next certificate; metadata then publishes both')
    .addOption(bitsOption())
    .addOption(yearsOption())
    .option('--yes', 'replace a next certificate already prepared (required when one exists)')
    .action(async (options: { bits: string; years: string; yes?: boolean }) => {
      if (!options.yes && (await occupied(ctx, 'next'))) {
        return refuseUnconfirmed(ctx, 'spNextCertificate');
      }
      const made = await ctx.services().sp.generateCertificate(generateInput(options, 'next'));
      printCertificate(ctx, 'Prepared the next certificate (published in metadata):', made);
      ctx.stdout.write(
        'Hand the new metadata to the identity provider, then run `sp cert rollover activate`.\n',
      );
    });

  rollover
    .command('activate')
    .description(
      'make the next certificate current; the old key is kept as retired until discard-retired',
    )
    .action(async () => {
      const view = await ctx.services().sp.rolloverActivate();
      if (view.certificates.current)
        printCertificate(ctx, 'Now current:', view.certificates.current);
      if (view.certificates.retiredWithKey) {
        ctx.stdout.write(
          'The previous key is kept as retired, so assertions the IdP still encrypts for it can be read;\nrun `sp cert rollover discard-retired` once the IdP uses the new metadata.\n',
        );
      }
    });

  rollover
    .command('discard')
    .description('abandon the prepared next certificate and delete its key')
    .action(async () => {
      await ctx.services().sp.discardNext();
      ctx.stdout.write('Discarded the next certificate.\n');
    });

  rollover
    .command('discard-retired')
    .description(
      'delete the key the last activation kept; do it once the IdP uses the new metadata (encrypted assertions for the old certificate can no longer be read)',
    )
    .action(async () => {
      await ctx.services().sp.discardRetired();
      ctx.stdout.write('Deleted the retired key; the certificate stays in the history.\n');
    });
}

interface ExportOptions {
  out: string;
  format?: 'pem' | 'der' | 'p12';
  withKey?: boolean;
  passphraseStdin?: boolean;
  next?: boolean;
  retired?: boolean;
}

/** `sp cert export --with-key`: the key pair under a passphrase read from stdin, never argv. */
async function exportKeyPair(ctx: CliContext, options: ExportOptions, slot: SpKeySlot) {
  if (options.out === '-') {
    throw new AppError('INVALID_INPUT', {
      path: 'out',
      problem: 'a key pair is written to a file',
    });
  }
  if (!options.passphraseStdin) {
    throw new AppError('INVALID_INPUT', {
      path: 'passphrase-stdin',
      problem: `--with-key needs a passphrase of ${EXPORT_PASSPHRASE_MIN_LENGTH} characters or more on standard input`,
    });
  }
  const format = options.format === 'pem' ? 'pem' : options.format === 'der' ? null : 'pkcs12';
  if (format === null)
    throw new AppError('INVALID_INPUT', { path: 'format', problem: 'use p12 or pem' });
  const passphrase = (await readStdin(ctx.stdin)).replace(/\r?\n$/, '');
  const { bytes } = await ctx.services().sp.exportKeyPair({ slot, format, passphrase });
  await writeOutput(
    ctx,
    options.out,
    bytes,
    `the ${slot} key pair (${format === 'pem' ? 'encrypted PEM' : 'PKCS#12'})`,
  );
}
