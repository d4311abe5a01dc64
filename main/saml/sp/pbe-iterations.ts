// A password-protected file chooses how much work its key derivation costs:
// PKCS#12 and encrypted PKCS#8 carry their iteration counts in the clear. A
// hostile or absurd count (2,000,000 froze the process for 27 s) is refused
// before any key is derived.
import forge from 'node-forge';

/**
 * Most iterations an imported file may ask for. Tools use 2,048 (OpenSSL 3),
 * 2,000 (Windows), 10,000 (Java keytool) or 100,000; beyond this is refused.
 */
export const MAX_IMPORT_ITERATIONS = 200_000;

const PBKDF2 = '1.2.840.113549.1.5.12';
// PBES1 (PKCS#5) and the PKCS#12 PBE schemes: params are SEQUENCE { salt, iterations }.
const SALT_AND_COUNT = /^1\.2\.840\.113549\.1\.(5\.(1|3|4|6|10|11)|12\.1\.\d+)$/;
const PKCS7_DATA = '1.2.840.113549.1.7.1';
const { Class, Type } = forge.asn1;
// Bounds on the walk itself: a PKCS#12 file has a few dozen nodes.
const MAX_NODES = 10_000;
const MAX_DEPTH = 32;

type Asn1 = forge.asn1.Asn1;

function children(node: Asn1): Asn1[] {
  return Array.isArray(node.value) ? node.value : [];
}

function integer(node: Asn1 | undefined): number | null {
  if (!node || node.tagClass !== Class.UNIVERSAL || node.type !== Type.INTEGER) return null;
  const bytes = typeof node.value === 'string' ? node.value : '';
  // More than 6 bytes is beyond any sane count (and beyond exact doubles).
  if (bytes.length > 6) return Number.POSITIVE_INFINITY;
  let value = 0;
  for (const ch of bytes) value = value * 256 + ch.charCodeAt(0);
  return value;
}

function oidOf(node: Asn1 | undefined): string | null {
  if (!node || node.tagClass !== Class.UNIVERSAL || node.type !== Type.OID) return null;
  return typeof node.value === 'string' ? forge.asn1.derToOid(node.value) : null;
}

/**
 * Every iteration count `der` announces where it can be read without a
 * password: PKCS#12 MAC data, PBES2/PBKDF2, PBES1 and PKCS#12 PBE parameters,
 * inside the PKCS#7 `data` octet strings of a PKCS#12 file too. Counts hidden
 * inside encrypted content are not visible; the import's timeout covers those.
 */
export function announcedIterations(der: Uint8Array): number[] {
  const counts: number[] = [];
  let visited = 0;
  const walk = (node: Asn1, depth: number, parentOid: string | null): void => {
    visited += 1;
    if (visited > MAX_NODES || depth > MAX_DEPTH) throw new Error('ASN.1 structure too large');
    const kids = children(node);
    const algorithm = oidOf(kids[0]);
    // PBKDF2, PBES1 and PKCS#12 PBE parameters all hold the count second.
    if (algorithm === PBKDF2 || (algorithm !== null && SALT_AND_COUNT.test(algorithm))) {
      counts.push(integer(kids[1] ? children(kids[1])[1] : undefined) ?? 0);
    }
    // PKCS#12 MacData: SEQUENCE { DigestInfo, macSalt OCTET STRING, iterations INTEGER }.
    if (kids.length === 3 && kids[1]?.type === Type.OCTETSTRING && integer(kids[2]) !== null) {
      counts.push(integer(kids[2]) as number);
    }
    for (const kid of kids) walk(kid, depth + 1, algorithm ?? parentOid);
    // The content of a PKCS#7 `data` ContentInfo is DER of its own.
    if (parentOid === PKCS7_DATA && node.type === Type.OCTETSTRING && !node.constructed) {
      const inner = parse(node.value as string);
      if (inner) walk(inner, depth + 1, null);
    }
  };
  const root = parse(Buffer.from(der).toString('binary'));
  if (root) walk(root, 0, null);
  return counts;
}

function parse(binary: string): Asn1 | null {
  try {
    return forge.asn1.fromDer(binary, true);
  } catch {
    return null;
  }
}

/** The largest announced count, if it is over MAX_IMPORT_ITERATIONS; else null. */
export function excessiveIterations(der: Uint8Array): number | null {
  const most = Math.max(0, ...announcedIterations(der));
  return most > MAX_IMPORT_ITERATIONS ? most : null;
}
