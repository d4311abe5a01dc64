import type { Language } from '../../preload/contract/app.js';
import { crossedThreshold } from '../../preload/contract/health-rules.js';
import type { HealthItem } from '../../preload/contract/overview.js';
import type { SectionStore } from '../settings/section-store.js';
import { expiryNotificationText } from './notification-text.js';
import type { NotifierPort } from './notifier-port.js';
import type { OverviewService } from './overview-service.js';
import { MAX_NOTIFIED, type NotifiedEntry, type OverviewSection } from './overview-section.js';

/** What the expiry notifications run on. */
export interface ExpiryNotificationDeps {
  overview: Pick<OverviewService, 'health'>;
  section: SectionStore<OverviewSection>;
  notifier: NotifierPort;
  /** The UI's language now (its preference, or the OS's). */
  language: () => Language;
  now: () => Date;
}

/** Sends the notifications that are due; the app runs it at start and once a day. */
export interface ExpiryNotifications {
  /** Notifies each item that crossed a threshold it was not yet notified of; resolves to how many were sent. */
  check(): Promise<number>;
}

const sameExpiry = (entry: NotifiedEntry, item: HealthItem): boolean =>
  entry.item === item.id && entry.expires === item.expires;

/**
 * Once per item and threshold: an item first seen at 20 days left gets one
 * notification (for the 30-day threshold, not one for 60 as well), the next at
 * 7 days, the last when it expires. A renewed certificate (another expiry
 * date) starts over. What was sent is remembered in the settings, so a restart
 * or the next day does not repeat it.
 */
export function createExpiryNotifications(deps: ExpiryNotificationDeps): ExpiryNotifications {
  return {
    async check() {
      const report = await deps.overview.health();
      const { notified } = deps.section.get();
      const at = deps.now().toISOString();
      const due: NotifiedEntry[] = [];
      for (const item of report.items) {
        if (item.expires === undefined || item.daysLeft === undefined) continue;
        const threshold = crossedThreshold(item.daysLeft, report.thresholds);
        if (threshold === null) continue;
        const told = notified.some((e) => sameExpiry(e, item) && e.threshold <= threshold);
        if (told) continue;
        deps.notifier.notify(await expiryNotificationText(item, deps.language()));
        due.push({ item: item.id, expires: item.expires, threshold, at });
      }
      if (due.length === 0) return 0;
      // Forget items that are gone (a replaced certificate, a removed connection).
      const current = notified.filter((entry) => report.items.some((i) => sameExpiry(entry, i)));
      try {
        deps.section.set({
          ...deps.section.get(),
          notified: [...current, ...due].slice(-MAX_NOTIFIED),
        });
      } catch {
        // Not remembered (read-only or locked folder): tomorrow's check says it again.
      }
      return due.length;
    },
  };
}
