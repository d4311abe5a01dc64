// Stand-in for `docbits-integration idp inspect FILE --entity ID --json` while
// the real CLI command is not wired: same engine call, same output.
import { inspectMetadataFile } from '../../main/saml/idp/metadata-inspector.js';

const args = process.argv.slice(2);
const file = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--entity');
const entityAt = args.indexOf('--entity');
const entityId = entityAt >= 0 ? args[entityAt + 1] : undefined;
if (!file) {
  process.stderr.write('usage: inspect-entry FILE [--entity ID] [--json]\n');
  process.exit(2);
}
const report = await inspectMetadataFile(file, entityId === undefined ? {} : { entityId });
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exitCode = report.ok ? 0 : 1;
