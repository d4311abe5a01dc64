// Times samlify's metadata parser on one file, for comparison with the engine.
import { readFileSync } from 'node:fs';
import samlify from 'samlify';

const xml = readFileSync(process.argv[2], 'utf8');
const idp = samlify.IdentityProvider({ metadata: xml });
process.stdout.write(`${String(idp.entityMeta.getEntityID()).slice(0, 200)}\n`);
