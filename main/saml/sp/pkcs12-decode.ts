// PKCS#12 decoding with node-forge (Node's crypto has no PKCS#12 reader).
// forge derives keys in JavaScript, blocking its thread for as long as the
// file's iteration counts make it: it runs in pkcs12-worker.ts, never on the
// main thread, and only after the counts were checked.
import forge from 'node-forge';
import { AppError } from '../../errors.js';

/** The certificates and the private key (PKCS#8 DER) found in a PKCS#12 bundle. */
export interface DecodedPkcs12 {
  certificates: Uint8Array[];
  key: Uint8Array;
}

/**
 * Decodes a PKCS#12 (.pfx/.p12) bundle with node-forge, whose key derivation
 * runs in JavaScript and blocks its thread: call it off the main thread
 * (pkcs12-worker.ts), after refuseCostly.
 */
export function decodePkcs12(bytes: Uint8Array, passphrase: string | undefined): DecodedPkcs12 {
  const p12 = readPfx(bytes, passphrase ?? '');
  const certificates = bagsOf(p12, forge.pki.oids.certBag as string).map(certificateDer);
  const keyBag = [
    ...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag as string),
    ...bagsOf(p12, forge.pki.oids.keyBag as string),
  ][0];
  if (certificates.length === 0) throw new AppError('SP_CERT_UNREADABLE', { format: 'pkcs12' });
  if (keyBag === undefined) throw new AppError('SP_PKCS12_NO_KEY');
  return { certificates, key: keyDer(keyBag) };
}

const { Class, Type } = forge.asn1;
const unreadable = (): AppError => new AppError('SP_CERT_UNREADABLE', { format: 'pkcs12' });
const wrongPassphrase = (): AppError =>
  new AppError('SP_KEY_PASSPHRASE_WRONG', { format: 'pkcs12' });

/**
 * Checks the MAC, then decrypts the bags. forge would use one form of the
 * passphrase for both, but the MAC takes its BMP form (RFC 7292) while PBES2
 * takes its UTF-8 bytes (RFC 9579, what OpenSSL writes): a passphrase outside
 * ASCII would never open a modern file. So the MAC is checked here and the
 * bags are decrypted with the UTF-8 form first, the plain form after.
 */
function readPfx(bytes: Uint8Array, passphrase: string): forge.pkcs12.Pkcs12Pfx {
  let pfx: forge.asn1.Asn1;
  try {
    pfx = forge.asn1.fromDer(Buffer.from(bytes).toString('binary'));
  } catch {
    throw unreadable();
  }
  const parts = Array.isArray(pfx.value) ? pfx.value : [];
  const [version, authSafe, mac] = parts;
  if (!version || !authSafe) throw unreadable();
  if (mac) verifyMac(authSafe, mac, passphrase);
  const withoutMac = forge.asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [version, authSafe]);
  let failure: AppError = wrongPassphrase();
  for (const form of new Set([forge.util.encodeUtf8(passphrase), passphrase])) {
    try {
      return forge.pkcs12.pkcs12FromAsn1(withoutMac, false, form);
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      failure = /password|decrypt/i.test(message) ? wrongPassphrase() : unreadable();
    }
  }
  throw failure;
}

// MacData ::= SEQUENCE { DigestInfo { AlgorithmIdentifier, digest }, macSalt, iterations }
function verifyMac(authSafe: forge.asn1.Asn1, mac: forge.asn1.Asn1, passphrase: string): void {
  try {
    const [digestInfo, salt, count] = mac.value as forge.asn1.Asn1[];
    const [algorithm, digest] = (digestInfo as forge.asn1.Asn1).value as forge.asn1.Asn1[];
    const oidDer = ((algorithm as forge.asn1.Asn1).value as forge.asn1.Asn1[])[0]?.value as string;
    const name = forge.pki.oids[forge.asn1.derToOid(oidDer)] as string;
    const md = (forge.md as unknown as Record<string, { create(): forge.md.MessageDigest }>)[name];
    if (!md) throw unreadable();
    const iterations = count
      ? forge.util.createBuffer(count.value as string).getInt(8 * (count.value as string).length)
      : 1;
    const key = forge.pkcs12.generateKey(
      passphrase,
      forge.util.createBuffer(salt?.value as string),
      3,
      iterations,
      md.create().digestLength,
      md.create(),
    );
    const hmac = forge.hmac.create();
    hmac.start(md.create(), key);
    const content = ((authSafe.value as forge.asn1.Asn1[])[1]?.value as forge.asn1.Asn1[])[0];
    hmac.update(content?.value as string);
    if (hmac.digest().getBytes() !== (digest as forge.asn1.Asn1).value) throw wrongPassphrase();
  } catch (error) {
    throw error instanceof AppError ? error : unreadable();
  }
}

type Bag = forge.pkcs12.Bag & { asn1?: forge.asn1.Asn1 };

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, bagType: string): Bag[] {
  return (p12.getBags({ bagType })[bagType] ?? []) as Bag[];
}

// forge only parses RSA; for anything else it hands back the raw ASN.1, which
// Node can read, so a non-RSA bundle is reported as such rather than unreadable.
function certificateDer(bag: Bag): Uint8Array {
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  if (!asn1) throw new AppError('SP_CERT_UNREADABLE', { format: 'pkcs12' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function keyDer(bag: Bag): Uint8Array {
  const asn1 = bag.key
    ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key))
    : bag.asn1;
  if (!asn1) throw new AppError('SP_KEY_UNREADABLE', { format: 'pkcs12' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
