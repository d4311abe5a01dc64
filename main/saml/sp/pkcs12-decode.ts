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
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(Buffer.from(bytes).toString('binary'));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, passphrase ?? '');
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    throw new AppError(
      /password/i.test(message) ? 'SP_KEY_PASSPHRASE_WRONG' : 'SP_CERT_UNREADABLE',
      { format: 'pkcs12' },
    );
  }
  const certificates = bagsOf(p12, forge.pki.oids.certBag as string).map(certificateDer);
  const keyBag = [
    ...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag as string),
    ...bagsOf(p12, forge.pki.oids.keyBag as string),
  ][0];
  if (certificates.length === 0) throw new AppError('SP_CERT_UNREADABLE', { format: 'pkcs12' });
  if (keyBag === undefined) throw new AppError('SP_PKCS12_NO_KEY');
  return { certificates, key: keyDer(keyBag) };
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
