import { InvalidArgumentError, type Command } from 'commander';
import type { ExpiryThresholds, HealthState } from '../../../preload/contract/health-rules.js';
import type { HealthReport } from '../../../preload/contract/overview.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../cli-exit.js';
import { markLookOnly } from '../cli-light.js';
import { describeHealth } from './status-text.js';

/** The monitoring-plugin convention: 0 ok, 1 attention (warning), 2 critical. */
const EXIT_FOR: Record<HealthState, number> = {
  ok: 0,
  'not-set-up': 1,
  attention: 1,
  critical: 2,
};

const HELP = `
Exit codes (the usual monitoring-plugin convention, for cron, Task Scheduler or a monitoring agent):
  0  every item is ok (optional parts that are not set up, such as connections, do not count)
  1  something needs attention: it expires within --warn-days, or a required part
     (API key, SP addresses, SP certificate, IdP) is not set up
  2  something is critical: expired, expiring within --critical-days, or a private key
     that cannot be read
A usage error (a bad option) or an unusable settings folder also exits 2; then stderr starts
with "error:" and nothing is printed on stdout. Either way, treat 2 as "look now".
`;

function days(value: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value.trim()) || parsed > 3650)
    throw new InvalidArgumentError('expected a whole number of days from 0 to 3650');
  return parsed;
}

/** The admin's thresholds with this run's --warn-days / --critical-days in their place. */
function runThresholds(
  saved: ExpiryThresholds,
  warn: number | undefined,
  critical: number | undefined,
): ExpiryThresholds {
  const first = warn ?? saved[0];
  const last = critical ?? saved[2];
  // The middle step only times notifications; status grades with the first and the last.
  return [first, Math.min(Math.max(saved[1], last), first), last];
}

/** The JSON document: every item with the same keys, null where a value does not apply. */
function asJson(report: HealthReport, exitCode: number) {
  return {
    overall: report.overall,
    exitCode,
    generatedAt: report.generatedAt,
    thresholds: { warnDays: report.thresholds[0], criticalDays: report.thresholds[2] },
    items: report.items.map((item) => ({
      id: item.id,
      part: item.part,
      kind: item.kind,
      state: item.state,
      required: item.required,
      reason: item.reason ?? null,
      daysLeft: item.daysLeft ?? null,
      expires: item.expires ?? null,
      facts: item.facts,
    })),
  };
}

/** `status [--json] [--warn-days N] [--critical-days N]`: the overview for monitoring. */
export function registerStatusCommand(program: Command, ctx: CliContext): void {
  const status = program
    .command('status')
    .description(
      'the health of every part (API key, SP addresses and certificate, IdP and its certificates, connection secrets): exit 0 ok, 1 attention, 2 critical',
    )
    .option(
      '--json',
      'print one JSON document: { "items": [{ "id", "state", "daysLeft", "expires", … }] }',
    )
    .option(
      '--warn-days <days>',
      "needs attention from this many days before expiry (default: the app's first warning, 60)",
      days,
    )
    .option(
      '--critical-days <days>',
      "critical from this many days before expiry (default: the app's critical threshold, 7)",
      days,
    )
    .addHelpText('after', HELP)
    .action(async (options: { json?: boolean; warnDays?: number; criticalDays?: number }) => {
      const services = ctx.services();
      const thresholds = runThresholds(
        services.settings.get('overview').thresholds,
        options.warnDays,
        options.criticalDays,
      );
      if (thresholds[2] >= thresholds[0]) {
        ctx.stderr.write(
          `error: --critical-days (${thresholds[2]}) must be smaller than --warn-days (${thresholds[0]})\n`,
        );
        process.exitCode = EXIT.usage;
        return;
      }
      const report = await services.overview.health(thresholds);
      const code = EXIT_FOR[report.overall];
      ctx.stdout.write(
        options.json
          ? `${JSON.stringify(asJson(report, code), null, 2)}\n`
          : describeHealth(report, code),
      );
      process.exitCode = code;
    });
  // Monitoring must never change what it watches (not even a missing or damaged folder).
  markLookOnly(status);
}
